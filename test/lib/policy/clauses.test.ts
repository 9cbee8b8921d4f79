import { describe, expect, it } from 'vitest';
import { parseClauses } from '../../../src/lib/policy/clauses.ts';

const chapter = `---
title: "四、管理制度"
---

import Clause from '@components/policy/Clause.astro';

## 考勤制度

<Clause id="c4-1-2" n={2}>
遲到在<R k="attendance.minorMaxMinutes">15</R>分鐘以內的，
每月累計3次以內不做處罰。
</Clause>

<Clause id="c4-1-2-1" n="2之一" title="補充">
新增的條文，見<Placeholder name="具體時間" />。
</Clause>

## 績效考核制度 {#c4-2}

<Clause id="c4-2-3" n={3}>
分為四個等級。
<ul class="clause-items">
<ClauseItem id="c4-2-3-i1" title="優秀">得分<R k="kpi.excellent">90</R>分以上。</ClauseItem>
</ul>
</Clause>
`;

describe('parseClauses', () => {
  const clauses = parseClauses(chapter);

  it('finds clauses, items and explicit headings in document order', () => {
    expect(clauses.map((c) => [c.id, c.kind])).toEqual([
      ['c4-1-2', 'clause'],
      ['c4-1-2-1', 'clause'],
      ['c4-2', 'heading'],
      ['c4-2-3', 'clause'],
      ['c4-2-3-i1', 'item'],
    ]);
  });

  it('reads the number as written, including 之一 numbers', () => {
    expect(clauses[0]!.n).toBe('2');
    expect(clauses[1]!.n).toBe('2之一');
  });

  it('keeps the readable text without tags or line breaks, and items out of their clause', () => {
    expect(clauses[0]!.text).toBe('遲到在15分鐘以內的，每月累計3次以內不做處罰。');
    expect(clauses[1]!.text).toBe('新增的條文，見[具體時間]。');
    expect(clauses[3]!.text).toBe('分為四個等級。');
    expect(clauses[4]!.text).toBe('得分90分以上。');
  });

  it('keeps the inline markup in the source, and records heading, parent and line', () => {
    expect(clauses[0]!.source).toContain('<R k="attendance.minorMaxMinutes">15</R>');
    expect(clauses[0]!.heading).toBe('考勤制度');
    expect(clauses[4]!.parent).toBe('c4-2-3');
    expect(clauses[4]!.heading).toBe('績效考核制度');
    expect(clauses[0]!.line).toBe(9);
  });
});
