import { clauseId, headingId, itemId } from '../policy/anchors.ts';
import { chineseNumeralValue } from './numerals.ts';
import { isBareTitle, splitTitle } from './titles.ts';
import type { Clause, ImportHints, Item, ParsedRegulation, Section, Subsection } from './types.ts';

type Marker =
  | { kind: 'section'; at: number; end: number; numeral?: string; title?: string }
  | { kind: 'subsection'; at: number; end: number; numeral?: string; title?: string }
  | { kind: 'clause'; at: number; end: number; number: number }
  | { kind: 'item'; at: number; end: number };

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every place the numbering *might* start a unit; the walk below keeps only those in sequence. */
function findCandidates(body: string, hints: ImportHints): Marker[] {
  const markers: Marker[] = [];
  const add = (pattern: RegExp, make: (m: RegExpExecArray) => Marker) => {
    for (const m of body.matchAll(pattern)) markers.push(make(m as RegExpExecArray));
  };
  add(/([一二三四五六七八九十]{1,3})、/g, (m) => ({ kind: 'section', at: m.index, end: m.index + m[0].length, numeral: m[1] }));
  add(/\(([一二三四五六七八九十]{1,3})\)/g, (m) => ({ kind: 'subsection', at: m.index, end: m.index + m[0].length, numeral: m[1] }));
  add(/(?<![\d.])(\d{1,2})\.(?!\d)/g, (m) => ({ kind: 'clause', at: m.index, end: m.index + m[0].length, number: Number(m[1]) }));
  add(/(?<![\dA-Za-z])-(?!\d)/g, (m) => ({ kind: 'item', at: m.index, end: m.index + 1 }));
  for (const title of hints.sectionTitles ?? []) {
    add(new RegExp(`${escapeRegExp(title)}(?=1\\.)`, 'g'), (m) => ({ kind: 'section', at: m.index, end: m.index + title.length, title }));
  }
  for (const heading of hints.subsectionHeadings ?? []) {
    add(new RegExp(`(?<=^|\\n)${escapeRegExp(heading)}(?=\\s*(?:\\n|-|1\\.|$))`, 'g'), (m) => ({ kind: 'subsection', at: m.index, end: m.index + heading.length, title: heading }));
  }
  return markers.sort((a, b) => a.at - b.at || b.end - a.end);
}

const clean = (text: string) => text.replace(/\s*\n\s*\n\s*/g, '\n').trim();

/** A heading's text: its known title (unnumbered headings) or one split off the text, then its intro. */
function fillHeading(unit: { title: string; intro: string }, knownTitle: string | undefined, hints: ImportHints) {
  return (text: string) => {
    const { title, text: rest } = knownTitle ? { title: knownTitle, text } : splitTitle(clean(text), hints.titles, 'heading');
    unit.title = unit.title || title || '';
    unit.intro = clean(rest);
  };
}

/**
 * Restore the structure from inline numbering: `一、` section → `(一)` subsection → `1.` clause → `-` item.
 * A candidate is accepted only when it continues its sequence, so `1.5` or `80-89` inside a sentence stay text.
 */
export function parseStructure(body: string, hints: ImportHints): ParsedRegulation {
  const sections: Section[] = [];
  let section: Section | undefined;
  let subsection: Subsection | undefined;
  let clause: Clause | undefined;
  let sectionTitleIndex = 0;
  // Where the text of the unit opened by the last accepted marker goes once its extent is known.
  let pending: ((text: string) => void) | undefined = (text) => void text;
  let textStart = 0;

  const containerClauses = () => (subsection ?? section)!.clauses;
  const flush = (at: number) => {
    pending?.(body.slice(textStart, at));
    pending = undefined;
  };

  for (const marker of findCandidates(body, hints)) {
    if (marker.at < textStart) continue;
    if (marker.kind === 'section') {
      const expectedTitle = hints.sectionTitles?.[sectionTitleIndex];
      const accepted = marker.numeral
        ? !hints.sectionTitles && chineseNumeralValue(marker.numeral) === sections.length + 1
        : marker.title === expectedTitle;
      if (!accepted) continue;
      if (marker.title) sectionTitleIndex += 1;
      flush(marker.at);
      const opened: Section = { number: sections.length + 1, numeral: marker.numeral, title: marker.title ?? '', intro: '', clauses: [], items: [], subsections: [] };
      sections.push(opened);
      section = opened;
      subsection = undefined;
      clause = undefined;
      pending = fillHeading(opened, marker.title, hints);
    } else if (marker.kind === 'subsection') {
      if (!section) continue;
      if (marker.numeral && chineseNumeralValue(marker.numeral) !== section.subsections.length + 1) continue;
      flush(marker.at);
      const number = section.subsections.length + 1;
      const opened: Subsection = { id: headingId(section.number, number), number, numeral: marker.numeral, title: marker.title ?? '', intro: '', clauses: [], items: [] };
      section.subsections.push(opened);
      subsection = opened;
      clause = undefined;
      pending = fillHeading(opened, marker.title, hints);
    } else if (marker.kind === 'clause') {
      if (!section || marker.number !== containerClauses().length + 1) continue;
      flush(marker.at);
      const parentId = subsection ? subsection.id : headingId(section.number, 0);
      const opened: Clause = { id: clauseId(parentId, marker.number), number: marker.number, text: '', items: [] };
      containerClauses().push(opened);
      clause = opened;
      pending = (text) => Object.assign(opened, splitTitle(clean(text), hints.titles, 'clause'));
    } else {
      const owner = clause ?? subsection ?? section;
      if (!owner) continue;
      flush(marker.at);
      const ownerId = 'id' in owner ? owner.id : headingId(owner.number, 0);
      const opened: Item = { id: itemId(ownerId, owner.items.length + 1), text: '' };
      owner.items.push(opened);
      pending = (text) => Object.assign(opened, splitTitle(clean(text), undefined, 'item'));
    }
    textStart = marker.end;
  }
  flush(body.length);
  for (const unit of sections.flatMap((s) => [...s.clauses, ...s.subsections.flatMap((sub) => sub.clauses)])) {
    if (!unit.title && unit.items.length > 0 && isBareTitle(unit.text)) Object.assign(unit, { title: unit.text, text: '' });
  }
  return { title: hints.title, sections };
}
