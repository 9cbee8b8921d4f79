import { useMemo } from 'preact/hooks';
import { reorderFields, reorderHint, type InventoryRules } from '../../lib/inventory/fields.ts';
import type { ReorderFormOutcome } from '../../lib/inventory/form.ts';
import type { ReorderTexts } from '../../lib/inventory/read-input.ts';
import { loadFailed, useLazy } from '../calc/use-lazy.ts';
import { useUrlState } from '../calc/use-url-state.ts';
import { NumberField } from '../calc/NumberField.tsx';
import type { InventoryClauses } from './types.ts';

const keys = reorderFields.map((f) => f.key);

/** A worked example so the page shows a result at once; a shared link replaces it with what the link names. */
const example: ReorderTexts = {
  avgDailyDemand: '20',
  demandStdDev: '6',
  leadTimeDays: '10',
  leadTimeStdDev: '',
  serviceLevel: '95',
  orderCost: '300',
  holdingCostPerUnitYear: '15',
  annualDemand: '',
  onHand: '220',
  onOrder: '',
  backorders: '',
};

const groups = [
  { title: '需求與提前期', keys: ['avgDailyDemand', 'demandStdDev', 'leadTimeDays', 'leadTimeStdDev', 'serviceLevel'] },
  { title: '成本', keys: ['orderCost', 'holdingCostPerUnitYear', 'annualDemand'] },
  { title: '目前庫存', keys: ['onHand', 'onOrder', 'backorders'] },
] as const;

interface Props {
  /** The inventory conventions of the version in force (src/history/rule-versions.ts). */
  rules: InventoryRules;
  clauses: InventoryClauses;
}

/** 補貨點試算 (庫存管理流程): one SKU's safety stock, reorder point, EOQ, order-up-to level and today's order. */
export default function InventoryIsland({ rules, clauses }: Props) {
  const [texts, setTexts, hydrated] = useUrlState<ReorderTexts>({
    keys,
    initial: example,
    toFields: (state) => state,
    fromFields: (fields) => fields as ReorderTexts,
    inputId: (key) => `inv-${key}`,
  });
  const update = (key: keyof ReorderTexts) => (value: string) => setTexts((current) => ({ ...current, [key]: value }));

  // The figures' code loads once the island has hydrated: the fields always hold something to compute (the worked
  // example, a link's values or what was typed), and the form shows without it.
  const figures = useLazy(() => import('./results.ts'), hydrated);
  const code = figures.module;
  const outcome = useMemo<ReorderFormOutcome>(() => (code ? code.evaluateReorderForm(texts, rules) : { errors: {} }), [code, texts, rules]);
  const errors: Partial<ReorderTexts> = outcome.errors;

  return (
    <div class="inv-calc not-content">
      <form class="inv-form" onSubmit={(event) => event.preventDefault()} aria-label="補貨點試算輸入">
        {groups.map((group) => (
          <fieldset key={group.title}>
            <legend>{group.title}</legend>
            {group.keys.map((key) => {
              const field = reorderFields.find((f) => f.key === key)!;
              return (
                <NumberField
                  key={key}
                  id={`inv-${key}`}
                  label={field.label}
                  value={texts[key]}
                  onInput={update(key)}
                  error={errors[key]}
                  hint={reorderHint(field, rules)}
                />
              );
            })}
          </fieldset>
        ))}
      </form>
      {/* Only the figures are live: announcing the chart and the workings on every keystroke would drown them. */}
      <section class="inv-output" role="status" aria-live="polite" aria-label="試算結果">
        {figures.failed ? (
          <p class="calc-error">{loadFailed}</p>
        ) : !code ? (
          <p class="calc-script-needed">試算需要啟用 JavaScript；公式見下方說明與上方條文</p>
        ) : outcome.result && outcome.input ? (
          <code.ReorderResults input={outcome.input} result={outcome.result} clauses={clauses} />
        ) : (
          <p class="inv-pending">有 {Object.keys(errors).length} 個欄位無法讀取，請依欄位旁的說明修正後，這裡會顯示結果。</p>
        )}
      </section>
      {code && outcome.result && outcome.input && (
        <>
          <code.SawtoothChart input={outcome.input} result={outcome.result} />
          <code.ReorderExplanation input={outcome.input} result={outcome.result} rules={rules} />
        </>
      )}
    </div>
  );
}
