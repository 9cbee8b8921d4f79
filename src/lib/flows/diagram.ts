import { assertClausesExist, type ClauseLookup } from './clause-check.ts';
import { flowById } from './collection.ts';
import { describeSteps, orgTree } from './describe.ts';
import { layoutFlow } from './layout.ts';
import type { Flow } from './schema.ts';

/**
 * Everything FlowDiagram.astro draws for one flow. Checks the clauses of every flow, not only this one, so a bad
 * definition fails the build even before it is embedded anywhere.
 */
export function diagramFor(id: string, flows: readonly Flow[], lookup: ClauseLookup, base = '/') {
  for (const flow of flows) assertClausesExist(flow, lookup);
  const flow = flowById(flows, id);
  const steps = describeSteps(flow, lookup, base);
  return { flow, steps, layout: layoutFlow(flow), tree: flow.kind === 'org' ? orgTree(flow, steps) : undefined };
}
