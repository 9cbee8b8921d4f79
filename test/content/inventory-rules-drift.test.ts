import { describe, expect, it } from 'vitest';
import { inventoryClauses, inventoryRules } from '../../src/data/rules/inventory.ts';
import { chapterSource, clauseText } from '../support/clause-text.ts';

// HR edits the chapters; the calculators cite src/data/rules/inventory.ts. Either changing alone must fail here.
type Cited = (typeof inventoryClauses)[keyof typeof inventoryClauses];

/** The title attribute the chapter gives the clause or item, or undefined. */
function chapterTitle(source: string, id: string): string | undefined {
  return new RegExp(`id="${id}"[^>]*?title="([^"]*)"`).exec(source)?.[1];
}

/** Problems between one cited clause and the chapter text; empty when they agree. */
function disagreements(source: string, clause: Cited): string[] {
  const problems: string[] = [];
  const title = chapterTitle(source, clause.id);
  if (!title) return [`${clause.id} is not in the chapter`];
  if (!clause.label.endsWith(title)) problems.push(`label 「${clause.label}」 does not end with the chapter's title 「${title}」`);
  if (!clauseText(source, clause.id).includes(clause.quote)) problems.push(`${clause.id} no longer says 「${clause.quote}」`);
  return problems;
}

describe('庫存管理流程 and the inventory rules module agree', () => {
  for (const [name, clause] of Object.entries(inventoryClauses)) {
    it(`${name}: ${clause.regulation} #${clause.id} 「${clause.quote}」`, () => {
      expect(disagreements(chapterSource(clause), clause)).toEqual([]);
    });
  }

  it('the reorder clauses name what the calculator computes', () => {
    const planning = clauseText(chapterSource(inventoryClauses.planning), inventoryClauses.planning.id);
    for (const term of ['安全庫存', '補貨點', '最大庫存水平']) expect(planning).toContain(term);
  });

  it('keeps the service-level bounds SPEC gives (50 % ≤ p < 100 %) and a 365-day year', () => {
    expect(inventoryRules).toMatchObject({ serviceLevelMin: 0.5, serviceLevelMaxExclusive: 1, daysPerYear: 365 });
  });
});

describe('the drift check bites', () => {
  const clause = inventoryClauses.monitoring;
  const source = chapterSource(clause);

  it('when the chapter rewords the alert', () => {
    expect(disagreements(source.replace('當庫存低於補貨點時', '當庫存低於安全庫存時'), clause)).toHaveLength(1);
  });

  it('when the chapter renames the item', () => {
    expect(disagreements(source.replace('title="庫存監控"', 'title="庫存檢查"'), clause)).toHaveLength(1);
  });

  it('when the item is renumbered away', () => {
    expect(disagreements(source.replaceAll(`id="${clause.id}"`, 'id="c3-4-2-i9"'), clause)).not.toEqual([]);
  });
});
