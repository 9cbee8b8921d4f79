export interface Point {
  x: number;
  y: number;
}

/** A node's box: top-left corner and size. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type Shape = 'pill' | 'rect' | 'hexagon';

const arcSegments = 24;

/**
 * The node's outline as a convex polygon: what edges are clipped to and what the SVG draws (pills are drawn as
 * rounded rects; the polygon follows their arcs to within a tenth of a pixel).
 */
export function outline(shape: Shape, { x, y, width: w, height: h }: Box): Point[] {
  if (shape === 'rect') return [{ x, y }, { x: x + w, y }, { x: x + w, y: y + h }, { x, y: y + h }];
  const r = h / 2;
  if (shape === 'hexagon') {
    return [{ x: x + r, y }, { x: x + w - r, y }, { x: x + w, y: y + r }, { x: x + w - r, y: y + h }, { x: x + r, y: y + h }, { x, y: y + r }];
  }
  const arc = (cx: number, from: number) =>
    Array.from({ length: arcSegments + 1 }, (_, i) => {
      const a = from + (Math.PI * i) / arcSegments;
      return { x: cx + r * Math.cos(a), y: y + r + r * Math.sin(a) };
    });
  return [...arc(x + w - r, -Math.PI / 2), ...arc(x + r, Math.PI / 2)];
}

const cross = (a: Point, b: Point) => a.x * b.y - a.y * b.x;

/**
 * Where the ray from `inside` towards `toward` leaves the convex polygon. Used to end an edge exactly on a
 * node's outline rather than on its bounding box.
 */
export function exitPoint(polygon: Point[], inside: Point, toward: Point): Point {
  let d = { x: toward.x - inside.x, y: toward.y - inside.y };
  if (Math.hypot(d.x, d.y) < 1e-9) d = { x: 0, y: 1 };
  let best = Infinity;
  for (let i = 0; i < polygon.length; i++) {
    const a = polygon[i]!;
    const b = polygon[(i + 1) % polygon.length]!;
    const e = { x: b.x - a.x, y: b.y - a.y };
    const denom = cross(d, e);
    if (Math.abs(denom) < 1e-12) continue;
    const ap = { x: a.x - inside.x, y: a.y - inside.y };
    const t = cross(ap, e) / denom;
    const u = cross(ap, d) / denom;
    if (t > 0 && u >= -1e-9 && u <= 1 + 1e-9) best = Math.min(best, t);
  }
  return { x: inside.x + best * d.x, y: inside.y + best * d.y };
}

/** Distance from `p` to the polygon's boundary. */
export function distanceToOutline(polygon: Point[], p: Point): number {
  let best = Infinity;
  for (let i = 0; i < polygon.length; i++) {
    const a = polygon[i]!;
    const b = polygon[(i + 1) % polygon.length]!;
    const len2 = (b.x - a.x) ** 2 + (b.y - a.y) ** 2;
    const t = len2 ? Math.max(0, Math.min(1, ((p.x - a.x) * (b.x - a.x) + (p.y - a.y) * (b.y - a.y)) / len2)) : 0;
    best = Math.min(best, Math.hypot(p.x - (a.x + t * (b.x - a.x)), p.y - (a.y + t * (b.y - a.y))));
  }
  return best;
}

export function boxesOverlap(a: Box, b: Box, gap = 0): boolean {
  return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
}
