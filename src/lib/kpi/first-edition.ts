import type { ClauseRef } from '../clause.ts';
import type { KpiGrade, KpiRules } from './rules.ts';

const regulation = 'commercial-operations';
const item = (k: number, grade: KpiGrade): ClauseRef => ({ regulation, id: `c4-2-3-i${k}`, label: `績效考核制度第3條（${grade}）` });

/**
 * 商業運營全套管理制度 四、管理制度 › 績效考核制度 第3條 as version 1.0 states it: the fixture `gradeFor(score)`
 * uses. The site applies the values read from the marked text; test/content/rules.test.ts checks that
 * version 1.0 of the text, read from git, yields exactly this. Frozen: never edit it for a new version.
 */
export const kpiRules: KpiRules = {
  bands: [
    { grade: '優秀', minScore: 90, coefficient: 1.5, clause: item(1, '優秀') },
    { grade: '良好', minScore: 80, coefficient: 1.2, clause: item(2, '良好') },
    { grade: '合格', minScore: 60, coefficient: 1.0, clause: item(3, '合格') },
    { grade: '不合格', minScore: 0, coefficient: 0.5, clause: item(4, '不合格') },
  ],
  failStreakAlert: 2,
  clause: { regulation, id: 'c4-2-3', label: '績效考核制度第3條' },
};
