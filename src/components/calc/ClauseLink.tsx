import type { ComponentChildren } from 'preact';
import { clauseHref, type ClauseRef } from '../../lib/clause.ts';

/** A clause's label linked to its anchor in the chapter; the one clause link of the calculators. */
export function ClauseLink({ clause }: { clause: ClauseRef }) {
  return <a href={clauseHref(clause, import.meta.env.BASE_URL)}>{clause.label}</a>;
}

/** 「（依據 …）」: the clause a result line comes from. */
export function Cite({ clause }: { clause: ClauseRef }) {
  return (
    <span class="calc-cite">
      （依據 <ClauseLink clause={clause} />）
    </span>
  );
}

/**
 * 「本站解讀」: a reading the clause text does not state (e.g. the bonus cap), set apart from clause text and
 * naming the clause it reads, so nobody takes it for the regulation's own words.
 */
export function Reading({ clause, children }: { clause: ClauseRef; children: ComponentChildren }) {
  return (
    <span class="calc-reading">
      <strong class="calc-reading-tag">本站解讀</strong>
      {children}（解讀 <ClauseLink clause={clause} />）
    </span>
  );
}
