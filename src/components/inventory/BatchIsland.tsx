import { useEffect, useMemo, useState } from 'preact/hooks';
import type { BatchOutcome } from '../../lib/inventory/batch.ts';
import type { InventoryRules } from '../../lib/inventory/fields.ts';
import type { ClauseRef } from '../../lib/clause.ts';

type BatchCode = typeof import('./batch-code.ts');

/**
 * 批次試算: many SKUs from a CSV. Its inputs, results and CSV code (papaparse) load only when the user opens
 * this part, so the single-item calculator stays light; the status line is here from the start, so what it says
 * later is announced. Nothing is sent anywhere: files are read with the File API.
 */
interface Props {
  rules: InventoryRules;
  /** 庫存監控, which each row's verdict applies. */
  clause: ClauseRef;
}

export default function BatchIsland({ rules, clause }: Props) {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const [code, setCode] = useState<BatchCode | undefined>();
  const [loading, setLoading] = useState(false);
  const [problem, setProblem] = useState<string | undefined>();
  const [source, setSource] = useState<string | undefined>();
  const [outcome, setOutcome] = useState<BatchOutcome | undefined>();

  const open = async () => {
    setLoading(true);
    try {
      setCode(await import('./batch-code.ts'));
      setProblem(undefined);
    } catch {
      setProblem('批次模式載入失敗，請檢查網路連線後重新整理頁面。');
    } finally {
      setLoading(false);
    }
  };

  const show = (result: BatchOutcome, from: string) => {
    setSource(from);
    setOutcome(result);
    setProblem(result.fileError);
  };
  const fail = (message: string) => {
    setOutcome(undefined);
    setProblem(message);
  };

  const ordered = useMemo(() => (code && outcome ? code.orderForAction(outcome.items) : []), [code, outcome]);
  const reorders = ordered.filter((i) => i.result?.shouldReorder).length;

  return (
    <section class="inv-batch not-content" aria-labelledby="inv-batch-title">
      <h4 id="inv-batch-title">批次試算（CSV，多個品項）</h4>
      <p class="inv-privacy">所有資料只在您的瀏覽器內處理，不會上傳。</p>
      {!code ? (
        <button type="button" class="inv-button" onClick={open} disabled={loading || !hydrated} aria-busy={loading}>
          {loading ? '載入中…' : '開啟批次模式'}
        </button>
      ) : (
        <code.BatchInputs rules={rules} onOutcome={show} onProblem={fail} />
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
      {code && outcome && !outcome.fileError && <code.BatchResults outcome={outcome} ordered={ordered} clause={clause} />}
    </section>
  );
}
