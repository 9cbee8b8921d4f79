import Papa from 'papaparse';
import { resultColumns, templateHeader, type ColumnKey } from './batch-columns.ts';
import type { ReorderResult } from './reorder.ts';

/** Excel reads a CSV as the local ANSI code page unless it starts with a UTF-8 byte-order mark. */
export const utf8Bom = '\ufeff';

/**
 * Serialise rows with papaparse (quotes only where needed, CRLF as Excel writes). A cell starting with
 * =, +, -, @, tab or CR is prefixed with ' so Excel shows it rather than running it as a formula.
 */
export function toCsv(rows: string[][], { bom = true } = {}): string {
  return (bom ? utf8Bom : '') + Papa.unparse(rows, { newline: '\r\n', escapeFormulae: true });
}

const templateRows = [
  ['A001', '北歐風三人座沙發', '4', '1.5', '14', '3', '95', '300', '450', '', '60', '20', '0'],
  ['A002', '實木餐椅（2 入，胡桃色）', '12', '4', '10', '', '97.5', '200', '80', '4000', '150', '0', '5'],
];

/** The downloadable template: Chinese headers and two example rows to overwrite. */
export function templateCsv(): string {
  return toCsv([templateHeader, ...templateRows]);
}

// Math.round rather than toFixed: several times faster on 100,000 rows, same result for these non-negative figures.
const round = (value: number, digits: number) => {
  const scale = 10 ** digits;
  return String(Math.round(value * scale) / scale);
};

/** The result cells of one row, in resultColumns order; error rows get empty figures and their messages. */
export function resultCells(result: ReorderResult | undefined, errorText: string): string[] {
  if (!result) return ['', '', '', '', '', '', '', '', errorText];
  return [
    round(result.z, 4),
    round(result.safetyStock, 2),
    round(result.reorderPoint, 2),
    round(result.eoq, 2),
    round(result.maxLevel, 2),
    String(Number(result.inventoryPosition.toPrecision(12))),
    result.shouldReorder ? '是' : '否',
    String(result.orderQuantity),
    errorText,
  ];
}

interface OutputItem {
  cells: string[];
  result?: ReorderResult;
  errors: { column: string; message: string }[];
}

/**
 * Order for action: items to reorder first (furthest below their reorder point first), then rows that could
 * not be computed, then the rest (closest to their reorder point first). Stable, so ties keep file order.
 */
export function orderForAction<T extends OutputItem>(items: readonly T[]): T[] {
  // Keys computed once per item: the comparator runs ~17 times per item on 100,000 rows.
  const keyed = items.map((item, index) => ({
    item,
    index,
    rank: !item.result ? 1 : item.result.shouldReorder ? 0 : 2,
    margin: item.result ? item.result.inventoryPosition - item.result.reorderPoint : 0,
  }));
  keyed.sort((a, b) => a.rank - b.rank || a.margin - b.margin || a.index - b.index);
  return keyed.map((k) => k.item);
}

/**
 * The results file: the uploaded columns as they were (older result columns dropped) followed by the
 * computed ones, rows in action order, UTF-8 with BOM.
 */
export function serialiseResults(outcome: { header: string[]; columns: (ColumnKey | undefined)[]; items: readonly OutputItem[] }): string {
  const keep = outcome.header.map((_, i) => i).filter((i) => outcome.columns[i] !== 'result');
  const keepAll = keep.length === outcome.header.length;
  const rows: string[][] = [[...keep.map((i) => outcome.header[i]!), ...resultColumns.map((c) => c.label)]];
  for (const item of orderForAction(outcome.items)) {
    const errorText = item.errors.length === 0 ? '' : item.errors.map((e) => `「${e.column}」${e.message}`).join('；');
    // The common case (template columns, well-formed row) reuses the parsed cells without copying them cell by cell.
    const cells = keepAll && item.cells.length === keep.length ? item.cells : keep.map((i) => item.cells[i] ?? '');
    rows.push(cells.concat(resultCells(item.result, errorText)));
  }
  return toCsv(rows);
}
