import type { JSX } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { InputError } from '../../lib/input-error.ts';
import type { BatchOutcome } from '../../lib/inventory/batch.ts';
import type { InventoryRules } from '../../lib/inventory/fields.ts';
import type { ClauseRef } from '../../lib/clause.ts';
import { BatchTable } from './BatchTable.tsx';

type BatchModule = typeof import('../../lib/inventory/batch.ts');

/** How many row errors to list on the page; the results file carries every one. */
const listedErrors = 100;

function download(name: string, csv: string) {
  // The text already starts with a BOM; a Blob of a string is UTF-8, so Excel opens the Chinese correctly.
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * 批次試算: many SKUs from a CSV. The CSV code (papaparse) is loaded only when the user opens this part,
 * so the single-item calculator stays light. Nothing is sent anywhere: files are read with the File API.
 */
interface Props {
  rules: InventoryRules;
  /** 庫存監控, which each row's verdict applies. */
  clause: ClauseRef;
}

export default function BatchIsland({ rules, clause }: Props) {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const [batch, setBatch] = useState<BatchModule | undefined>();
  const [loading, setLoading] = useState(false);
  const [problem, setProblem] = useState<string | undefined>();
  const [pasted, setPasted] = useState('');
  const [source, setSource] = useState<string | undefined>();
  const [outcome, setOutcome] = useState<BatchOutcome | undefined>();

  const open = async () => {
    setLoading(true);
    try {
      setBatch(await import('../../lib/inventory/batch.ts'));
      setProblem(undefined);
    } catch {
      setProblem('批次模式載入失敗，請檢查網路連線後重新整理頁面。');
    } finally {
      setLoading(false);
    }
  };

  const run = (text: string, from: string) => {
    if (!batch) return;
    const result = batch.runBatch(text, rules);
    setSource(from);
    setOutcome(result);
    setProblem(result.fileError);
  };

  const onFile = async (event: JSX.TargetedEvent<HTMLInputElement>) => {
    const picker = event.currentTarget;
    const file = picker.files?.[0];
    if (!file || !batch) return;
    picker.value = ''; // so choosing the same file again, after fixing it, reads it again
    try {
      run(batch.decodeCsvBytes(new Uint8Array(await file.arrayBuffer())), `檔案「${file.name}」`);
    } catch (error) {
      setOutcome(undefined);
      setProblem(error instanceof InputError ? `檔案「${file.name}」：${error.message}` : `無法讀取檔案「${file.name}」。`);
    }
  };

  const ordered = useMemo(() => (batch && outcome ? batch.orderForAction(outcome.items) : []), [batch, outcome]);
  const reorders = ordered.filter((i) => i.result?.shouldReorder).length;

  return (
    <section class="inv-batch not-content" aria-labelledby="inv-batch-title">
      <h4 id="inv-batch-title">批次試算（CSV，多個品項）</h4>
      <p class="inv-privacy">所有資料只在您的瀏覽器內處理，不會上傳。</p>
      {!batch ? (
        <button type="button" class="inv-button" onClick={open} disabled={loading || !hydrated} aria-busy={loading}>
          {loading ? '載入中…' : '開啟批次模式'}
        </button>
      ) : (
        <div class="inv-batch-panel">
          <p>
            每列一個品項，欄位與上方試算相同，另加「商品編號 (SKU)」與「品名」；服務水準以百分比填寫。檔案請存成
            UTF-8 編碼的 CSV（Excel：「另存新檔 › CSV UTF-8 (逗號分隔)」）。
          </p>
          <button type="button" class="inv-button" onClick={() => download('補貨點試算範本.csv', batch.templateCsv())}>
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
              <button type="button" class="inv-button" onClick={() => run(pasted, '貼上的內容')} disabled={pasted.trim() === ''}>
                試算貼上的內容
              </button>
            </div>
          </div>
        </div>
      )}
      <div class="inv-batch-status" role="status" aria-live="polite">
        {problem && <p class="inv-problem">{problem}</p>}
        {outcome && !outcome.fileError && (
          <p>
            {source}：共 {outcome.items.length.toLocaleString('zh-TW')} 個品項，
            <strong>{reorders.toLocaleString('zh-TW')} 個需要補貨</strong>
            {outcome.errors.length > 0 && `，${new Set(outcome.errors.map((e) => e.row)).size.toLocaleString('zh-TW')} 列有錯誤未試算`}。
          </p>
        )}
      </div>
      {batch && outcome && !outcome.fileError && (
        <>
          {outcome.errors.length > 0 && (
            <div class="inv-batch-errors">
              <h4>無法試算的列</h4>
              <ul>
                {outcome.errors.slice(0, listedErrors).map((e, i) => (
                  <li key={i}>{batch.formatBatchError(e)}</li>
                ))}
              </ul>
              {outcome.errors.length > listedErrors && (
                <p>另有 {(outcome.errors.length - listedErrors).toLocaleString('zh-TW')} 個錯誤，請下載結果 CSV，看「錯誤說明」欄。</p>
              )}
            </div>
          )}
          {outcome.items.length > 0 && (
            <button type="button" class="inv-button" onClick={() => download('補貨點試算結果.csv', batch.serialiseResults(outcome))}>
              下載結果（CSV，含所有品項與錯誤說明）
            </button>
          )}
          <BatchTable items={ordered} clause={clause} />
        </>
      )}
    </section>
  );
}
