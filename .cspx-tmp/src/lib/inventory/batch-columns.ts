import { reorderFields, type ReorderFieldKey } from './fields.ts';

/** Columns the batch CSV reads besides the reorder fields. */
export const skuColumn = { key: 'sku', label: '商品編號 (SKU)' } as const;
export const nameColumn = { key: 'name', label: '品名' } as const;

/** Columns the batch appends; when a results file is uploaded again they are recomputed, not duplicated. */
export const resultColumns = [
  { key: 'z', label: 'z 值' },
  { key: 'safetyStock', label: '安全庫存' },
  { key: 'reorderPoint', label: '補貨點' },
  { key: 'eoq', label: '經濟訂購量' },
  { key: 'maxLevel', label: '最大庫存水平' },
  { key: 'inventoryPosition', label: '庫存狀況' },
  { key: 'shouldReorder', label: '是否補貨' },
  { key: 'orderQuantity', label: '建議訂購量' },
  { key: 'error', label: '錯誤說明' },
] as const;

export type InputColumnKey = 'sku' | 'name' | ReorderFieldKey;
export type ColumnKey = InputColumnKey | 'result';

/** The template's header, in order. */
export const templateHeader: string[] = [skuColumn.label, nameColumn.label, ...reorderFields.map((f) => f.label)];

/** Compare headers loosely: full-width forms, spaces, a BOM and letter case do not matter. */
export function normaliseHeader(text: string): string {
  return text.replace(/^\ufeff/, '').normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

const aliases = new Map<string, ColumnKey>();
const alias = (key: ColumnKey, ...names: string[]) => names.forEach((n) => aliases.set(normaliseHeader(n), key));
alias('sku', skuColumn.label, 'sku', 'SKU編號', '商品編號', '料號', '貨號');
alias('name', nameColumn.label, 'name', '商品名稱', '名稱');
for (const f of reorderFields) alias(f.key, f.label, f.name, f.key);
for (const c of resultColumns) alias('result', c.label, c.key);

/** The column a header cell stands for, or undefined for a column the batch does not know (kept as is). */
export function columnFor(header: string): ColumnKey | undefined {
  return aliases.get(normaliseHeader(header));
}

/** Chinese label of a column, for messages. */
export function columnLabel(key: InputColumnKey): string {
  if (key === 'sku') return skuColumn.label;
  if (key === 'name') return nameColumn.label;
  return reorderFields.find((f) => f.key === key)!.label;
}
