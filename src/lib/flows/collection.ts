import { FlowError } from './flow-error.ts';
import type { Flow } from './schema.ts';

/** One checked flow file of the collection: content/flows/{id}.yaml. */
export interface FlowEntry {
  /** The file name without .yaml. */
  id: string;
  data: Flow;
}

const clauseNumbers = (id: string) => id.replace(/^c/, '').split(/-i?/).map(Number);

function compareClauses(a: string, b: string): number {
  const [x, y] = [clauseNumbers(a), clauseNumbers(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? -1) !== (y[i] ?? -1)) return (x[i] ?? -1) - (y[i] ?? -1);
  return 0;
}

/**
 * The flows in reading order (regulation order, then where in the text they are drawn). Refuses a file whose id
 * is not its name, so a link `<FlowDiagram id="…" />` and the file HR opens always agree.
 */
export function flowList(entries: readonly FlowEntry[], regulationSlugs: readonly string[]): Flow[] {
  for (const entry of entries) {
    if (entry.data.id !== entry.id) throw new FlowError(entry.data.id, [`id 必須與檔名相同：content/flows/${entry.id}.yaml 應寫 id: ${entry.id}`]);
  }
  const rank = (flow: Flow) => regulationSlugs.indexOf(flow.regulation);
  return entries.map((e) => e.data).sort((a, b) => rank(a) - rank(b) || compareClauses(a.clauses[0]!, b.clauses[0]!));
}

export function flowById(flows: readonly Flow[], id: string): Flow {
  const flow = flows.find((f) => f.id === id);
  if (!flow) throw new Error(`找不到流程「${id}」（content/flows/${id}.yaml）；現有流程：${flows.map((f) => f.id).join('、')}`);
  return flow;
}
