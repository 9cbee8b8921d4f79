import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import RemovedClauses from '../../src/components/policy/RemovedClauses.astro';
import { regulationHistory } from '../../src/history/git-versions.ts';
import { regulationIds } from '../../src/history/tombstones.ts';
import { parseClauses } from '../../src/lib/policy/clauses.ts';
import { gitFixture, type GitFixture } from '../support/git-fixture.ts';

/** HR's edits in a small git repository: publish 1.0, then insert 第2條之一 and remove 第3條 in 1.1. */
const overview = (version: string, extra = '') => `---
title: "測試制度"
regulation: "reg"
order: 0
version: "${version}"
changelog:
  - version: "1.0"
    date: "2026-01-05"
    summary: "首次發布。"${extra}
---
`;
const v11 = `
  - version: "1.1"
    date: "2026-02-01"
    summary: "考勤制度：新增第2條之一，刪除第3條。"`;

const chapter = (front: string, clauses: string) => `---
title: "四、管理制度"
regulation: "reg"
order: 4
${front}---

## 考勤制度 {#c4-1}

${clauses}
`;
const c1 = '<Clause id="c4-1-1" n={1} title="目的">規範出勤。</Clause>';
const c2 = '<Clause id="c4-1-2" n={2} title="遲到">遲到15分鐘以內的，每月累計3次以內不做處罰。</Clause>';
const c3 = '<Clause id="c4-1-3" n={3} title="曠工">曠工一天扣3倍工資。</Clause>';
const c21 = '<Clause id="c4-1-2-1" n="2之一" title="曠工">曠工一天扣3倍工資及當月績效獎金。</Clause>';
const successor = 'removedClauses:\n  - id: "c4-1-3"\n    successor: "c4-1-2-1"\n';

let repo: GitFixture;

beforeAll(() => {
  repo = gitFixture();
  repo.commit({ 'content/docs/reg/index.mdx': overview('1.0'), 'content/docs/reg/s4.mdx': chapter('', [c1, c2, c3].join('\n\n')) }, '1.0');
  repo.commit({ 'content/docs/reg/index.mdx': overview('1.1', v11), 'content/docs/reg/s4.mdx': chapter(successor, [c1, c2, c21].join('\n\n')) }, '1.1');
});
afterAll(() => repo.remove());

describe('inserting 第2條之一 and removing 第3條', () => {
  it('changes no other id', () => {
    const [before, after] = regulationHistory('reg', repo.root).versions.map((v) => parseClauses(v.files!.get('s4.mdx')!).map((c) => c.id));
    expect(before!.filter((id) => id !== 'c4-1-3').every((id) => after!.includes(id))).toBe(true);
    expect(after).toEqual(['c4-1', 'c4-1-1', 'c4-1-2', 'c4-1-2-1']);
  });

  it('leaves a tombstone for 第3條: removed in 1.1, succeeded by 第2條之一', () => {
    expect(regulationIds('reg', repo.root)).toEqual({
      problems: [],
      tombstones: [
        {
          id: 'c4-1-3',
          file: 's4.mdx',
          removedIn: '1.1',
          label: '考勤制度第3條「曠工」',
          successor: 'c4-1-2-1',
          successorLabel: '考勤制度第2條之一「曠工」',
        },
      ],
    });
  });

  it('renders the tombstone at the old anchor on the old page, linking to the successor', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(RemovedClauses, { props: { regulation: 'reg', file: 's4.mdx', root: repo.root } });
    const note = /<p[^>]*id="c4-1-3"[^>]*>([\s\S]*?)<\/p>/.exec(html);
    expect(note, html).not.toBeNull();
    expect(note![1]!.replace(/<[^>]+>/g, '')).toBe('考勤制度第3條「曠工」已於版本 1.1 刪除，由考勤制度第2條之一「曠工」取代。');
    expect(note![1]).toContain('href="#c4-1-2-1"');
  });
});

describe('ids that break old links', () => {
  it('refuses an id given back to a new clause after it was removed', () => {
    const reuse = gitFixture();
    try {
      reuse.commit({ 'content/docs/reg/index.mdx': overview('1.0'), 'content/docs/reg/s4.mdx': chapter('', [c1, c2, c3].join('\n\n')) });
      reuse.commit({ 'content/docs/reg/index.mdx': overview('1.1', v11), 'content/docs/reg/s4.mdx': chapter('', [c1, c2].join('\n\n')) });
      const v12 = `${v11}\n  - version: "1.2"\n    date: "2026-03-01"\n    summary: "新增第3條。"`;
      reuse.commit({
        'content/docs/reg/index.mdx': overview('1.2', v12),
        'content/docs/reg/s4.mdx': chapter('', [c1, c2, '<Clause id="c4-1-3" n={3} title="加班">加班須事先申請。</Clause>'].join('\n\n')),
      });
      expect(regulationIds('reg', reuse.root).problems).toEqual([
        '編號 c4-1-3 在版本 1.1 刪除後，於版本 1.2 又被使用；刪除的編號不可再用，新條文請用新的編號',
      ]);
    } finally {
      reuse.remove();
    }
  });

  it('refuses deleting the page a removed clause lived on, and names a wrong successor', () => {
    const gone = gitFixture();
    try {
      gone.commit({ 'content/docs/reg/index.mdx': overview('1.0'), 'content/docs/reg/s4.mdx': chapter('', c1), 'content/docs/reg/s5.mdx': chapter('', c2.replace('c4-1-2', 'c5-1-2')).replace('{#c4-1}', '{#c5-1}') });
      gone.commit({
        'content/docs/reg/index.mdx': overview('1.1', v11),
        'content/docs/reg/s4.mdx': chapter('removedClauses:\n  - id: "c5-1-2"\n    successor: "c4-1-9"\n', c1),
        'content/docs/reg/s5.mdx': null,
      });
      expect(regulationIds('reg', gone.root).problems).toEqual([
        '編號 c5-1 在版本 1.1 刪除，但它所在的 s5.mdx 也已刪除，舊網址無法找到說明；請保留該章節檔',
        '編號 c5-1-2 在版本 1.1 刪除，但它所在的 s5.mdx 也已刪除，舊網址無法找到說明；請保留該章節檔',
        's4.mdx 的 removedClauses：c5-1-2 的 successor c4-1-9 不在目前的條文中',
      ]);
    } finally {
      gone.remove();
    }
  });
});
