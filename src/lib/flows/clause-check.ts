import { sectionOf } from '../clause.ts';
import type { ClauseEntry } from './clauses.ts';
import { FlowError } from './flow-error.ts';
import type { Flow } from './schema.ts';

/** Finds a clause of a regulation in its chapters; undefined when the chapters do not carry that id. */
export type ClauseLookup = (regulation: string, id: string) => ClauseEntry | undefined;

/** Every clause id the flow names that its regulation's chapters do not carry, as Chinese reasons. */
export function clauseProblems(flow: Flow, lookup: ClauseLookup): string[] {
  const where = (id: string) => `content/docs/${flow.regulation}/s${sectionOf(id)}.mdx`;
  const missing = (id: string) => !lookup(flow.regulation, id);
  return [
    ...flow.clauses.filter(missing).map((id) => `來源條文 ${id} 不在 ${where(id)} 中`),
    ...flow.steps.filter((s) => missing(s.clause)).map((s) => `步驟「${s.id}」的條文 ${s.clause} 不在 ${where(s.clause)} 中`),
  ];
}

/** Throws a FlowError naming the flow when a clause it cites does not exist. */
export function assertClausesExist(flow: Flow, lookup: ClauseLookup): void {
  const problems = clauseProblems(flow, lookup);
  if (problems.length) throw new FlowError(flow.id, problems);
}
