import { formatBatchError, serialiseResults, type BatchItem, type BatchOutcome } from '../../lib/inventory/batch.ts';
import type { ClauseRef } from '../../lib/clause.ts';
import { BatchTable } from './BatchTable.tsx';
import { download } from './download.ts';

/** How many row errors to list on the page; the results file carries every one. */
const listedErrors = 100;

interface Props {
  outcome: BatchOutcome;
  /** The computed rows in action order (to reorder first). */
  ordered: BatchItem[];
  /** 庫存監控, which each row's verdict applies. */
  clause: ClauseRef;
}

/** A read file's rows that could not be computed, the results download and the table of the computed ones. */
export function BatchResults({ outcome, ordered, clause }: Props) {
  return (
    <>
      {outcome.errors.length > 0 && (
        <div class="inv-batch-errors">
          <h4>無法試算的列</h4>
          <ul>
            {outcome.errors.slice(0, listedErrors).map((e, i) => (
              <li key={i}>{formatBatchError(e)}</li>
            ))}
          </ul>
          {outcome.errors.length > listedErrors && (
            <p>另有 {(outcome.errors.length - listedErrors).toLocaleString('zh-TW')} 個錯誤，請下載結果 CSV，看「錯誤說明」欄。</p>
          )}
        </div>
      )}
      {outcome.items.length > 0 && (
        <button type="button" class="inv-button" onClick={() => download('補貨點試算結果.csv', serialiseResults(outcome))}>
          下載結果（CSV，含所有品項與錯誤說明）
        </button>
      )}
      <BatchTable items={ordered} clause={clause} />
    </>
  );
}
