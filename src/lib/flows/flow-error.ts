/** A flow definition that cannot be drawn; the message names the flow and its file (content/flows/{id}.yaml). */
export class FlowError extends Error {
  readonly flowId: string;
  readonly reasons: string[];

  constructor(flowId: string, reasons: string[]) {
    super(`流程「${flowId}」（content/flows/${flowId}.yaml）定義有誤：${reasons.join('；')}`);
    this.name = 'FlowError';
    this.flowId = flowId;
    this.reasons = reasons;
  }
}
