import { useMemo, useState } from 'preact/hooks';
import { formatQuantity } from '../../lib/inventory/format.ts';
import type { BatchItem } from '../../lib/inventory/batch.ts';
import type { ClauseRef } from '../../lib/clause.ts';
import { ClauseLink } from '../calc/ClauseLink.tsx';

interface Props {
  /** Computed rows, already in action order (to reorder first). */
  items: BatchItem[];
  /** The clause each row's verdict applies (庫存監控). */
  clause: ClauseRef;
}

type Computed = BatchItem & { result: NonNullable<BatchItem['result']> };
type Direction = 'ascending' | 'descending';

const columns: { key: string; label: string; text?: boolean; value: (item: Computed) => string | number }[] = [
  { key: 'sku', label: '商品編號 (SKU)', text: true, value: (i) => i.sku },
  { key: 'name', label: '品名', text: true, value: (i) => i.name },
  { key: 'shouldReorder', label: '是否補貨', value: (i) => (i.result.shouldReorder ? 1 : 0) },
  { key: 'orderQuantity', label: '建議訂購量', value: (i) => i.result.orderQuantity },
  { key: 'inventoryPosition', label: '庫存狀況', value: (i) => i.result.inventoryPosition },
  { key: 'reorderPoint', label: '補貨點', value: (i) => i.result.reorderPoint },
  { key: 'safetyStock', label: '安全庫存', value: (i) => i.result.safetyStock },
  { key: 'eoq', label: '經濟訂購量', value: (i) => i.result.eoq },
  { key: 'maxLevel', label: '最大庫存水平', value: (i) => i.result.maxLevel },
];

/** Rendering 100,000 rows would freeze the page; the download has them all. */
const shownRows = 500;
const collator = new Intl.Collator('zh-TW', { numeric: true });

/** The computed SKUs; a column header sorts by it (again: reverse). Starts with the SKUs to reorder. */
export function BatchTable({ items, clause }: Props) {
  const [sort, setSort] = useState<{ key: string; direction: Direction } | undefined>();
  const computed = useMemo(() => items.filter((i): i is Computed => i.result !== undefined), [items]);
  const sorted = useMemo(() => {
    const column = sort && columns.find((c) => c.key === sort.key);
    if (!sort || !column) return computed;
    const sign = sort.direction === 'ascending' ? 1 : -1;
    const keyed = computed.map((item, index) => ({ item, index, value: column.value(item) }));
    keyed.sort((a, b) => {
      const order = column.text ? collator.compare(String(a.value), String(b.value)) : (a.value as number) - (b.value as number);
      return sign * order || a.index - b.index;
    });
    return keyed.map((k) => k.item);
  }, [computed, sort]);

  const toggle = (key: string) =>
    setSort((s) => ({ key, direction: s?.key === key && s.direction === 'ascending' ? 'descending' : 'ascending' }));
  const q = (value: number) => formatQuantity(value);

  if (computed.length === 0) return null;
  return (
    <div class="inv-table-wrap">
      <table class="inv-table">
        <caption>
          試算結果（{sort ? '依所選欄位排序' : '需補貨者在前，離補貨點越遠越前面'}）
          {computed.length > shownRows && `；只顯示前 ${shownRows} 列，共 ${computed.length.toLocaleString('zh-TW')} 列，完整結果請下載 CSV`}
        </caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" aria-sort={sort?.key === c.key ? sort.direction : undefined}>
                <button type="button" onClick={() => toggle(c.key)}>
                  {c.label}
                  <span aria-hidden="true">{sort?.key === c.key ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ⇅'}</span>
                </button>
              </th>
            ))}
            <th scope="col">依據</th>
          </tr>
        </thead>
        <tbody>
          {sorted.slice(0, shownRows).map((item) => (
            <tr key={item.row} class={item.result.shouldReorder ? 'inv-row-reorder' : undefined}>
              <th scope="row">{item.sku}</th>
              <td>{item.name}</td>
              <td>{item.result.shouldReorder ? '是' : '否'}</td>
              <td>{item.result.shouldReorder ? q(item.result.orderQuantity) : '—'}</td>
              <td>{q(item.result.inventoryPosition)}</td>
              <td>{q(item.result.reorderPoint)}</td>
              <td>{q(item.result.safetyStock)}</td>
              <td>{q(item.result.eoq)}</td>
              <td>{q(item.result.maxLevel)}</td>
              <td>
                <ClauseLink clause={clause} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
