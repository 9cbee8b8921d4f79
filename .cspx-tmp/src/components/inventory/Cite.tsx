import { clauseHref, type ClauseRef } from '../../lib/clause.ts';

/** 「依據 …」: the clause a result line comes from, linked to its anchor in the chapter. */
export function Cite({ clause }: { clause: ClauseRef }) {
  return (
    <span class="inv-cite">
      （依據 <a href={clauseHref(clause, import.meta.env.BASE_URL)}>{clause.label}</a>）
    </span>
  );
}
