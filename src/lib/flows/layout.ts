import dagre from '@dagrejs/dagre';
import { exitPoint, outline, type Box, type Point, type Shape } from './geometry.ts';
import { roleText } from './role.ts';
import type { Flow, StepKind } from './schema.ts';
import { textWidth, wrapText } from './text.ts';

/** Sizes in SVG user units (= CSS px at 100 %); the component's CSS uses the same font sizes. */
export const metrics = {
  labelFont: 14,
  labelLine: 19,
  roleFont: 12,
  roleLine: 16,
  edgeFont: 12,
  padX: 14,
  padY: 8,
  maxLabelWidth: 9 * 14,
  minWidth: 96,
} as const;

const shapes: Record<StepKind, Shape> = { start: 'pill', end: 'pill', task: 'rect', approval: 'rect', decision: 'hexagon' };

export interface TextLine {
  text: string;
  /** Baseline. */
  y: number;
}

/** The role under the label, centred at `x`, after a lane-coloured swatch when the flow has several roles. */
export interface RoleLine extends TextLine {
  x: number;
  swatch?: Point;
}

const swatchSize = 8;
const swatchGap = 6;

export interface PositionedNode {
  id: string;
  /** 1-based position in the definition: the step's number in the diagram and the list. */
  number: number;
  kind: StepKind;
  shape: Shape;
  role: string;
  /** Index of the role in order of first appearance; picks the lane colour. */
  lane: number;
  /** A recurring activity, drawn with a dashed outline. */
  periodic: boolean;
  box: Box;
  center: Point;
  lines: TextLine[];
  roleLine: RoleLine;
}

export interface PositionedEdge {
  from: string;
  to: string;
  /** From the source outline to the target outline. */
  points: Point[];
  label?: { text: string; box: Box };
}

export interface FlowLayout {
  width: number;
  height: number;
  roles: string[];
  nodes: PositionedNode[];
  edges: PositionedEdge[];
}

function nodeSize(shape: Shape, lines: string[], roleWidth: number): { width: number; height: number } {
  const height = lines.length * metrics.labelLine + metrics.roleLine + 2 * metrics.padY + 4;
  const text = Math.max(...lines.map((l) => textWidth(l, metrics.labelFont)), roleWidth);
  // Pointed or rounded ends leave less room for text than the box.
  const ends = shape === 'hexagon' ? height * 0.7 : shape === 'pill' ? height * 0.35 : 0;
  return { width: Math.max(metrics.minWidth, Math.ceil(text + 2 * metrics.padX + ends)), height };
}

/** Positions every step and routes every edge, top to bottom, with dagre. Pure: same flow, same drawing. */
export function layoutFlow(flow: Flow): FlowLayout {
  const numbered = flow.kind === 'flow';
  const roles = [...new Set(flow.steps.map(roleText))];
  const swatch = roles.length > 1 ? swatchSize + swatchGap : 0;
  const roleWidth = (role: string) => textWidth(role, metrics.roleFont) + swatch;
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: 'TB', nodesep: 28, ranksep: 36, edgesep: 14, marginx: 12, marginy: 12 });
  g.setDefaultEdgeLabel(() => ({}));
  const roleLineFor = (text: string, cx: number, y: number): RoleLine => {
    if (!swatch) return { text, x: cx, y };
    const left = cx - roleWidth(text) / 2;
    return { text, x: left + swatch + (roleWidth(text) - swatch) / 2, y, swatch: { x: left, y: y - swatchSize - 1 } };
  };
  const wrapped = new Map<string, string[]>();
  flow.steps.forEach((step, i) => {
    const lines = wrapText(numbered ? `${i + 1}. ${step.label}` : step.label, metrics.maxLabelWidth, metrics.labelFont);
    wrapped.set(step.id, lines);
    g.setNode(step.id, nodeSize(shapes[step.kind], lines, roleWidth(roleText(step))));
  });
  flow.edges.forEach((edge, i) => {
    const label = edge.label
      ? { width: Math.ceil(textWidth(edge.label, metrics.edgeFont)) + 10, height: metrics.edgeFont + 8, labelpos: 'c' as const }
      : {};
    g.setEdge(edge.from, edge.to, label, `e${i}`);
  });
  // Siblings left to right in the order the text lists them (dagre alone may mirror them).
  const constraints = flow.steps.flatMap((step) => {
    const children = flow.edges.filter((e) => e.from === step.id).map((e) => e.to);
    return children.slice(1).map((right, i) => ({ left: children[i]!, right }));
  });
  dagre.layout(g, { constraints });

  const nodes: PositionedNode[] = flow.steps.map((step, i) => {
    const n = g.node(step.id);
    const box = { x: n.x! - n.width / 2, y: n.y! - n.height / 2, width: n.width, height: n.height };
    const lines = wrapped.get(step.id)!;
    const first = box.y + metrics.padY + metrics.labelFont + 1;
    return {
      id: step.id,
      number: i + 1,
      kind: step.kind,
      shape: shapes[step.kind],
      role: roleText(step),
      lane: roles.indexOf(roleText(step)),
      periodic: step.periodic ?? false,
      box,
      center: { x: n.x!, y: n.y! },
      lines: lines.map((text, k) => ({ text, y: first + k * metrics.labelLine })),
      roleLine: roleLineFor(roleText(step), n.x!, first + (lines.length - 1) * metrics.labelLine + metrics.roleLine + 2),
    };
  });
  const byId = new Map(nodes.map((n) => [n.id, n]));

  const edges: PositionedEdge[] = flow.edges.map((edge, i) => {
    const data = g.edge({ v: edge.from, w: edge.to, name: `e${i}` });
    const source = byId.get(edge.from)!;
    const target = byId.get(edge.to)!;
    // dagre ends edges on bounding boxes; re-end them on the drawn outlines.
    const inner = (data.points ?? []).slice(1, -1);
    const start = exitPoint(outline(source.shape, source.box), source.center, inner[0] ?? target.center);
    const end = exitPoint(outline(target.shape, target.box), target.center, inner.at(-1) ?? source.center);
    const positioned: PositionedEdge = { from: edge.from, to: edge.to, points: [start, ...inner, end] };
    if (edge.label) {
      const { x, y, width, height } = data as { x: number; y: number; width: number; height: number };
      positioned.label = { text: edge.label, box: { x: x - width / 2, y: y - height / 2, width, height } };
    }
    return positioned;
  });

  const graph = g.graph();
  const extent = [
    ...nodes.map((n) => ({ x: n.box.x + n.box.width, y: n.box.y + n.box.height })),
    ...edges.flatMap((e) => [...e.points, ...(e.label ? [{ x: e.label.box.x + e.label.box.width, y: e.label.box.y + e.label.box.height }] : [])]),
  ];
  const width = Math.ceil(Math.max(graph.width ?? 0, ...extent.map((p) => p.x + 12)));
  const height = Math.ceil(Math.max(graph.height ?? 0, ...extent.map((p) => p.y + 12)));
  return { width, height, roles, nodes, edges };
}
