import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { regulations } from '../../../src/data/regulations.ts';
import { sectionOf } from '../../../src/lib/clause.ts';
import { marksInChapter, type RuleMark } from '../../../src/lib/policy/rule-marks.ts';
import { readRuleNumber, ruleKeys, type RuleKey } from '../../../src/lib/policy/rule-schema.ts';
import { literalText, templateKeys } from '../../../src/lib/quiz/template.ts';
import { docsRoot, readChapters } from '../../support/chapters.ts';
import { anchorsOf, loadBanks, sectionsOf } from './content.ts';

/** The question banks in content/quizzes, checked against the chapters they quiz. */
const banks = loadBanks();
/** A regulation imported as 草案 starts with a stub bank (scripts/import.ts); the full bank is due when it takes effect. */
const drafts = new Set(readChapters().filter((c) => /^[^/]+\/index\.mdx$/.test(c.path) && c.frontmatter.status === '草案').map((c) => c.frontmatter.regulation));
const inForce = regulations.filter((r) => !drafts.has(r.slug));
const all = banks.flatMap(({ bank }) => bank.questions.map((q) => ({ ...q, regulation: bank.regulation })));

describe('question banks', () => {
  it('hold at least 60 questions, one bank per regulation named after it', () => {
    expect(all.length).toBeGreaterThanOrEqual(60);
    expect(banks.map(({ bank }) => bank.regulation).sort()).toEqual(regulations.map((r) => r.slug).sort());
    for (const { file, bank } of banks) expect(file.replace(/\.(ya?ml|json)$/, '')).toBe(bank.regulation);
  });

  it('use each question id once across all banks (the mixed test and stored progress rely on it)', () => {
    const ids = all.map((q) => q.id);
    const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(repeated).toEqual([]);
  });

  it('cite only clauses that exist in the chapter MDX', () => {
    const missing = all.filter((q) => {
      const section = sectionOf(q.source);
      return !sectionsOf(q.regulation).includes(section) || !anchorsOf(q.regulation, section).has(q.source);
    });
    expect(missing.map((q) => `${q.id} → ${q.regulation} ${q.source}`)).toEqual([]);
  });

  it.each(inForce.map((r) => [r.title, r.slug] as const))('cover every section of %s with at least two questions', (_, slug) => {
    const counts = new Map(sectionsOf(slug).map((n) => [n, 0]));
    for (const q of all.filter((q) => q.regulation === slug)) {
      const n = sectionOf(q.source);
      counts.set(n, (counts.get(n) ?? 0) + 1);
    }
    const thin = [...counts].filter(([, count]) => count < 2).map(([n]) => `s${n}`);
    expect(thin).toEqual([]);
  });

  it.each(banks.filter(({ bank }) => !drafts.has(bank.regulation)).map(({ bank }) => [bank.regulation, bank] as const))('%s mixes single, multiple and true/false questions', (_, bank) => {
    expect(new Set(bank.questions.map((q) => q.type))).toEqual(new Set(['single', 'multiple', 'truefalse']));
  });

  it('keep true/false answers balanced enough that always answering 正確 fails', () => {
    const trueFalse = all.filter((q) => q.type === 'truefalse');
    const alwaysTrue = trueFalse.filter((q) => q.correct[0] === 0).length;
    expect(alwaysTrue / trueFalse.length).toBeLessThan(0.8);
  });
});

/**
 * Every rule the operations-management flows set is asked about: some question citing the clause must mention
 * it in its prompt or correct answer. [rule, regulation, clause ids, pattern]. Rule numbers are checked below,
 * against the marks in the text.
 */
const flowRules: Array<[string, string, string[], RegExp]> = [
  ['年度運營計劃審批流程', 'operations-management', ['c3-1-1'], /草案.*匯總審核.*運營管理委員會審議.*修改完善.*董事會批准/],
  ['年度預算審批流程', 'operations-management', ['c3-2-1'], /預算草案.*匯總審核.*運營管理委員會審議.*修改完善.*董事會批准/],
];

