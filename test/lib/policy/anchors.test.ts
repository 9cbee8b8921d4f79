import { describe, expect, it } from 'vitest';
import { clauseHref, clauseLabel, clauseNumberOf, insertedAfter, nextHeadingId, parseId, splitHeading } from '../../../src/lib/policy/anchors.ts';
import { idProblems } from '../../../src/lib/policy/id-history.ts';
import { headingIdProblem } from '../../../src/lib/subsection-ids.ts';

describe('clause ids', () => {
  it('reads every kind of id, 之一 insertions included', () => {
    expect(parseId('c4-1')).toEqual({ section: 4, subsection: 1, clause: undefined, inserted: [], item: undefined });
    expect(parseId('c4-1-2-1')).toEqual({ section: 4, subsection: 1, clause: 2, inserted: [1], item: undefined });
    expect(parseId('c4-2-3-i1')).toMatchObject({ clause: 3, item: 1 });
    expect(parseId('c1-1-i1')).toMatchObject({ subsection: 1, clause: undefined, item: 1 });
    expect(parseId('考勤')).toBeUndefined();
    expect(parseId('c4-1-x')).toBeUndefined();
  });

  it('links an inserted clause on its section page', () => {
    expect(clauseHref({ regulation: 'commercial-operations', id: 'c4-1-2-1' })).toBe('/commercial-operations/s4/#c4-1-2-1');
  });

  it('inserts after 第2條 as 第2條之一, then 第2條之二, without touching 第3條', () => {
    expect(insertedAfter('c4-1-2')).toBe('c4-1-2-1');
    expect(insertedAfter('c4-1-2-1')).toBe('c4-1-2-2');
    expect(clauseNumberOf('c4-1-2-1')).toBe('2之一');
    expect(clauseNumberOf('c4-1-2-10')).toBe('2之十');
    expect(clauseLabel('2之一')).toBe('第2條之一');
    expect(clauseLabel(3)).toBe('第3條');
    expect(() => insertedAfter('c4-1')).toThrow(/not a clause id/);
  });

  it('gives a new ## heading the next unused number of its page, not its position', () => {
    expect(nextHeadingId(4, ['c4-1', 'c4-3', 'c4-3-1', 'c2-9'])).toBe('c4-4');
  });

  it('reads a heading id written as {#…}', () => {
    expect(splitHeading('考勤制度 {#c4-1}')).toEqual({ title: '考勤制度', id: 'c4-1' });
    expect(splitHeading('考勤制度')).toEqual({ title: '考勤制度' });
  });

  it('names what is wrong with a section heading id', () => {
    expect(headingIdProblem('c4-1', 4)).toBeUndefined();
    expect(headingIdProblem(undefined, 4)).toMatch(/缺少條文編號.*\{#c4-…\}/);
    expect(headingIdProblem('c3-1', 4)).toMatch(/不屬於第 4 章/);
    expect(headingIdProblem('c4-1-2', 4)).toMatch(/格式不對/);
  });
});

describe('id checks of the current text', () => {
  const version = (s4: string) => [{ version: '1.0', files: new Map([['s4.mdx', s4]]) }];

  it('reports a duplicate and a foreign id with file and line', () => {
    const text = '## 考勤 {#c4-1}\n\n<Clause id="c4-1-1" n={1}>甲</Clause>\n\n<Clause id="c4-1-1" n={1}>乙</Clause>\n\n<Clause id="c3-1-3" n={3}>丙</Clause>';
    expect(idProblems(version(text))).toEqual(['s4.mdx 第 5 行：編號 c4-1-1 重複', 's4.mdx 第 7 行：編號 c3-1-3 不屬於第 4 章']);
  });

  it('asks for the number an inserted clause shows', () => {
    expect(idProblems(version('<Clause id="c4-1-2-1" n="2之1">乙</Clause>'))).toEqual(['s4.mdx 第 1 行：編號 c4-1-2-1 是第2條之一，n 應寫成 "2之一"，不是 2之1']);
  });

  it('accepts a well-formed chapter', () => {
    expect(idProblems(version('## 考勤 {#c4-1}\n\n<Clause id="c4-1-1" n={1}>甲</Clause>\n<Clause id="c4-1-1-1" n="1之一">乙</Clause>'))).toEqual([]);
  });
});
