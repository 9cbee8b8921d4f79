/** Kept for existing imports: clause ids and links live in src/lib/policy/anchors.ts. */
export { clauseHref, idPattern, sectionOf, type ClauseRef } from './policy/anchors.ts';
