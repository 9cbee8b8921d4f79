import { getCollection } from 'astro:content';
import { regulations, type RegulationSlug } from '../../data/regulations.ts';
import { mixedQuizId, mixedTestSize } from '../../lib/quiz/mixed.ts';
import { orderOptions } from '../../lib/quiz/order.ts';
import { placeQuestions, type PlacedQuestion } from '../../lib/quiz/place.ts';
import { resolveBank } from '../../lib/quiz/resolve.ts';
import { ruleValuesInForce } from '../../history/rule-versions.ts';
import { loadPassPercent } from './settings.ts';
import type { QuizListing } from './types.ts';

/** Build-time loading of the `quizzes` collection for the quiz islands (Astro only, never shipped to the browser). */

const base = import.meta.env.BASE_URL;

/** Each regulation's questions, in sidebar order, with links to their clauses. A missing bank fails the build. */
export async function loadQuizzes(): Promise<Map<RegulationSlug, PlacedQuestion[]>> {
  const [banks, docs] = await Promise.all([getCollection('quizzes'), getCollection('docs')]);
  const sectionTitle = (regulation: RegulationSlug, section: number) =>
    docs.find((doc) => doc.data.regulation === regulation && doc.data.order === section)?.data.title;
  const placed = new Map<RegulationSlug, PlacedQuestion[]>();
  for (const { slug, title } of regulations) {
    const bank = banks.find((entry) => entry.data.regulation === slug);
    if (!bank) throw new Error(`content/quizzes/ 缺少 ${slug} 的題庫`);
    // Options in a build-time order seeded by question id: the key is not always first, with or without JS.
    placed.set(slug, orderOptions(placeQuestions(resolveBank(bank.data, ruleValuesInForce().value), title, sectionTitle, base)));
  }
  return placed;
}

/** The hub's list: the four regulation quizzes, then the mixed test. */
function listQuizzes(quizzes: Map<RegulationSlug, PlacedQuestion[]>, mixedSize: number): QuizListing[] {
  const available = [...quizzes.values()].reduce((sum, questions) => sum + questions.length, 0);
  return [
    ...regulations.map((r) => ({
      id: r.slug,
      title: r.title,
      href: `${base}${r.slug}/#quiz`,
      questionCount: quizzes.get(r.slug)?.length ?? 0,
      required: true,
    })),
    { id: mixedQuizId, title: '混合測驗', href: '#mixed-test', questionCount: Math.min(mixedSize, available), required: false },
  ];
}

/** What the hub's progress and completion record both show: the quiz list and the pass mark. */
export async function loadHub(): Promise<{ quizzes: QuizListing[]; passPercent: number }> {
  return { quizzes: listQuizzes(await loadQuizzes(), mixedTestSize), passPercent: await loadPassPercent() };
}
