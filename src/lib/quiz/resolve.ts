import { trueFalseOptions, type Question, type QuestionSource, type QuizBank, type QuizBankSource } from './schema.ts';
import { fillTemplate, TemplateError, type RuleValueLookup } from './template.ts';

/**
 * A question as trainees see it under the rules in force: formulas filled in, computed key resolved. Throws a
 * TemplateError naming the question when the values make it unanswerable (two options alike, no option
 * matching `answer`), so a rule change that breaks a question fails the build rather than the trainee.
 */
export function resolveQuestion(source: QuestionSource, values: RuleValueLookup): Question {
  const { answer, correct, ...rest } = source;
  const fill = (field: string, text: string) => {
    try {
      return fillTemplate(text, values);
    } catch (error) {
      if (error instanceof TemplateError) throw new TemplateError(`題目 ${source.id} 的 ${field}：${error.message}`);
      throw error;
    }
  };
  const options = source.options.map((option) => fill('options', option));
  const repeated = options.filter((option, index) => options.indexOf(option) !== index);
  if (repeated.length > 0) {
    throw new TemplateError(`題目 ${source.id} 依現行規則有重複的選項「${repeated.join('、')}」：請改寫干擾選項，使規則數值改變後仍各不相同`);
  }
  let key = correct;
  if (answer !== undefined) {
    const filled = fill('answer', answer);
    if (source.type === 'truefalse') {
      if (filled !== 'true' && filled !== 'false') {
        throw new TemplateError(`題目 ${source.id} 的 answer 必須是比較式，例如 "{3 <= attendance.freeMinorEventsPerMonth}"，算出來是「${filled}」`);
      }
      key = [trueFalseOptions.indexOf(filled === 'true' ? '正確' : '錯誤')];
    } else {
      const index = options.indexOf(filled);
      if (index < 0) throw new TemplateError(`題目 ${source.id} 的 answer 算出「${filled}」，但沒有這個選項（選項：${options.join('、')}）`);
      key = [index];
    }
  }
  return { ...rest, prompt: fill('prompt', source.prompt), options, explanation: fill('explanation', source.explanation), correct: key! };
}

/** Every question of a bank under the given rule values. */
export const resolveBank = (bank: QuizBankSource, values: RuleValueLookup): QuizBank => ({
  ...bank,
  questions: bank.questions.map((question) => resolveQuestion(question, values)),
});
