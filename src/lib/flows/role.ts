/** How a step's owner reads on the diagram, in the step list and in the text alternative. */
export const inferredMark = '（推定）';
export const unnamedRole = '未指明';

/** The owner as shown: the role as written, marked when inferred; 未指明 when the text names nobody. */
export function roleText(step: { role?: string | undefined; inferred?: boolean | undefined }): string {
  if (!step.role) return unnamedRole;
  return step.inferred ? `${step.role}${inferredMark}` : step.role;
}

/** Legend lines for what the drawing marks, only for marks the flow uses. */
export function flowLegend(steps: ReadonlyArray<{ role?: string | undefined; inferred?: boolean | undefined; periodic?: boolean | undefined }>): string[] {
  return [
    ...(steps.some((s) => s.role && s.inferred) ? [`${inferredMark}：條文沒有寫明由誰負責，依上下文推定。`] : []),
    ...(steps.some((s) => !s.role) ? [`${unnamedRole}：條文沒有寫明由誰負責，上下文也無法確定。`] : []),
    ...(steps.some((s) => s.periodic) ? ['虛線框：定期進行的工作，與其他步驟並行，不是接在前一步之後只做一次。'] : []),
  ];
}
