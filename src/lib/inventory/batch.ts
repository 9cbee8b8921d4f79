import Papa from 'papaparse';
import { InputError } from '../input-error.ts';
import { columnFor, columnLabel, type ColumnKey, type InputColumnKey } from './batch-columns.ts';
import { reorderFields, type InventoryRules, type ReorderFieldKey } from './fields.ts';
import { readReorderField } from './read-input.ts';
import { computeReorderWith, type ReorderInput, type ReorderResult } from './reorder.ts';

export * from './batch-columns.ts';
export * from './batch-output.ts';
export { decodeCsvBytes } from './decode.ts';

/** One problem in one cell (or the whole row, column 「整列」). `row` counts as a spreadsheet does: header = 1. */
export interface BatchError {
  row: number;
  sku: string;
  column: string;
  message: string;
}

export interface BatchItem {
  row: number;
  sku: string;
  name: string;
  /** The row's cells exactly as read, so the results file loses nothing. */
  cells: string[];
  result?: ReorderResult;
  errors: BatchError[];
}

export interface BatchOutcome {
  /** The header as read; unknown columns are carried through to the results. */
  header: string[];
  columns: (ColumnKey | undefined)[];
  /** Every data row, good or bad, in file order. */
  items: BatchItem[];
  errors: BatchError[];
  /** Set when the file as a whole cannot be read; then no row is processed. */
  fileError?: string;
}

export const wholeRow = '整列';

/** `第 3 列（A001）「日均需求量」：日均需求量不可為負數` */
export function formatBatchError(error: BatchError): string {
  return `第 ${error.row} 列${error.sku ? `（${error.sku}）` : ''}「${error.column}」：${error.message}`;
}

const isBlank = (cells: string[]) => cells.every((c) => c.trim() === '');

/** Undo the ' that toCsv puts before a cell starting with =, +, -, @, tab or CR, so a results file reads back. */
const formulaEscaped = /^'[=+\-@\t\r]/;
const unescapeRow = (cells: string[]) => (cells.some((c) => formulaEscaped.test(c)) ? cells.map((c) => (formulaEscaped.test(c) ? c.slice(1) : c)) : cells);

function fail(fileError: string, header: string[] = []): BatchOutcome {
  return { header, columns: [], items: [], errors: [], fileError };
}

/**
 * Read a CSV of SKUs (the template's columns, in any order; extra columns allowed) and compute each good row.
 * Bad rows are reported by row and Chinese column name; they never stop the good ones.
 */
export function runBatch(text: string, rules: InventoryRules): BatchOutcome {
  if (text.includes('\ufffd')) {
    return fail('檔案含有無法辨識的字元（�），可能不是 UTF-8 編碼。請在 Excel 選「另存新檔 › CSV UTF-8 (逗號分隔)」後再上傳。');
  }
  const parsed = Papa.parse<string[]>(text.replace(/^\ufeff/, ''), { skipEmptyLines: false });
  const records = parsed.data;
  const headerIndex = records.findIndex((r) => !isBlank(r));
  if (headerIndex < 0) return fail('沒有資料：請貼上或上傳含標題列的 CSV。');

  const header = records[headerIndex]!;
  const columns = header.map(columnFor);
  const indexOf = new Map<InputColumnKey, number>();
  for (const [i, key] of columns.entries()) {
    if (!key || key === 'result') continue;
    if (indexOf.has(key)) return fail(`標題列的「${columnLabel(key)}」出現了兩次，無法判斷要用哪一欄。`, header);
    indexOf.set(key, i);
  }
  const required: InputColumnKey[] = ['sku', ...reorderFields.filter((f) => f.required).map((f) => f.key)];
  const missing = required.filter((key) => !indexOf.has(key));
  if (missing.length === required.length) {
    return fail(
      `第 ${headerIndex + 1} 列不是可辨識的標題列。請下載範本，照範本的欄位名稱填寫（若標題看起來是亂碼，檔案可能不是 UTF-8 編碼）。`,
      header,
    );
  }
  if (missing.length > 0) {
    return fail(`缺少必要欄位：${missing.map((k) => `「${columnLabel(k)}」`).join('、')}。請依範本補上這些欄位。`, header);
  }

  const parseErrors = new Map<number, string>();
  for (const e of parsed.errors) {
    if (e.code === 'UndetectableDelimiter' || e.row === undefined || parseErrors.has(e.row)) continue;
    parseErrors.set(e.row, e.code === 'MissingQuotes' || e.code === 'InvalidQuotes' ? '引號沒有成對，這一列無法正確切分' : e.message);
  }

  const skuAt = indexOf.get('sku')!;
  const nameAt = indexOf.get('name');
  const fieldAt = reorderFields.map((f) => [f.key, indexOf.get(f.key)] as const);
  const items: BatchItem[] = [];
  const errors: BatchError[] = [];
  /** Row of each SKU's first occurrence: a second row for the same SKU would order it twice. */
  const firstRow = new Map<string, number>();

  for (let r = headerIndex + 1; r < records.length; r++) {
    const cells = unescapeRow(records[r]!);
    if (isBlank(cells)) continue;
    const row = r + 1;
    const sku = (cells[skuAt] ?? '').trim();
    const item: BatchItem = { row, sku, name: nameAt === undefined ? '' : (cells[nameAt] ?? '').trim(), cells, errors: [] };
    const report = (column: string, message: string) => item.errors.push({ row, sku, column, message });

    const parseError = parseErrors.get(r);
    if (parseError) report(wholeRow, parseError);
    if (cells.length < header.length) {
      report(wholeRow, `這一列只有 ${cells.length} 欄，標題列有 ${header.length} 欄`);
    } else if (cells.length > header.length && !isBlank(cells.slice(header.length))) {
      report(wholeRow, `這一列有 ${cells.length} 欄，比標題列多（數字中的逗號或含逗號的品名需加上引號）`);
    }
    // A row cut wrongly has its figures in the wrong columns: report that alone, not each shifted cell.
    if (item.errors.length > 0) {
      items.push(item);
      errors.push(...item.errors);
      continue;
    }
    if (sku === '') report(columnLabel('sku'), '商品編號不可空白');
    else if (firstRow.has(sku)) report(columnLabel('sku'), `商品編號與第 ${firstRow.get(sku)} 列重複，同一品項只能有一列`);
    else firstRow.set(sku, row);

    const input: Partial<Record<ReorderFieldKey, number>> = {};
    for (const [key, at] of fieldAt) {
      try {
        input[key] = readReorderField(key, at === undefined ? '' : (cells[at] ?? ''), rules);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        report(columnLabel(key), error.message);
      }
    }
    if (item.errors.length === 0) {
      try {
        item.result = computeReorderWith(input as ReorderInput, rules);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        report(columnLabel(error.field as ReorderFieldKey), error.message);
      }
    }
    items.push(item);
    for (const e of item.errors) errors.push(e);
  }
  return { header, columns, items, errors };
}
