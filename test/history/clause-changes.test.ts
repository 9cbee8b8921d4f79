import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { regulationChanges } from '../../src/history/clause-changes.ts';
import { git as gitIn } from '../support/project-copy.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/clause-diff/${name}`, import.meta.url), 'utf8');

const overview = (versions: { version: string; date: string; summary: string }[]) => `---
title: "測試制度"
regulation: "test-reg"
order: 0
policyId: "TST-001"
version: "${versions.at(-1)!.version}"
effectiveDate: "${versions.at(-1)!.date}"
department: "測試部"
status: "生效"
nextReview: "2030-01-01"
changelog:
${versions.map((v) => `  - version: "${v.version}"\n    date: "${v.date}"\n    summary: "${v.summary}"`).join('\n')}
---
`;

const v10 = { version: '1.0', date: '2026-11-26', summary: '首次發布。' };
const v11 = { version: '1.1', date: '2026-12-01', summary: '考勤制度第2條：免罰次數由3次改為2次。' };
const v12 = { version: '1.2', date: '2026-12-02', summary: '再改一次。' };

describe('clause changes read from git history', () => {
  let root: string;
  const git = (...args: string[]) => gitIn(root, ...args);
  const write = (path: string, text: string) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  };

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'clause-changes-'));
    git('init', '-q');
    write('content/docs/test-reg/index.mdx', overview([v10]));
    write('content/docs/test-reg/s4.mdx', fixture('s4-v1.mdx'));
    git('add', '.');
    git('commit', '-q', '-m', 'v1.0');
    write('content/docs/test-reg/index.mdx', overview([v10, v11]));
    write('content/docs/test-reg/s4.mdx', fixture('s4-v2.mdx'));
    git('commit', '-q', '-am', 'v1.1');
    // 1.2 is the working tree: edits show before they are committed, as in `npm run dev`.
    write('content/docs/test-reg/index.mdx', overview([v10, v11, v12]));
    write('content/docs/test-reg/s4.mdx', fixture('s4-v2.mdx').replace('得分90分以上。', '得分95分以上。'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('diffs every version after the first against the one before it, with its changelog entry', () => {
    const versions = regulationChanges('test-reg', root);
    expect(versions.map((v) => [v.previous, v.version, v.summary])).toEqual([
      ['1.0', '1.1', v11.summary],
      ['1.1', '1.2', v12.summary],
    ]);
    expect(versions[0]!.changes!.map((c) => c.id)).toEqual(['c4-1-2', 'c4-1-3', 'c4-1-2-1', 'c4-2-1-i2']);
    const c412 = versions[0]!.changes![0]!;
    expect(c412.parts.filter((p) => p.op !== 'same').map((p) => `${p.op}:${p.text}`)).toEqual(['del:3', 'ins:2', 'del:3', 'ins:2']);
    expect(versions[1]!.changes!.map((c) => [c.id, c.kind])).toEqual([['c4-2-1-i1', 'changed']]);
  });

  it('gives no clause list, rather than a wrong one, when an earlier version is not in git', () => {
    const orphan = mkdtempSync(join(tmpdir(), 'clause-changes-orphan-'));
    try {
      mkdirSync(join(orphan, 'content/docs/test-reg'), { recursive: true });
      writeFileSync(join(orphan, 'content/docs/test-reg/index.mdx'), overview([v10, v11]));
      writeFileSync(join(orphan, 'content/docs/test-reg/s4.mdx'), fixture('s4-v2.mdx'));
      const previousCi = process.env.CI;
      delete process.env.CI;
      try {
        expect(regulationChanges('test-reg', orphan)).toEqual([
          { version: '1.1', previous: '1.0', date: v11.date, summary: v11.summary, changes: null },
        ]);
      } finally {
        if (previousCi !== undefined) process.env.CI = previousCi;
      }
    } finally {
      rmSync(orphan, { recursive: true, force: true });
    }
  });
});
