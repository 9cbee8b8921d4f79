import type { InventoryRules } from '../../lib/inventory/fields.ts';
import { formatInput, formatQuantity } from '../../lib/inventory/format.ts';
import type { ReorderInput, ReorderResult } from '../../lib/inventory/reorder.ts';

interface Props {
  input: ReorderInput;
  result: ReorderResult;
  rules: InventoryRules;
}

/** 計算說明: each formula, then the same formula with the user's numbers, then its value. */
export function ReorderExplanation({ input, result: r, rules }: Props) {
  const n = (value: number) => formatQuantity(value);
  // Inputs unrounded, as given (99.999 %, 0.004 a day); computed figures to 2 decimals.
  const i = formatInput;
  const d = i(input.avgDailyDemand);
  const sL = input.leadTimeStdDev ?? 0;
  const days = rules.daysPerYear;
  const onOrder = input.onOrder ?? 0;
  const backorders = input.backorders ?? 0;
  const annual =
    input.annualDemand === undefined
      ? `年需求量 D = 日均需求量 × ${days} = ${d} × ${days} = ${n(r.annualDemand)}`
      : `年需求量 D = ${i(r.annualDemand)}（您填入的數值）`;
  const lines = [
    `z = Φ⁻¹(服務水準) = Φ⁻¹(${i(input.serviceLevel * 100)}%) = ${formatQuantity(r.z, 4)}`,
    `提前期內需求的標準差 σ = √(L × σd² + d² × σL²) = √(${i(input.leadTimeDays)} × ${i(input.demandStdDev)}² + ${d}² × ${i(sL)}²) = ${n(r.leadTimeDemandStdDev)}`,
    `安全庫存 = z × σ = ${formatQuantity(r.z, 4)} × ${n(r.leadTimeDemandStdDev)} = ${n(r.safetyStock)}`,
    `補貨點 = d × L + 安全庫存 = ${d} × ${i(input.leadTimeDays)} + ${n(r.safetyStock)} = ${n(r.reorderPoint)}`,
    annual,
    `經濟訂購量 = √(2 × D × S ÷ H) = √(2 × ${n(r.annualDemand)} × ${i(input.orderCost)} ÷ ${i(input.holdingCostPerUnitYear)}) = ${n(r.eoq)}`,
    `最大庫存水平 = 補貨點 + 經濟訂購量 = ${n(r.reorderPoint)} + ${n(r.eoq)} = ${n(r.maxLevel)}`,
    `庫存狀況 = 現有庫存 + 在途數量 − 缺貨待補 = ${i(input.onHand)} + ${i(onOrder)} − ${i(backorders)} = ${n(r.inventoryPosition)}`,
    r.shouldReorder
      ? `庫存狀況 ${n(r.inventoryPosition)} < 補貨點 ${n(r.reorderPoint)}，應補貨；訂購量 = ⌈最大庫存水平 − 庫存狀況⌉ = ⌈${n(r.maxLevel)} − ${n(r.inventoryPosition)}⌉ = ${r.orderQuantity}`
      : `庫存狀況 ${n(r.inventoryPosition)} 未低於補貨點 ${n(r.reorderPoint)}，暫不補貨；訂購量 = 0`,
  ];
  return (
    <details class="inv-explain">
      <summary>計算說明</summary>
      <ol>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ol>
      <p class="inv-note">
        d 為日均需求量、σd 為需求標準差、L 為採購提前期（天）、σL 為提前期標準差、S 為每次訂貨成本、H 為單位年持有成本。
        您填入的數值照原樣列出，算出的數值取至小數第 2 位，計算時使用完整精度；訂購量無條件進位到整數。條文說「當庫存低于補貨點時」發出預警，所以庫存狀況等於補貨點時不補貨。
      </p>
    </details>
  );
}
