import { describe, expect, it } from 'vitest';
import { flows } from '../../support/flows.ts';
import { chapterLookup } from '../../../src/content-access/chapters.ts';
import { describeSteps } from '../../../src/lib/flows/describe.ts';
import { layoutFlow } from '../../../src/lib/flows/layout.ts';
import { flowLegend, inferredMark, roleText } from '../../../src/lib/flows/role.ts';
import { parseFlow } from '../../../src/lib/flows/schema.ts';

const lookup = chapterLookup();
const processFlows = flows.filter((flow) => flow.kind === 'flow');

/** The names a role is made of: 「運營專員與倉庫管理人員」 → both; 「運營專員（協助運營經理）」 → both. */
const namesIn = (role: string) => role.split(/[與、（）()]/).map((part) => part.trim()).filter(Boolean);

describe('who does a step', () => {
  it.each(processFlows.map((flow) => [flow.id, flow] as const))(
    '%s: an owner the cited clause does not name is marked as inferred',
    (_, flow) => {
      const unmarked = flow.steps.filter((step) => {
        if (!step.role || step.inferred) return false;
        const text = lookup(flow.regulation, step.clause)?.text ?? '';
        return !namesIn(step.role).every((name) => text.includes(name));
      });
      expect(unmarked.map((s) => `${s.id}: ${s.role} (${s.clause})`)).toEqual([]);
    },
  );

  it('shows 「（推定）」 on the drawing, in the step list and in the legend', () => {
    const flow = processFlows.find((f) => f.steps.some((s) => s.role && s.inferred))!;
    const step = flow.steps.find((s) => s.role && s.inferred)!;
    const node = layoutFlow(flow).nodes.find((n) => n.id === step.id)!;
    expect(node.roleLine.text).toBe(`${step.role}${inferredMark}`);
    expect(describeSteps(flow, lookup).find((s) => s.id === step.id)!.role).toBe(`${step.role}${inferredMark}`);
    expect(flowLegend(flow.steps).join('')).toContain(inferredMark);
  });

  it('a step without an owner reads 未指明, never a guess', () => {
    const flow = parseFlow({
      id: 'demo',
      title: '示例',
      regulation: 'operating-model',
      kind: 'flow',
      clauses: ['c3-1'],
      steps: [
        { id: 'a', kind: 'start', label: '開始', role: '市場調研專員', clause: 'c3-1-1' },
        { id: 'b', kind: 'end', label: '結束', clause: 'c3-1-2' },
      ],
      edges: [{ from: 'a', to: 'b' }],
    });
    expect(roleText(flow.steps[1]!)).toBe('未指明');
    expect(layoutFlow(flow).nodes[1]!.roleLine.text).toBe('未指明');
    expect(flowLegend(flow.steps).join('')).toContain('未指明');
  });
});

const byId = (id: string) => flows.find((flow) => flow.id === id)!;

/** Every step reachable from `from` without taking an edge labelled `avoid`. */
function reachable(flow: (typeof flows)[number], from: string[], avoid?: RegExp): Set<string> {
  const seen = new Set(from);
  const queue = [...from];
  while (queue.length) {
    const id = queue.shift()!;
    for (const edge of flow.edges.filter((e) => e.from === id && !(avoid && e.label && avoid.test(e.label)))) {
      if (!seen.has(edge.to)) {
        seen.add(edge.to);
        queue.push(edge.to);
      }
    }
  }
  return seen;
}
const starts = (flow: (typeof flows)[number]) => flow.steps.filter((s) => s.kind === 'start').map((s) => s.id);
const citing = (flow: (typeof flows)[number], clause: string) => flow.steps.filter((s) => s.clause === clause).map((s) => s.id);

describe('flows follow the text', () => {
  it('商品管理: a slow seller can be taken off sale (c3-4-1-i4, i5) without first selling normally', () => {
    const flow = byId('merchandise-management');
    const slow = flow.steps.filter((s) => s.clause === 'c3-4-1-i4' && s.kind !== 'decision').map((s) => s.id);
    const fromSlow = reachable(flow, slow, /銷售正常/);
    const delist = flow.steps.filter((s) => s.kind === 'end' && /下架/.test(s.label)).map((s) => s.id);
    expect(delist.some((id) => fromSlow.has(id)), 'no end step that takes goods off sale is reachable').toBe(true);
  });

  it('庫存管理: stocktaking (c3-4-2-i4) is regular, not only when stock is sufficient', () => {
    const flow = byId('inventory-management');
    const reached = reachable(flow, starts(flow), /.+/); // unconditional edges only
    const count = citing(flow, 'c3-4-2-i4');
    expect(count.some((id) => reached.has(id) || flow.steps.find((s) => s.id === id)!.periodic)).toBe(true);
  });

  it('市場調研與分析: the 市場部門負責人 reports the advice to 公司管理層, not the recipient itself', () => {
    const flow = byId('market-research-analysis');
    const report = flow.steps.find((s) => /上報/.test(s.label))!;
    expect(report.role).toBe('市場部門負責人');
  });

  it.each([
    ['marketing-sales', ['c3-4-3', 'c3-4-4']],
    ['customer-service-support', ['c3-5-3', 'c3-5-4']],
  ])('%s: activities the text lists side by side are not drawn as one chain', (id, clauses) => {
    const flow = byId(id);
    const [a, b] = clauses.map((clause) => citing(flow, clause)[0]!);
    // Neither activity waits for the other: no path leads from one to the other.
    expect(reachable(flow, [a]).has(b)).toBe(false);
    expect(reachable(flow, [b]).has(a)).toBe(false);
  });
});
