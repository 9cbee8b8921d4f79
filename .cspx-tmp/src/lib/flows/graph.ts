/** The shape the graph checks need; schema.ts passes its parsed flow. */
interface GraphInput {
  kind: 'flow' | 'org';
  steps: ReadonlyArray<{ id: string; kind: string }>;
  edges: ReadonlyArray<{ from: string; to: string; label?: string | undefined }>;
}

/** Every step reachable from `roots` along `next`. */
function reach(roots: string[], next: Map<string, string[]>): Set<string> {
  const seen = new Set(roots);
  const queue = [...roots];
  while (queue.length) {
    for (const to of next.get(queue.shift()!) ?? []) {
      if (!seen.has(to)) {
        seen.add(to);
        queue.push(to);
      }
    }
  }
  return seen;
}

function adjacency(edges: GraphInput['edges'], reverse = false): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const { from, to } of edges) {
    const [a, b] = reverse ? [to, from] : [from, to];
    map.set(a, [...(map.get(a) ?? []), b]);
  }
  return map;
}

function flowProblems({ steps, edges }: GraphInput): string[] {
  const problems: string[] = [];
  const ofKind = (kind: string) => steps.filter((s) => s.kind === kind).map((s) => s.id);
  const starts = ofKind('start');
  const ends = ofKind('end');
  if (!starts.length) problems.push('沒有開始步驟（kind: start）');
  if (!ends.length) problems.push('沒有結束步驟（kind: end）');
  const forward = adjacency(edges);
  const reached = reach(starts, forward);
  const leadsToEnd = reach(ends, adjacency(edges, true));
  for (const step of steps) {
    const out = edges.filter((e) => e.from === step.id);
    if (step.kind === 'end' && out.length) problems.push(`結束步驟「${step.id}」不可再有後續連線`);
    if (starts.length && !reached.has(step.id)) {
      problems.push(step.kind === 'end' ? `無法到達結束步驟「${step.id}」` : `步驟「${step.id}」無法從開始步驟到達`);
    }
    if (ends.length && step.kind !== 'end' && !leadsToEnd.has(step.id)) {
      problems.push(`步驟「${step.id}」之後無法到達任何結束步驟`);
    }
    if (step.kind === 'decision' && (out.length < 2 || out.some((e) => !e.label))) {
      problems.push(`判斷步驟「${step.id}」需要至少兩條分支，且每條分支都要有標籤`);
    }
  }
  return problems;
}

function orgProblems({ steps, edges }: GraphInput): string[] {
  const problems = steps.filter((s) => s.kind !== 'task').map((s) => `組織圖的單位「${s.id}」類型須為 task`);
  const parents = adjacency(edges, true);
  const roots = steps.filter((s) => !parents.has(s.id)).map((s) => s.id);
  if (roots.length !== 1) problems.push(`組織圖須恰有一個最上層單位，目前有 ${roots.length} 個`);
  for (const [child, ups] of parents) {
    if (ups.length > 1) problems.push(`單位「${child}」有多個上級：${ups.join('、')}`);
  }
  const reached = reach(roots, adjacency(edges));
  for (const step of steps) if (!reached.has(step.id)) problems.push(`單位「${step.id}」不在組織架構的層級中`);
  return problems;
}

/**
 * What makes a definition undrawable, in Chinese, one reason per problem: duplicate or dangling ids, then for
 * a process flow that every step lies on a path from a start to an end, and for an org chart that it is a tree.
 */
export function graphProblems(flow: GraphInput): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const step of flow.steps) {
    if (ids.has(step.id)) problems.push(`步驟 id「${step.id}」重複`);
    ids.add(step.id);
  }
  const pairs = new Set<string>();
  for (const { from, to } of flow.edges) {
    for (const end of [from, to]) if (!ids.has(end)) problems.push(`連線 ${from}→${to} 指向不存在的步驟「${end}」`);
    if (from === to) problems.push(`連線 ${from}→${to} 不可指向自己`);
    if (pairs.has(`${from}>${to}`)) problems.push(`連線 ${from}→${to} 重複`);
    pairs.add(`${from}>${to}`);
  }
  if (problems.length) return problems;
  return flow.kind === 'org' ? orgProblems(flow) : flowProblems(flow);
}
