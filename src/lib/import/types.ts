/** The structure an imported regulation is parsed into; ids follow src/lib/policy/anchors.ts. */
export interface Item {
  id: string;
  title?: string;
  text: string;
}

export interface Clause {
  id: string;
  number: number;
  title?: string;
  text: string;
  items: Item[];
}

export interface Subsection {
  id: string;
  number: number;
  /** `(一)` style numeral as written, or undefined for an unnumbered heading (002). */
  numeral?: string;
  title: string;
  intro: string;
  clauses: Clause[];
  items: Item[];
}

/** A section holds what a subsection does, without an id of its own, and its subsections. */
export interface Section extends Omit<Subsection, 'id' | 'numeral'> {
  /** `一` for `一、`, undefined where the source has unnumbered section titles (001). */
  numeral?: string;
  subsections: Subsection[];
}

export interface ParsedRegulation {
  title: string;
  sections: Section[];
}

/** What the importer needs to know about one source beyond its text. */
export interface ImportHints {
  title: string;
  /** The source file's name (test/fixtures/seeds/…), so that re-importing it needs no --slug. */
  seed?: string;
  /** Unnumbered section titles, in order, each immediately followed by `1.` in the source (001). */
  sectionTitles?: readonly string[];
  /** Unnumbered subsection headings that start a paragraph (002). */
  subsectionHeadings?: readonly string[];
  /** Known titles written without punctuation before their text, e.g. 「信息收集」市場調研專員…. */
  titles?: readonly string[];
}
