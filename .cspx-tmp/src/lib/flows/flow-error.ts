/** A flow definition that cannot be drawn; the message names the flow so a failed build points at the file. */
export class FlowError extends Error {
  readonly flowId: string;
  readonly reasons: string[];

  constructor(flowId: string, reasons: string[]) {
    super(`流程「${flowId}」定義有誤：${reasons.join('；')}`);
    this.name = 'FlowError';
    this.flowId = flowId;
    this.reasons = reasons;
  }
}
