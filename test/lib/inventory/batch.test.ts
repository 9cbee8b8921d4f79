import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/lib/input-error.ts';
import {
  decodeCsvBytes,
  formatBatchError,
  orderForAction,
  runBatch as runBatchWith,
  serialiseResults,
  templateCsv,
  templateHeader,
  toCsv,
} from '../../../src/lib/inventory/batch.ts';
import { inventory10 } from '../../fixtures/rules/index.ts';

const runBatch = (text: string) => runBatchWith(text, inventory10);

const header = templateHeader;
// sku, name, d, σd, L, σL, service %, S, H, D, on hand, on order, backorders
const good = (sku: string, name: string, onHand = '50') => [sku, name, '8', '4', '9', '2', '95', '73', '5', '', onHand, '40', '10'];
const csv = (...rows: string[][]) => toCsv([header, ...rows], { bom: false });
const tricky = ['沙發 "北歐", 三人座', '餐椅，2 入', '床架\n加大雙人', "O'Brien 書櫃"];

describe('template', () => {
  it('has the SPEC labels as Chinese headers, a UTF-8 BOM, and reads back without errors', () => {
    const template = templateCsv();
    expect(template.startsWith('\ufeff')).toBe(true);
    const firstLine = template.slice(1).split('\r\n')[0]!;
    for (const label of ['商品編號 (SKU)', '品名', '日均需求量', '需求標準差', '採購提前期', '提前期標準差', '服務水準 (%)', '每次訂貨成本', '單位年持有成本', '年需求量', '現有庫存', '在途數量', '缺貨待補']) {
      expect(firstLine).toContain(label);
    }
    const outcome = runBatch(template);
    expect(outcome.fileError).toBeUndefined();
    expect(outcome.errors).toEqual([]);
    expect(outcome.items.length).toBeGreaterThan(0);
    expect(outcome.items.every((item) => item.result)).toBe(true);
  });
});

describe('CSV round trip', () => {
  it('keeps Chinese names with quotes, commas and line breaks intact', () => {
    const rows = tricky.map((name, i) => good(`S${i}`, name));
    const outcome = runBatch(csv(...rows));
    expect(outcome.errors).toEqual([]);
    expect(outcome.items.map((item) => item.name)).toEqual(tricky);
    expect(outcome.items.map((item) => item.cells)).toEqual(rows);
  });

  it('computes each row as the single-item calculator does (hand-worked: ROP 72 + 20z, order 317)', () => {
    const [item] = runBatch(csv(good('A1', '沙發'))).items;
    expect(item!.result!.reorderPoint).toBeCloseTo(72 + 20 * 1.6448536269514722, 9);
    expect(item!.result!.inventoryPosition).toBe(80);
    expect(item!.result!.orderQuantity).toBe(317);
  });

  it('writes results as UTF-8 with BOM that read back to the same rows, names and figures', () => {
    const outcome = runBatch(csv(...tricky.map((name, i) => good(`S${i}`, name))));
    const results = serialiseResults(outcome);
    expect(results.startsWith('\ufeff')).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(results.slice(1), { header: true }).data;
    expect(parsed.map((r) => r['品名'])).toEqual(tricky);
    expect(parsed[0]).toMatchObject({ '補貨點': '104.9', '安全庫存': '32.9', '經濟訂購量': '292', '庫存狀況': '80', '是否補貨': '是', '建議訂購量': '317' });
    // Uploading the results again recomputes them instead of duplicating the result columns.
    const again = runBatch(results);
    expect(again.errors).toEqual([]);
    expect(again.items.map((item) => item.name)).toEqual(tricky);
    expect(serialiseResults(again)).toBe(results);
  });

  it('keeps columns it does not know, and accepts columns in any order or by their English names', () => {
    const text = 'note,onHand,sku,avgDailyDemand,demandStdDev,leadTimeDays,serviceLevel,orderCost,holdingCostPerUnitYear\n' +
      '"紅色, 大",10,X1,8,4,9,95,73,5\n';
    const outcome = runBatch(text);
    expect(outcome.errors).toEqual([]);
    expect(outcome.items[0]!.result!.inventoryPosition).toBe(10);
    const back = Papa.parse<string[]>(serialiseResults(outcome).slice(1)).data;
    expect(back[0]![0]).toBe('note');
    expect(back[1]![0]).toBe('紅色, 大');
  });
});

