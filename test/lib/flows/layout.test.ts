import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flows } from '../../support/flows.ts';
import { boxesOverlap, distanceToOutline, exitPoint, outline, type Shape } from '../../../src/lib/flows/geometry.ts';
import { layoutFlow, metrics, type FlowLayout } from '../../../src/lib/flows/layout.ts';
import { edgePath } from '../../../src/lib/flows/path.ts';
import { parseFlow, type Flow } from '../../../src/lib/flows/schema.ts';
import { textWidth, wrapText } from '../../../src/lib/flows/text.ts';

/** The properties a reader relies on, as a list of broken ones (empty when the drawing is sound). */
function layoutFaults(flow: Flow, layout: FlowLayout): string[] {
  const faults: string[] = [];
  const byId = new Map(layout.nodes.map((n) => [n.id, n]));
  for (const step of flow.steps) if (!byId.has(step.id)) faults.push(`${step.id} not positioned`);
  for (const n of layout.nodes) {
    const { x, y, width, height } = n.box;
    if (![x, y, width, height].every(Number.isFinite)) faults.push(`${n.id} has a non-finite box`);
    if (x < 0 || y < 0 || x + width > layout.width || y + height > layout.height) faults.push(`${n.id} outside the drawing`);
    const room = width - (n.shape === 'hexagon' ? height * 0.7 : n.shape === 'pill' ? height * 0.35 : 0);
    for (const line of [...n.lines.map((l) => l.text)]) {
      if (textWidth(line, metrics.labelFont) > room) faults.push(`${n.id}: 「${line}」 wider than its node`);
    }
  }
  layout.nodes.forEach((a, i) =>
    layout.nodes.slice(i + 1).forEach((b) => {
      if (boxesOverlap(a.box, b.box, 8)) faults.push(`${a.id} and ${b.id} overlap`);
    }),
  );
  for (const e of layout.edges) {
    const from = byId.get(e.from)!;
    const to = byId.get(e.to)!;
    const start = e.points[0]!;
    const end = e.points.at(-1)!;
    if (distanceToOutline(outline(from.shape, from.box), start) > 0.5) faults.push(`${e.from}→${e.to} does not start on ${e.from}`);
    if (distanceToOutline(outline(to.shape, to.box), end) > 0.5) faults.push(`${e.from}→${e.to} does not end on ${e.to}`);
    if (e.label) {
      for (const n of layout.nodes) if (boxesOverlap(e.label.box, n.box)) faults.push(`label 「${e.label.text}」 covers ${n.id}`);
    }
  }
  return faults;
}

describe('layoutFlow on every definition', () => {
  it.each(flows.map((f) => [f.id, f] as const))('%s: every step placed, none overlapping, edges end on nodes', (_, flow) => {
    expect(layoutFaults(flow, layoutFlow(flow))).toEqual([]);
  });

  it('gives the same drawing for the same flow', () => {
    const flow = flows.find((f) => f.id === 'order-processing')!;
    expect(layoutFlow(flow)).toEqual(layoutFlow(structuredClone(flow)));
  });

  it('numbers the steps of a process, not the units of an org chart', () => {
    expect(layoutFlow(flows.find((f) => f.id === 'sales')!).nodes[9]!.lines[0]!.text).toMatch(/^10\. /);
    expect(layoutFlow(flows.find((f) => f.id === 'commercial-org-chart')!).nodes[0]!.lines[0]!.text).toBe('運營總監');
  });

  it('colours lanes by role, in order of first appearance', () => {
    const layout = layoutFlow(flows.find((f) => f.id === 'annual-operating-plan')!);
    expect(layout.roles).toEqual(['各部門（運營管理部組織）', '運營管理部', '運營管理委員會', '公司董事會', '各部門']);
    expect(layout.nodes.map((n) => n.lane)).toEqual([0, 1, 2, 1, 3, 4]);
  });
});

const hanzi = [...'需求調研設計方案樣品製作測試評估改進優化批量生產審核訂單庫存補貨'];
const text = (max: number) => fc.array(fc.constantFrom(...hanzi, '，', '、', '：', '？', 'A', '1'), { minLength: 1, maxLength: max }).map((c) => c.join(''));

