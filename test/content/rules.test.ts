import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attendanceRules } from '../../src/lib/attendance/first-edition.ts';
import { inventoryRules } from '../../src/lib/inventory/first-edition.ts';
import { inventoryClauses } from '../../src/lib/inventory/rules.ts';
import { kpiRules } from '../../src/lib/kpi/first-edition.ts';
import { kpiClauses } from '../../src/lib/kpi/rules.ts';
import { regulationHistory } from '../../src/history/git-versions.ts';
import { ruleHistory, rulesRegulation } from '../../src/history/rule-versions.ts';
import { sectionOf } from '../../src/lib/clause.ts';
import { parseClauses, readableText } from '../../src/lib/policy/clauses.ts';
import { marksInChapter } from '../../src/lib/policy/rule-marks.ts';
import { ruleSetFromText } from '../../src/lib/policy/rule-set.ts';
import { docsRoot } from '../support/chapters.ts';

// The chapters are the rules: these check the marked values as a schema does, never the wording around them.
const root = join(docsRoot, '..', '..');
const history = regulationHistory(rulesRegulation, root);
const needsHistory = 'earlier versions need the full git history: run `git fetch --unshallow`';

describe('rule values marked in the text', () => {
  it('every changelog version of the text states every rule the calculators need', () => {
    expect(history.complete, history.problem ?? needsHistory).toBe(true);
    const rules = ruleHistory(root);
    expect(rules.versions.map((v) => v.version)).toEqual(history.versions.map((v) => v.version));
  });

  it('version 1.0, the text as imported from the seeds, states exactly the fixture the one-argument calls use', () => {
    const first = history.versions.find((v) => v.version === '1.0');
    expect(first?.files, history.problem ?? needsHistory).toBeTruthy();
    expect(ruleSetFromText(rulesRegulation, first!.files!)).toEqual({ attendance: attendanceRules, kpi: kpiRules, inventory: inventoryRules });
  });

  it('every number in a clause that marks rules is itself marked, so an edit cannot bypass the calculators', () => {
    expect(unmarkedNumbers(history.versions.at(-1)!.files!), 'mark each rule number as <R k="…">N</R> (keys: src/lib/policy/rule-schema.ts)').toEqual([]);
  });

  it('the check bites: a number added next to the marked ones is reported with its clause', () => {
    const files = new Map(history.versions.at(-1)!.files!);
    const s4 = files.get('s4.mdx')!;
    files.set('s4.mdx', s4.replace('扣除當天工資及當月績效獎金', '扣除當天工資的2倍及當月績效獎金'));
    expect(unmarkedNumbers(files)).toEqual(['s4.mdx c4-1-2: 2']);
  });
});

/** Numbers written outside `<R>` in clauses (and items) that mark at least one rule. */
function unmarkedNumbers(files: ReadonlyMap<string, string>): string[] {
  const unmarked: string[] = [];
  for (const [name, mdx] of files) {
    const marked = new Set(marksInChapter(name, mdx).flatMap((m) => (m.clause ? [m.clause.id] : [])));
    for (const clause of parseClauses(mdx).filter((c) => marked.has(c.id))) {
      const own = clause.source.replace(/<ClauseItem\b[^>]*>[\s\S]*?<\/ClauseItem>/g, '').replace(/<R\b[^>]*>[\s\S]*?<\/R>/g, '');
      for (const [number] of readableText(own).matchAll(/[\d０-９]+(?:[.．][\d０-９]+)?/g)) unmarked.push(`${name} ${clause.id}: ${number}`);
    }
  }
  return unmarked;
}

describe('clauses the calculators cite exist', () => {
  // 庫存管理流程 states no numbers: the inventory conventions stay code (src/lib/inventory/first-edition.ts); only the
  // clause ids it links to are checked here.
  const cited = [...Object.values(inventoryClauses), ...Object.values(kpiClauses)];
  it.each(cited.map((ref) => [`${ref.regulation} #${ref.id}`, ref] as const))('%s', (_, ref) => {
    const mdx = readFileSync(join(docsRoot, ref.regulation, `s${sectionOf(ref.id)}.mdx`), 'utf8');
    expect(parseClauses(mdx).map((c) => c.id)).toContain(ref.id);
  });
});