describe('bad rows', () => {
  it('are reported by row number and Chinese column name while good rows are still computed', () => {
    const bad1 = good('B1', '壞一');
    bad1[2] = '-3'; // 日均需求量
    const bad2 = good('B2', '壞二');
    bad2[6] = '100'; // 服務水準 (%)
    bad2[8] = '0'; // 單位年持有成本
    const outcome = runBatch(csv(good('G1', '好一'), bad1, good('G2', '好二'), bad2));
    expect(outcome.items.filter((i) => i.result).map((i) => i.sku)).toEqual(['G1', 'G2']);
    expect(outcome.errors).toEqual([
      { row: 3, sku: 'B1', column: '日均需求量', message: expect.stringContaining('不可為負數') },
      { row: 5, sku: 'B2', column: '服務水準 (%)', message: expect.stringContaining('100%') },
      { row: 5, sku: 'B2', column: '單位年持有成本', message: expect.stringContaining('大於 0') },
    ]);
    expect(formatBatchError(outcome.errors[0]!)).toBe('第 3 列（B1）「日均需求量」：日均需求量不可為負數');
  });

  it('count rows as the file shows them, blank lines included', () => {
    const bad = good('B1', '壞');
    bad[10] = 'abc';
    const text = `${header.join(',')}\n${good('G1', '好').join(',')}\n\n${bad.join(',')}\n`;
    expect(runBatch(text).errors).toEqual([{ row: 4, sku: 'B1', column: '現有庫存', message: expect.stringContaining('abc') }]);
  });

  it('reports an empty SKU and an empty required cell', () => {
    const row = good('', '無編號');
    row[4] = '';
    const errors = runBatch(csv(row)).errors;
    expect(errors.map((e) => e.column)).toEqual(['商品編號 (SKU)', '採購提前期']);
  });

  it('reports a row split by an unquoted comma instead of shifting its figures', () => {
    const text = `${header.join(',')}\nA1,沙發,三人座,8,4,9,2,95,73,5,,50,40,10\n${good('G1', '好').join(',')}\n`;
    const outcome = runBatch(text);
    expect(outcome.errors).toEqual([{ row: 2, sku: 'A1', column: '整列', message: expect.stringContaining('引號') }]);
    expect(outcome.items.filter((i) => i.result).map((i) => i.sku)).toEqual(['G1']);
  });

  it('reports a row with too few cells instead of defaulting them', () => {
    const text = `${header.join(',')}\nA1,沙發,8,4,9,2,95,73,5,,50\n`;
    expect(runBatch(text).errors[0]).toMatchObject({ row: 2, column: '整列' });
  });

  it('carries bad rows into the results file with their cells and the reason', () => {
    const bad = good('B1', '壞, "一"');
    bad[2] = '-3';
    const results = Papa.parse<Record<string, string>>(serialiseResults(runBatch(csv(bad))).slice(1), { header: true }).data;
    // A cell starting with - is escaped with ' so Excel shows it instead of evaluating it.
    expect(results[0]).toMatchObject({ '品名': '壞, "一"', '日均需求量': "'-3", '補貨點': '', '錯誤說明': expect.stringContaining('日均需求量') });
  });
});