describe('coverage of the approval flows', () => {
  it.each(flowRules)('a question asks about %s', (_, regulation, clauses, pattern) => {
    const asking = all.filter((q) => q.regulation === regulation && clauses.includes(q.source));
    const texts = asking.map((q) => [q.prompt, ...q.correct.map((i) => q.options[i])].join(' '));
    expect(texts.some((text) => pattern.test(text)), `none of ${asking.map((q) => q.id).join(', ') || '(no question)'}`).toBe(true);
  });
});

/** Rule marks of each regulation's current text, by the clause (and the item's parent clause) holding them. */
const marksBySource = new Map<string, RuleMark[]>();
for (const { slug } of regulations) {
  for (const section of sectionsOf(slug)) {
    const file = `s${section}.mdx`;
    for (const mark of marksInChapter(file, readFileSync(join(docsRoot, slug, file), 'utf8'))) {
      for (const id of [mark.clause?.id, mark.parentClause?.id]) {
        if (id) marksBySource.set(`${slug}#${id}`, [...(marksBySource.get(`${slug}#${id}`) ?? []), mark]);
      }
    }
  }
}
const sources = banks.flatMap(({ source }) => source.questions.map((q) => ({ ...q, regulation: source.regulation })));
const textsOf = (q: (typeof sources)[number]) => [q.prompt, ...q.options, q.explanation, q.answer ?? ''];
/** 「按曠工半天處理」: a day word reads as a word, not a number, in a question; it is checked by the schema only. */
const isWordMark = (mark: RuleMark) => /天$/.test(mark.raw) && !/^\d/.test(mark.raw);

describe('questions follow the rule values marked in the text', () => {
  it('every rule the text marks is asked about through a formula by a question citing its clause', () => {
    const unasked = [...marksBySource.entries()].flatMap(([where, marks]) => {
      const [regulation, id] = where.split('#');
      const used = new Set(sources.filter((q) => q.regulation === regulation && q.source === id).flatMap((q) => textsOf(q).flatMap(templateKeys)));
      return marks.filter((m) => m.clause?.id === id && !isWordMark(m) && !used.has(m.key)).map((m) => `${where} ${m.key}`);
    });
    expect(unasked).toEqual([]);
  });

  it('no question writes a marked rule value as a literal number instead of a formula', () => {
    expect(literalRuleNumbers(sources, marksBySource)).toEqual([]);
  });

  it('the check bites: a question that writes 「3 次」 where its clause marks 3 is reported', () => {
    const late = sources.find((q) => q.id === 'comm-late-free-times')!;
    const marks = marksBySource.get(`${late.regulation}#${late.source}`)!;
    const free = marks.find((m) => m.key === 'attendance.freeMinorEventsPerMonth')!;
    const literal = { ...late, prompt: `每月累計 ${free.raw} 次以內不做處罰？` };
    expect(literalRuleNumbers([literal], marksBySource)).toEqual([
      `${late.id}（${late.source}）寫了「${free.raw}」，條文把它標為規則 attendance.freeMinorEventsPerMonth：請寫成 {attendance.freeMinorEventsPerMonth}`,
    ]);
  });
});

/** Literal numbers in a question equal to a value its clause marks: they would go stale when HR edits the rule. */
function literalRuleNumbers(questions: typeof sources, marks: Map<string, RuleMark[]>): string[] {
  return questions.flatMap((q) => {
    const ruled = marks.get(`${q.regulation}#${q.source}`) ?? [];
    // 第 3 條 names a clause, not a rule value.
    const literal = textsOf(q).map(literalText).join(' ').replace(/第\s*\d+\s*條/g, ' ');
    const numbers = new Set([...literal.matchAll(/(?<![\d.])\d+(?:\.\d+)?(?![\d.])/g)].map((m) => Number(m[0])));
    return ruled
      .filter((mark, index) => ruled.findIndex((m) => m.key === mark.key) === index && !isWordMark(mark))
      .filter((mark) => {
        const value = readRuleNumber(mark.raw);
        // A Chinese numeral (連續兩個月) counts when written with its unit.
        return /^\d/.test(mark.raw) ? value !== undefined && numbers.has(value) : literal.includes(`${mark.raw}${ruleKeys[mark.key as RuleKey]?.unit ?? ''}`);
      })
      .map((mark) => `${q.id}（${q.source}）寫了「${mark.raw}」，條文把它標為規則 ${mark.key}：請寫成 {${mark.key}}`);
  });
}
