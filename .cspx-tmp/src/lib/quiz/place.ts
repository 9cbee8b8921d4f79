import { regulations, type RegulationSlug } from '../../data/regulations.ts';
import { clauseHref, sectionOf } from '../clause.ts';
import type { Question, QuizBank } from './schema.ts';

/** A question as the quiz island shows it: where it comes from, and the link to its clause. */
export interface PlacedQuestion extends Question {
  regulation: RegulationSlug;
  /** e.g. /commercial-operations/s4/#c4-1-2 */
  href: string;
  /** e.g. 商業運營全套管理制度 › 四、管理制度 */
  where: string;
}

/** `sectionTitle(regulation, n)` gives a section page's title; the regulation title alone when it has none. */
export function placeQuestions(
  bank: QuizBank,
  sectionTitle: (regulation: RegulationSlug, section: number) => string | undefined,
  base = '/',
): PlacedQuestion[] {
  const title = regulations.find((r) => r.slug === bank.regulation)?.title ?? bank.regulation;
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
