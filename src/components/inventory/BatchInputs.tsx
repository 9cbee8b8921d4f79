import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { InputError } from '../../lib/input-error.ts';
import { decodeCsvBytes, runBatch, templateCsv, type BatchOutcome } from '../../lib/inventory/batch.ts';
import type { InventoryRules } from '../../lib/inventory/fields.ts';
import { download } from './download.ts';

interface Props {
  rules: InventoryRules;
  /** A file or pasted text was computed; `from` names it for the status line. */
  onOutcome: (outcome: BatchOutcome, from: string) => void;
  /** A file could not be read at all. */
  onProblem: (problem: string) => void;
}

/** The opened batch part's inputs: the template, a CSV file or pasted CSV text. Files are read with the File API. */
export function BatchInputs({ rules, onOutcome, onProblem }: Props) {
  const [pasted, setPasted] = useState('');

  const onFile = async (event: JSX.TargetedEvent<HTMLInputElement>) => {
    const picker = event.currentTarget;
    const file = picker.files?.[0];
    if (!file) return;
    picker.value = ''; // so choosing the same file again, after fixing it, reads it again
    try {
      onOutcome(runBatch(decodeCsvBytes(new Uint8Array(await file.arrayBuffer())), rules), `檔案「${file.name}」`);
    } catch (error) {
      onProblem(error instanceof InputError ? `檔案「${file.name}」：${error.message}` : `無法讀取檔案「${file.name}」。`);
    }
  };

  return (
    <div class="inv-batch-panel">
      <p>
        每列一個品項，欄位與上方試算相同，另加「商品編號 (SKU)」與「品名」；服務水準以百分比填寫。檔案請存成
        UTF-8 編碼的 CSV（Excel：「另存新檔 › CSV UTF-8 (逗號分隔)」）。
      </p>
      <button type="button" class="inv-button" onClick={() => download('補貨點試算範本.csv', templateCsv())}>
        下載範本（CSV）
      </button>
      <div class="inv-batch-inputs">
        <div class="calc-field">
          <label for="inv-batch-file">上傳 CSV 檔</label>
          <input id="inv-batch-file" type="file" accept=".csv,text/csv,text/plain" onChange={onFile} />
        </div>
        <div class="calc-field">
          <label for="inv-batch-text">或貼上 CSV 內容</label>
          <textarea id="inv-batch-text" rows={6} value={pasted} onInput={(e) => setPasted(e.currentTarget.value)} spellcheck={false} />
          <button type="button" class="inv-button" onClick={() => onOutcome(runBatch(pasted, rules), '貼上的內容')} disabled={pasted.trim() === ''}>
            試算貼上的內容
          </button>
        </div>
      </div>
    </div>
  );
}
