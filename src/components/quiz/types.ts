/** A quiz as the training hub lists it. */
export interface QuizListing {
  /** Regulation slug, or `mixed`. */
  id: string;
  title: string;
  /** Where the quiz is taken. */
  href: string;
  questionCount: number;
  /** Counts toward completing the training (every regulation; not the mixed test). */
  required: boolean;
}
