import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffClauses } from '../../../src/lib/policy/clause-diff.ts';
import { decodeReadState, markRead, unreadChanges, type ChangeLog, type ReadState } from '../../../src/lib/policy/read-state.ts';
import { readerLog } from '../../../src/lib/policy/reader-log.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/clause-diff/${name}`, import.meta.url), 'utf8');
const v1 = new Map([['s4.mdx', fixture('s4-v1.mdx')]]);
const v2 = new Map([['s4.mdx', fixture('s4-v2.mdx')]]);
const v3 = new Map([['s4.mdx', fixture('s4-v2.mdx').replace('遲到三次以上者', '遲到二次以上者')]]);
const log: ChangeLog = readerLog('r', [
  { version: '1.0' },
  { version: '1.1', changes: diffClauses(v1, v2) },
  { version: '1.2', changes: diffClauses(v2, v3) },
]);
const ids = (clauses: { id: string }[] | undefined) => clauses?.map((c) => c.id);

describe('stored reading state', () => {
  it('reads back what was stored', () => {
    const state = markRead(decodeReadState(() => null), 'r', '1.1', [], []);
    expect(decodeReadState(() => JSON.stringify(state))).toEqual({ r: ['1.1'] });
  });

  it.each([
    ['not JSON', '{'],
    ['JSON null', 'null'],
    ['a list', '[]'],
    ['a version that is not text', JSON.stringify({ r: [1.1] })],
    ['an entry that is not a list', JSON.stringify({ r: '1.1' })],
    ['an empty entry', JSON.stringify({ r: [] })],
  ])('resets quietly on bad data: %s', (_, text) => {
    expect(decodeReadState(() => text)).toEqual({});
  });

  it('treats storage that refuses access as empty', () => {
    const denied = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    expect(decodeReadState(denied)).toEqual({});
  });
});

describe('clauses changed since the reader last read', () => {
  it('lists each clause changed after the version read once, linked to its newest diff', () => {
    const since10 = unreadChanges(log, ['1.0'])!;
    expect(ids(since10)).toEqual(['c4-1-2', 'c4-1-3', 'c4-1-2-1', 'c4-2-1-i2']);
    expect(since10.find((c) => c.id === 'c4-1-2-1')!.diff).toBe('/r/#diff-1-2-c4-1-2-1');
    expect(ids(unreadChanges(log, ['1.1']))).toEqual(['c4-1-2-1']);
  });

  it('leaves out the clauses already shown', () => {
    expect(ids(unreadChanges(log, ['1.0', 'c4-1-2', 'c4-1-3']))).toEqual(['c4-1-2-1', 'c4-2-1-i2']);
  });

  it('does not know a version the regulation never had, nor the newest (nothing is newer)', () => {
    expect(unreadChanges(log, ['9.9'])).toBeUndefined();
    expect(unreadChanges(log, ['__proto__'])).toBeUndefined();
    expect(unreadChanges(log, ['1.2'])).toBeUndefined();
  });

  it('keeps the old version until every changed clause was shown, then moves on', () => {
    let state: ReadState = { r: ['1.1'] };
    state = markRead(state, 'r', '1.2', unreadChanges(log, state.r!)!, []);
    expect(state.r).toEqual(['1.1']);
    const pending = unreadChanges(log, ['1.0'])!;
    state = markRead({ r: ['1.0'] }, 'r', '1.2', pending, ['c4-1-2', 'c4-1-3']);
    expect(state.r).toEqual(['1.0', 'c4-1-2', 'c4-1-3']);
    state = markRead(state, 'r', '1.2', unreadChanges(log, state.r!)!, ['c4-1-2-1', 'c4-2-1-i2']);
    expect(state.r).toEqual(['1.2']);
  });

  it('remembers a first visit as read, leaving other regulations alone', () => {
    expect(markRead({ other: ['2.0'] }, 'r', '1.1', [], [])).toEqual({ other: ['2.0'], r: ['1.1'] });
  });
});

describe('the change log a regulation publishes for returning readers', () => {
  const changes = diffClauses(v1, v2);

  it('links each clause to its page and its diff in 修訂記錄, and a removed one to its diff only', () => {
    const built = readerLog('commercial-operations', [{ version: '1.0' }, { version: '1.1', changes }]);
    expect(Object.keys(built.since)).toEqual(['1.0']);
    const byId = new Map(built.since['1.0']!.map((c) => [c.id, c]));
    expect(byId.get('c4-1-2')).toMatchObject({ href: '/commercial-operations/s4/#c4-1-2', diff: '/commercial-operations/#diff-1-1-c4-1-2' });
    expect(byId.get('c4-1-2')!.html).toContain('<a href="/commercial-operations/s4/#c4-1-2">四、管理制度 考勤制度 第2條（遲到早退）</a>');
    expect(byId.get('c4-1-3')!.href).toBe('/commercial-operations/#diff-1-1-c4-1-3');
  });

  it('points the Simplified edition at its own pages, in its own words', () => {
    const built = readerLog('commercial-operations', [{ version: '1.0' }, { version: '1.1', changes }], { prefix: '/zh-cn', label: (t) => `簡:${t}` });
    expect(built.since['1.0']![0]).toMatchObject({ href: '/zh-cn/commercial-operations/s4/#c4-1-2', label: expect.stringMatching(/^簡:/) });
    expect(built.mark).toContain('簡:已修訂');
    expect(built.intro).toContain('簡:自您上次閱讀後，本制度已修訂為第 1.1 版。');
  });
});
