import { clauseHref } from '../clause.ts';
import { assertClausesExist, type ClauseLookup } from './clause-check.ts';
import { excerptFor, unitExcerpt, type Excerpt } from './excerpt.ts';
import { roleText } from './role.ts';
import type { Flow, StepKind } from './schema.ts';

export const kindNames: Record<StepKind, string> = { start: '開始', task: '工作', decision: '判斷', approval: '審批', end: '結束' };

/** A step in words: what the step list shows and what the stepper island receives. */
export interface StepView {
  id: string;
  number: number;
  label: string;
  role: string;
  kindName: string;
  /** Where it leads (or, in an org chart, whom it reports to and leads), in words. */
  branches: string[];
  /** The clause the step comes from; `excerpt` is its text split around the step's own sentence. */
  clause: { id: string; href: string; label: string; excerpt: Excerpt };
}

/** Each step's ways out in words: 「未達標：回到第 5 步「改進」」. */
function flowBranches(flow: Flow, index: number): string[] {
  const step = flow.steps[index]!;
  const periodic = step.periodic ? ['定期進行，與其他步驟並行'] : [];
  if (step.kind === 'end') return [...periodic, '流程結束'];
  const out = flow.edges.filter((e) => e.from === step.id);
  // Several unlabelled ways out of a step that decides nothing: the next steps go on side by side.
  const fork = step.kind !== 'decision' && out.filter((e) => !e.label).length > 1;
  return [
    ...periodic,
    ...out.map((e) => {
      const j = flow.steps.findIndex((s) => s.id === e.to);
      const target = `第 ${j + 1} 步「${flow.steps[j]!.label}」`;
      return e.label ? `${e.label}：${j <= index ? '回到' : '前往'}${target}` : `${fork ? '同時進行' : '接著'}：${target}`;
    }),
  ];
}

function orgBranches(flow: Flow, index: number): string[] {
  const id = flow.steps[index]!.id;
  const label = (to: string) => flow.steps.find((s) => s.id === to)!.label;
  const up = flow.edges.filter((e) => e.to === id).map((e) => label(e.from));
  const down = flow.edges.filter((e) => e.from === id).map((e) => label(e.to));
  return [...(up.length ? [`上級：${up.join('、')}`] : []), ...(down.length ? [`下轄：${down.join('、')}`] : [])];
}

/** The steps in definition order, with their clause's label, text and link; throws when a clause is missing. */
export function describeSteps(flow: Flow, lookup: ClauseLookup, base = '/'): StepView[] {
  assertClausesExist(flow, lookup);
  return flow.steps.map((step, i) => {
    const clause = lookup(flow.regulation, step.clause)!;
    return {
      id: step.id,
      number: i + 1,
      label: step.label,
      role: roleText(step),
      kindName: kindNames[step.kind],
      branches: flow.kind === 'org' ? orgBranches(flow, i) : flowBranches(flow, i),
      clause: {
        id: step.clause,
        href: clauseHref({ regulation: flow.regulation, id: step.clause }, base),
        label: clause.label,
        excerpt:
          flow.kind === 'org'
            ? unitExcerpt(clause.text, step.label, flow.steps.map((s) => s.label).filter((l) => l !== step.label))
            : excerptFor(clause.text, step.label),
      },
    };
  });
}

export interface OrgUnit {
  step: StepView;
  children: OrgUnit[];
}

/** An org chart as a tree from its single top unit, for a nested list. */
export function orgTree(flow: Flow, steps: StepView[]): OrgUnit {
  const build = (id: string): OrgUnit => ({
    step: steps.find((s) => s.id === id)!,
    children: flow.edges.filter((e) => e.from === id).map((e) => build(e.to)),
  });
  return build(flow.steps.find((s) => !flow.edges.some((e) => e.to === s.id))!.id);
}
