import { clauseHref, sectionOf } from '../clause.ts';
import type { Question, QuizBank } from './schema.ts';

/** A question as the quiz island shows it: where it comes from, and the link to its clause. */
export interface PlacedQuestion extends Question {
  regulation: string;
  /** e.g. /commercial-operations/s4/#c4-1-2 */
  href: string;
  /** e.g. 商業運營全套管理制度 › 四、管理制度 */
  where: string;
}

/**
 * `regulationTitle` is the bank's regulation's title; `sectionTitle(regulation, n)` gives a section page's title
 * (the regulation title alone when it has none).
 */
export function placeQuestions(
  bank: QuizBank,
  regulationTitle: string,
  sectionTitle: (regulation: string, section: number) => string | undefined,
  base = '/',
): PlacedQuestion[] {
  const title = regulationTitle;
  return bank.questions.map((question) => {
    const section = sectionTitle(bank.regulation, sectionOf(question.source));
    return {
      ...question,
      regulation: bank.regulation,
      href: clauseHref({ regulation: bank.regulation, id: question.source }, base),
      where: section ? `${title} › ${section}` : title,
    };
  });
}
