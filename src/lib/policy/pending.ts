import { findPlaceholders, type PlaceholderValues } from './placeholders.ts';

/** A page's MDX source and where it is published. */
export interface SourcePage {
  /** Path from the project root, e.g. `content/docs/operations-management/s3.mdx`. */
  file: string;
  /** Root-relative URL, e.g. `/operations-management/s3/`. */
  href: string;
  title: string;
  source: string;
}

export interface PlaceholderOccurrence {
  name: string;
  file: string;
  line: number;
  title: string;
  /** The page, at the nearest clause when there is one. */
  href: string;
  excerpt: string;
}

export interface PendingPlaceholder {
  name: string;
  occurrences: PlaceholderOccurrence[];
}

export interface PlaceholderReport {
  /** Every value HR has still to fill in, in the order of content/company.yaml, with where it appears. */
  pending: PendingPlaceholder[];
  /** Placeholders whose name is not in content/company.yaml: typos, or a new template variable. */
  unknown: PlaceholderOccurrence[];
}

export function placeholderReport(pages: readonly SourcePage[], values: PlaceholderValues): PlaceholderReport {
  const occurrences = pages.flatMap((page) =>
    findPlaceholders(page.source, page.file).map((use) => ({
      name: use.name,
      file: page.file,
      line: use.line,
      title: page.title,
      href: use.anchor ? `${page.href}#${use.anchor}` : page.href,
      excerpt: use.excerpt,
    })),
  );
  const pending = Object.entries(values)
    .filter(([, value]) => value === null)
    .map(([name]) => ({ name, occurrences: occurrences.filter((o) => o.name === name) }));
  const unknown = occurrences.filter((o) => !Object.hasOwn(values, o.name));
  return { pending, unknown };
}
