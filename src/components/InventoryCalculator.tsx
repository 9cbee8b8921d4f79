import { useEffect, useMemo, useState } from 'preact/hooks';
import { computeReorder } from '../lib/inventory/reorder.ts';
import { reorderFields } from '../lib/inventory/fields.ts';
import { readReorderInput, type ReorderTexts } from '../lib/inventory/read-input.ts';
import { InputError } from '../lib/input-error.ts';
import { readFieldValues, writeFieldValues } from '../lib/url-state.ts';
import { NumberField } from './NumberField.tsx';
import { ReorderExplanation } from './inventory/ReorderExplanation.tsx';
import { ReorderResults } from './inventory/ReorderResults.tsx';
import { SawtoothChart } from './inventory/SawtoothChart.tsx';

const keys = reorderFields.map((f) => f.key);

/**
 * A worked example so the page shows a result at once. Optional fields start empty: the URL drops empty
 * values, so an optional default other than '' would come back after the user cleared it.
 */
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

/** 補貨點試算 (庫存管理流程): one SKU's safety stock, reorder point, EOQ, order-up-to level and today's order. */
export default function InventoryCalculator() {
  const [texts, setTexts] = useState<ReorderTexts>(example);

  // Restore after mount: the server render has no URL, and the first client render must match it.
  useEffect(() => setTexts(readFieldValues(location.search, keys, example) as ReorderTexts), []);

  const update = (key: keyof ReorderTexts) => (value: string) => {
    const next = { ...texts, [key]: value };
    setTexts(next);
    history.replaceState(history.state, '', `${location.pathname}${writeFieldValues(location.search, next)}${location.hash}`);
  };

  const outcome = useMemo(() => {
    const read = readReorderInput(texts);
    if (!read.input) return { errors: read.errors };
    try {
      return { input: read.input, result: computeReorder(read.input), errors: {} };
    } catch (error) {
      if (error instanceof InputError) return { errors: { [error.field]: error.message } as Partial<ReorderTexts> };
      throw error;
    }
  }, [texts]);
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
                  hint={field.hint}
                />
              );
            })}
          </fieldset>
        ))}
      </form>
      {/* Only the figures are live: announcing the chart and the workings on every keystroke would drown them. */}
      <section class="inv-output" role="status" aria-live="polite" aria-label="試算結果">
        {outcome.result && outcome.input ? (
          <ReorderResults input={outcome.input} result={outcome.result} />
        ) : (
          <p class="inv-pending">有 {Object.keys(errors).length} 個欄位無法讀取，請依欄位旁的說明修正後，這裡會顯示結果。</p>
        )}
      </section>
      {outcome.result && outcome.input && (
        <>
          <SawtoothChart input={outcome.input} result={outcome.result} />
          <ReorderExplanation input={outcome.input} result={outcome.result} />
        </>
      )}
    </div>
  );
}
