import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clauseHref, diffAnchor, diffClauses } from '../../../src/lib/policy/clause-diff.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/clause-diff/${name}`, import.meta.url), 'utf8');
const v1 = new Map([['s4.mdx', fixture('s4-v1.mdx')]]);
const v2 = new Map([['s4.mdx', fixture('s4-v2.mdx')]]);

describe('clause changes between two versions of a regulation', () => {
  const changes = diffClauses(v1, v2);
  const byId = new Map(changes.map((c) => [c.id, c]));

  it('lists exactly the changed, added and removed clauses, in reading order (a removed clause right after the one it followed)', () => {
    expect(changes.map((c) => [c.id, c.kind])).toEqual([
      ['c4-1-2', 'changed'],
      ['c4-1-3', 'removed'],
      ['c4-1-2-1', 'added'],
      ['c4-2-1-i2', 'changed'],
    ]);
  });

  it('diffs the readable text, so inline rule marks do not show up as changes', () => {
    const change = byId.get('c4-1-2')!;
    expect(change.parts.filter((p) => p.op !== 'same')).toEqual([
      { op: 'del', text: '3' },
      { op: 'ins', text: '2' },
      { op: 'del', text: '3' },
      { op: 'ins', text: '2' },
    ]);
    expect(change.before).not.toContain('<R');
    expect(change.after).toContain('2次以內不做處罰');
  });

  it('labels each clause with chapter, subsection and number, and items with their clause', () => {
    expect(byId.get('c4-1-2')!.label).toBe('四、管理制度 考勤制度 第2條（遲到早退）');
    expect(byId.get('c4-1-2-1')!.label).toBe('四、管理制度 考勤制度 第2之一條');
    expect(byId.get('c4-2-1-i2')!.label).toBe('四、管理制度 績效考核制度 第1條 第2項（良好）');
  });

  it('gives an added clause as all inserted and a removed one as all deleted', () => {
    expect(byId.get('c4-1-2-1')!.parts).toEqual([{ op: 'ins', text: '遲到三次以上者應參加考勤說明會。' }]);
    expect(byId.get('c4-1-3')!.parts).toEqual([{ op: 'del', text: '曠工半天扣除當天工資的2倍。' }]);
  });

  it('matches clauses by id across chapters: a moved clause with the same words is no change', () => {
    const moved = new Map([
      ['s4.mdx', fixture('s4-v1.mdx').replace(/<Clause id="c4-1-3"[\s\S]*?<\/Clause>/, '')],
      ['s5.mdx', '---\ntitle: "五、附則"\n---\n\n<Clause id="c4-1-3" n={3}>\n曠工半天扣除當天工資的2倍。\n</Clause>\n'],
    ]);
    expect(diffClauses(v1, moved)).toEqual([]);
  });

  it('finds nothing between identical versions', () => {
    expect(diffClauses(v1, new Map(v1))).toEqual([]);
  });

  it('links a clause to its page anchor and to its diff in 修訂記錄', () => {
    expect(clauseHref('commercial-operations', byId.get('c4-1-2')!)).toBe('/commercial-operations/s4/#c4-1-2');
    expect(clauseHref('commercial-operations', { page: '', id: 'c0-1' })).toBe('/commercial-operations/#c0-1');
    expect(diffAnchor('1.1', 'c4-1-2')).toBe('diff-1-1-c4-1-2');
  });
});
