import { formatPercent, formatQuantity } from '../../lib/inventory/format.ts';
import type { ReorderInput, ReorderResult } from '../../lib/inventory/reorder.ts';
import { Cite } from '../calc/ClauseLink.tsx';
import type { InventoryClauses } from './types.ts';

interface Props {
  input: ReorderInput;
  result: ReorderResult;
  clauses: InventoryClauses;
}

/** The figures the regulation asks for, each with the clause it serves; the reorder decision first. */
export function ReorderResults({ input, result: r, clauses }: Props) {
  const { planning, monitoring, replenishment } = clauses;
  const q = (value: number) => formatQuantity(value);
  return (
    <>
      <p class={r.shouldReorder ? 'inv-verdict inv-verdict-reorder' : 'inv-verdict'}>
        {r.shouldReorder ? (
          <>
            <strong>應立即補貨：建議訂購量 {q(r.orderQuantity)}</strong>
            （庫存狀況 {q(r.inventoryPosition)} 低於補貨點 {q(r.reorderPoint)}，補足至最大庫存水平 {q(r.maxLevel)}）
          </>
        ) : (
          <>
            <strong>暫不需補貨</strong>（庫存狀況 {q(r.inventoryPosition)} 未低於補貨點 {q(r.reorderPoint)}
            {r.inventoryPosition > r.reorderPoint && `，再消耗 ${q(r.inventoryPosition - r.reorderPoint)} 就低於補貨點`}）
          </>
        )}
        <Cite clause={monitoring} />
      </p>
      <dl class="inv-results">
        <dt>z 值（服務水準 {formatPercent(input.serviceLevel)}）</dt>
        <dd>{formatQuantity(r.z, 4)}<Cite clause={planning} /></dd>
        <dt>安全庫存</dt>
        <dd>{q(r.safetyStock)}<Cite clause={planning} /></dd>
        <dt>補貨點</dt>
        <dd>{q(r.reorderPoint)}<Cite clause={planning} /></dd>
        <dt>經濟訂購量</dt>
        <dd>{q(r.eoq)}<Cite clause={replenishment} /></dd>
        <dt>最大庫存水平</dt>
        <dd>{q(r.maxLevel)}<Cite clause={planning} /></dd>
        <dt>庫存狀況</dt>
        <dd>{q(r.inventoryPosition)}<Cite clause={monitoring} /></dd>
        <dt>建議訂購量</dt>
        <dd>{r.shouldReorder ? q(r.orderQuantity) : '0（未達補貨點）'}<Cite clause={replenishment} /></dd>
      </dl>
    </>
  );
}