describe('files of the wrong shape or encoding', () => {
  it('names the missing required columns', () => {
    const text = '商品編號 (SKU),日均需求量,需求標準差,採購提前期,服務水準 (%),每次訂貨成本\nA1,8,4,9,95,73\n';
    const outcome = runBatch(text);
    expect(outcome.items).toEqual([]);
    expect(outcome.fileError).toContain('「單位年持有成本」');
    expect(outcome.fileError).toContain('「現有庫存」');
  });

  it('refuses text with no recognisable header', () => {
    expect(runBatch('{"sku": "A1", "demand": 8}').fileError).toContain('標題列');
    expect(runBatch('  \n\n').fileError).toContain('沒有資料');
  });

  it('refuses a duplicated column', () => {
    expect(runBatch(`${header.join(',')},現有庫存\n`).fileError).toContain('「現有庫存」出現了兩次');
  });

  it('refuses text that was decoded with the wrong encoding', () => {
    expect(runBatch(`${header.join(',')}\nA1,\ufffd\ufffd,8,4,9,2,95,73,5,,50,40,10`).fileError).toContain('UTF-8');
  });

  it('decodes UTF-8 with or without BOM and UTF-16 with BOM', () => {
    const text = csv(good('A1', '沙發'));
    expect(decodeCsvBytes(new TextEncoder().encode(`\ufeff${text}`))).toBe(text);
    expect(decodeCsvBytes(new TextEncoder().encode(text))).toBe(text);
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'品名'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    expect(decodeCsvBytes(utf16)).toBe('品名');
  });

  it('refuses Big5 or GBK bytes with a Chinese explanation', () => {
    // 「商品編號,品名\r\nA1,沙發」 as Excel saves it on a Traditional Chinese Windows (Big5)
    const big5 = new Uint8Array([176, 211, 171, 126, 189, 115, 184, 185, 44, 171, 126, 166, 87, 13, 10, 65, 49, 44, 168, 70, 181, 111]);
    let error: unknown;
    try {
      decodeCsvBytes(big5);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).field).toBe('file');
    expect((error as InputError).message).toContain('UTF-8');
    expect((error as InputError).message).toContain('Big5');
  });

  it('refuses an Excel workbook and an empty file', () => {
    expect(() => decodeCsvBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]))).toThrow(/Excel/);
    expect(() => decodeCsvBytes(new Uint8Array())).toThrow(InputError);
  });
});

describe('orderForAction', () => {
  it('puts the SKUs to reorder first, the furthest below their reorder point first, then bad rows, then the rest', () => {
    // ROP for `good` rows is 104.9; positions: on hand + 40 − 10
    const bad = good('BAD', '壞');
    bad[2] = 'x';
    const outcome = runBatch(csv(good('OK1', '', '200'), good('LOW', '', '0'), bad, good('MID', '', '60'), good('OK2', '', '80')));
    expect(orderForAction(outcome.items).map((i) => i.sku)).toEqual(['LOW', 'MID', 'BAD', 'OK2', 'OK1']);
  });
});

describe('edges a suspicious manager tries', () => {
  it('escapes cells Excel would run as formulas', () => {
    const text = toCsv([['=HYPERLINK("http://x")', '+1', '-2', '@SUM(A1)', '\tx', 'ok']], { bom: false });
    expect(Papa.parse<string[]>(text).data[0]).toEqual(["'=HYPERLINK(\"http://x\")", "'+1", "'-2", "'@SUM(A1)", "'\tx", 'ok']);
  });

  it('escapes a formula typed as a product name in the results file', () => {
    const results = serialiseResults(runBatch(csv(good('A1', '=cmd|\' /C calc\'!A0'))));
    expect(results).toContain("'=cmd");
    expect(results).not.toMatch(/(^|,)=cmd/m);
  });

  it('reports a SKU that appears twice, naming the first row', () => {
    const outcome = runBatch(csv(good('A1', '一'), good('B1', '二'), good('A1', '三')));
    expect(outcome.errors).toEqual([{ row: 4, sku: 'A1', column: '商品編號 (SKU)', message: expect.stringContaining('第 2 列重複') }]);
    expect(outcome.items.filter((i) => i.result).map((i) => i.row)).toEqual([2, 3]);
  });

  it('does not count a row with no demand and no stock as needing an order', () => {
    const zero = [...good('Z1', '停售品')];
    zero[2] = '0';
    zero[3] = '0';
    zero[10] = '0';
    zero[11] = '0';
    zero[12] = '0';
    const [item] = runBatch(csv(zero)).items;
    expect(item!.result).toMatchObject({ shouldReorder: false, orderQuantity: 0 });
  });
});
