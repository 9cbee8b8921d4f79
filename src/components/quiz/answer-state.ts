/** What the trainee has done with one question in the current round. */
export interface AnswerState {
  selected: number[];
  /** Answer submitted: feedback shown, options locked. */
  checked: boolean;
  /** 確認答案 pressed with nothing selected. */
  missing: boolean;
}

export const blankAnswer: AnswerState = { selected: [], checked: false, missing: false };
