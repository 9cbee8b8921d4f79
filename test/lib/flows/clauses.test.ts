import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flows } from '../../support/flows.ts';
import { sectionOf } from '../../../src/lib/clause.ts';
import { chapterLookup } from '../../../src/content-access/chapters.ts';
import { assertClausesExist, clauseProblems } from '../../../src/lib/flows/clause-check.ts';
import { chapterClauses } from '../../../src/lib/flows/clauses.ts';
import { diagramFor } from '../../../src/lib/flows/diagram.ts';
import { FlowError } from '../../../src/lib/flows/flow-error.ts';
import { docsRoot } from '../../support/chapters.ts';

const fixture = `---
title: "三、測試"
---

import Clause from '@components/policy/Clause.astro';

導言。

## （一）第一節 {#c3-1}

本節說明\\-甲。

<Clause id="c3-1-1" n={1} title="信息收集">
每年<Placeholder name="具體時間" />前收集。
</Clause>

<Clause id="c3-1-2" n={2}>
<ul class="clause-items">
<ClauseItem id="c3-1-2-i1" title="庫存規劃">確定安全庫存。</ClauseItem>
</ul>
</Clause>

## （二）第二節 {#c3-2}

## 沒有編號的標題
`;

describe('chapterClauses', () => {
  const clauses = chapterClauses(fixture, 3);

  it('reads a ## heading by the id written on it, as the page does', () => {
    expect(clauses.get('c3-1')).toEqual({ id: 'c3-1', label: '（一）第一節', text: '本節說明-甲。' });
    expect(clauses.get('c3-2')?.label).toBe('（二）第二節');
  });

  it('reads a clause with its number, title and text, placeholders shown as in the page', () => {
    expect(clauses.get('c3-1-1')).toEqual({ id: 'c3-1-1', label: '第1條「信息收集」', text: '每年[具體時間]前收集。' });
  });

  it('reads an item by its title, and a clause without its own words by its label', () => {
    expect(clauses.get('c3-1-2-i1')).toEqual({ id: 'c3-1-2-i1', label: '「庫存規劃」', text: '確定安全庫存。' });
    expect(clauses.get('c3-1-2')?.label).toBe('第2條');
  });

  it('knows nothing of ids the chapter does not carry', () => {
    expect(clauses.has('c3-1-3')).toBe(false);
    expect(clauses.has('c3-3')).toBe(false);
    expect([...clauses.values()].some((c) => c.label === '沒有編號的標題')).toBe(false);
  });
});

describe('clause ids in the flows', () => {
  const lookup = chapterLookup();

  it.each(flows.map((f) => [f.id, f] as const))('%s cites only clauses its chapters carry', (_, flow) => {
    expect(clauseProblems(flow, lookup)).toEqual([]);
  });

  it('a clause id that is not in the chapter fails with the flow id, the step and the file', () => {
    const flow = structuredClone(flows.find((f) => f.id === 'order-processing')!);
    flow.steps[1]!.clause = 'c3-4-3-i9';
    flow.clauses = ['c3-9'];
    expect(() => assertClausesExist(flow, lookup)).toThrow(FlowError);
    expect(() => assertClausesExist(flow, lookup)).toThrow(
      '流程「order-processing」（content/flows/order-processing.yaml）定義有誤：來源條文 c3-9 不在 content/docs/commercial-operations/s3.mdx 中；' +
        '步驟「review」的條文 c3-4-3-i9 不在 content/docs/commercial-operations/s3.mdx 中',
    );
  });

  it('drawing any diagram fails when another flow cites a clause the chapters lost', () => {
    const lost: typeof lookup = (regulation, id) => (id === 'c3-4-3-i2' ? undefined : lookup(regulation, id));
    expect(() => diagramFor('sales', flows, lost)).toThrow(/^流程「order-processing」（content\/flows\/order-processing\.yaml）定義有誤：步驟「review」的條文 c3-4-3-i2 不在/);
    expect(() => diagramFor('sales', flows, lookup)).not.toThrow();
  });

  it('a clause on a section page that does not exist is missing too', () => {
    const flow = structuredClone(flows.find((f) => f.id === 'sales')!);
    flow.steps[0]!.clause = 'c12-1-1';
    expect(clauseProblems(flow, lookup)).toEqual(['步驟「prospect」的條文 c12-1-1 不在 content/docs/commercial-operations/s12.mdx 中']);
  });
});

describe('each diagram sits in its chapter next to its text', () => {
  const anchors = /^##\s.*\{#([\w-]+)\}\s*$|<(?:Clause|ClauseItem)\b[^>]*\bid="([^"]+)"/gm;

  it.each(flows.map((f) => [f.id, f] as const))('%s', (_, flow) => {
    const source = flow.clauses[0]!;
    const mdx = readFileSync(join(docsRoot, flow.regulation, `s${sectionOf(source)}.mdx`), 'utf8');
    const at = mdx.indexOf(`<FlowDiagram id="${flow.id}" />`);
    expect(at, `<FlowDiagram id="${flow.id}" /> is not in the chapter`).toBeGreaterThan(0);
    expect(mdx).toMatch(/^import FlowDiagram from '@components\/flow\/FlowDiagram\.astro';$/m);
    // Right after its source's heading, clause or last item; or at the top of the page, before its source.
    const positions = [...mdx.matchAll(anchors)].map((m) => ({ at: m.index, id: m[1] ?? m[2] }));
    const before = positions.filter((p) => p.at < at).at(-1)?.id;
    const after = positions.find((p) => p.at > at)?.id;
    const ours = (id?: string) => !!id && flow.clauses.some((c) => id === c || id.startsWith(`${c}-`));
    expect(ours(before) || (!before && ours(after)), `between ${before} and ${after}`).toBe(true);
  });
});