/** Random drawable flows: a start-to-end chain plus extra forward and backward edges; forks become decisions. */
const randomFlow = fc
  .record({
    n: fc.integer({ min: 2, max: 11 }),
    labels: fc.array(text(28), { minLength: 11, maxLength: 11 }),
    roles: fc.array(fc.constantFrom('運營專員', '運營經理', '公司管理層', '倉庫管理人員'), { minLength: 11, maxLength: 11 }),
    extra: fc.array(fc.tuple(fc.nat(), fc.nat(), text(8)), { maxLength: 6 }),
  })
  .map(({ n, labels, roles, extra }) => {
    const ids = Array.from({ length: n }, (_, i) => `s${i}`);
    const edges = new Map<string, { from: string; to: string; label?: string }>();
    for (let i = 0; i < n - 1; i++) edges.set(`${i}>${i + 1}`, { from: ids[i]!, to: ids[i + 1]! });
    for (const [a, b, label] of extra) {
      const from = a % Math.max(1, n - 1);
      const to = b % n;
      if (from !== to && to !== 0 && !edges.has(`${from}>${to}`)) edges.set(`${from}>${to}`, { from: ids[from]!, to: ids[to]!, label });
    }
    const forks = new Set([...edges.values()].map((e) => e.from).filter((f, _, all) => all.indexOf(f) !== all.lastIndexOf(f)));
    for (const e of edges.values()) if (forks.has(e.from)) e.label ??= '是';
    return parseFlow({
      id: 'random',
      title: '隨機流程',
      regulation: 'commercial-operations',
      kind: 'flow',
      clauses: ['c3-4'],
      steps: ids.map((id, i) => ({
        id,
        label: labels[i]!,
        role: roles[i]!,
        clause: 'c3-4-1',
        kind: i === 0 ? 'start' : i === n - 1 ? 'end' : forks.has(id) ? 'decision' : i % 3 === 0 ? 'approval' : 'task',
      })),
      edges: [...edges.values()],
    });
  });

describe('layoutFlow on any drawable flow', () => {
  it('places every step, overlaps nothing and ends every edge on its nodes', () => {
    fc.assert(
      fc.property(randomFlow, (flow) => {
        expect(layoutFaults(flow, layoutFlow(flow))).toEqual([]);
      }),
      { numRuns: 100 },
    );
  }, 30_000);
});

describe('wrapText', () => {
  it('keeps every character, in order, in lines no wider than asked (closing punctuation excepted)', () => {
    fc.assert(
      fc.property(text(60), fc.integer({ min: 3, max: 12 }), (s, ems) => {
        const lines = wrapText(s, ems * 14, 14);
        expect(lines.join('')).toBe(s);
        // A line may run over by its closing punctuation rather than start the next line with it.
        for (const line of lines) expect(textWidth(line.replace(/[，、：？]+$/u, ''), 14)).toBeLessThanOrEqual(ems * 14);
      }),
    );
  });

  it('never starts a line with a comma, enumeration mark or colon', () => {
    fc.assert(
      fc.property(text(60), fc.integer({ min: 2, max: 10 }), (s, ems) => {
        for (const line of wrapText(s, ems * 14, 14).slice(1)) expect(line).not.toMatch(/^[，、：？]/u);
      }),
    );
  });

  it('breaks after punctuation when it can', () => {
    expect(wrapText('與供應商洽談，簽訂採購合同', 9 * 14, 14)).toEqual(['與供應商洽談，', '簽訂採購合同']);
  });
});

describe('geometry', () => {
  const box = { x: 10, y: 20, width: 160, height: 60 };
  it.each<Shape>(['rect', 'hexagon', 'pill'])('exitPoint lies on the %s outline in every direction', (shape) => {
    const polygon = outline(shape, box);
    const center = { x: 90, y: 50 };
    for (let a = 0; a < 360; a += 7) {
      const toward = { x: center.x + 500 * Math.cos((a * Math.PI) / 180), y: center.y + 500 * Math.sin((a * Math.PI) / 180) };
      expect(distanceToOutline(polygon, exitPoint(polygon, center, toward))).toBeLessThan(1e-6);
    }
  });

  it('a hexagon is entered on its slanted side, inside its bounding box corner', () => {
    const p = exitPoint(outline('hexagon', box), { x: 90, y: 50 }, { x: 10, y: 20 });
    expect(p.x).toBeGreaterThan(10);
    expect(p.y).toBeGreaterThan(20);
  });

  it('edgePath runs from the first point to the last', () => {
    const d = edgePath([{ x: 0, y: 0 }, { x: 0, y: 50 }, { x: 40, y: 50 }, { x: 40, y: 90 }]);
    expect(d.startsWith('M0,0 ')).toBe(true);
    expect(d.endsWith(' L40,90')).toBe(true);
    expect(d).toContain('Q0,50 ');
  });
});
