import { z } from 'astro/zod';
import { idPattern } from '../clause.ts';
import { regulationField } from '../regulation-field.ts';
import { FlowError } from './flow-error.ts';
import { graphProblems } from './graph.ts';

export const stepKinds = ['start', 'task', 'decision', 'approval', 'end'] as const;
export const flowKinds = ['flow', 'org'] as const;

const slug = z.string().regex(/^[a-z][a-z0-9-]*$/, { message: 'id 只能使用小寫英文字母、數字與連字號' });
const text = z.string().trim().min(1, { message: '不可為空白' });
const clauseId = z.string().refine((id) => idPattern.test(id), { message: '條文編號格式應為 c{章}-{節}-{條}[-i{項}]' });

export const stepSchema = z.object({
  id: slug,
  label: text,
  kind: z.enum(stepKinds, { message: `步驟類型必須是 ${stepKinds.join(' / ')} 之一` }),
  /**
   * Who does the step: the swimlane, shown on the node and in the step list. Leave it out when the text names
   * nobody and the context does not say either: the step then reads 「未指明」 rather than a guess.
   */
  role: text.optional(),
  /** The text does not name the owner; `role` is read from the context and shown with 「（推定）」. */
  inferred: z.boolean().optional(),
  /** Done again and again (「定期…」), alongside the other steps rather than once after the previous one. */
  periodic: z.boolean().optional(),
  /** Where the text describes the step; it must exist in the regulation's chapters. */
  clause: clauseId,
});

export const edgeSchema = z.object({
  from: slug,
  to: slug,
  /** Names a branch or loop (「未通過」, 「重新測試」); decisions label every way out. */
  label: text.optional(),
});

const buildFlowSchema = (regulationSlugs?: readonly string[]) => z
  .object({
    id: slug,
    title: text,
    regulation: regulationField(regulationSlugs, slug),
    kind: z.enum(flowKinds, { message: 'kind 必須是 flow 或 org' }),
    /** The subsection or clause(s) the whole diagram draws; the diagram sits next to the first one. */
    clauses: z.array(clauseId).min(1, { message: '至少要有一個來源條文' }),
    /** Shown under the caption, for what the drawing cannot say (e.g. 「職能小組依業務需要設置」). */
    note: text.optional(),
    steps: z.array(stepSchema).min(2, { message: '至少要有兩個步驟' }),
    edges: z.array(edgeSchema).min(1, { message: '至少要有一條連線' }),
  })
  .superRefine((flow, ctx) => {
    for (const message of graphProblems(flow)) ctx.addIssue({ code: 'custom', message });
  });

/** The shape of a flow, any regulation slug accepted. */
export const flowSchema = buildFlowSchema();

/** The schema of content/flows/*.yaml for a site with these regulations. */
export const flowSchemaFor = (regulationSlugs: readonly string[]) => buildFlowSchema(regulationSlugs);

export type StepKind = (typeof stepKinds)[number];
export type Step = z.infer<typeof stepSchema>;
export type Edge = z.infer<typeof edgeSchema>;
export type Flow = z.infer<typeof flowSchema>;
/** What a definition file (content/flows/{id}.yaml) writes, before trimming. */
export type FlowInput = z.input<typeof flowSchema>;

function where(input: unknown, path: PropertyKey[]): string {
  const [list, index, field] = path;
  if ((list === 'steps' || list === 'edges') && typeof index === 'number') {
    const item = (input as Record<string, unknown[]> | undefined)?.[list]?.[index] as Record<string, unknown> | undefined;
    const name = list === 'steps' ? `步驟「${String(item?.id ?? index + 1)}」` : `連線 ${String(item?.from)}→${String(item?.to)}`;
    return field === undefined ? `${name}：` : `${name}的 ${String(field)}：`;
  }
  return path.length ? `${path.map(String).join('.')}：` : '';
}

/** zod skips the graph checks once a field is wrong; run them anyway when the shape allows, to report all. */
function rawGraphProblems(input: unknown): string[] {
  const raw = input as { kind?: unknown; steps?: unknown; edges?: unknown } | null;
  const shaped =
    Array.isArray(raw?.steps) &&
    Array.isArray(raw.edges) &&
    raw.steps.every((s) => typeof s?.id === 'string') &&
    raw.edges.every((e) => typeof e?.from === 'string' && typeof e?.to === 'string');
  return shaped ? graphProblems({ ...(raw as Parameters<typeof graphProblems>[0]), kind: raw?.kind === 'org' ? 'org' : 'flow' }) : [];
}

/** Validates one definition; throws a FlowError naming the flow and every reason it is refused. */
export function parseFlow(input: unknown, regulationSlugs?: readonly string[]): Flow {
  const result = buildFlowSchema(regulationSlugs).safeParse(input);
  if (result.success) return result.data;
  const id = (input as { id?: unknown } | null)?.id;
  const reasons = result.error.issues.map((issue) => `${where(input, issue.path)}${issue.message}`);
  throw new FlowError(typeof id === 'string' && id ? id : '（未命名）', [...new Set([...reasons, ...rawGraphProblems(input)])]);
}
