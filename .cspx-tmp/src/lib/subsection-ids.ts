/**
 * Markdown (Sätteri) hast plugin: a section page's `##` headings are its subsections, numbered in order, so
 * they get the ids of the clause scheme (`c{section}-{k}`, see clause.ts) instead of slugs of their Chinese
 * text. Astro's own heading-id step runs after user plugins and keeps ids that are already set.
 */
interface HeadingContext {
  fileURL?: URL;
  setProperty(node: unknown, name: string, value: string): void;
}

const sectionPage = /content\/docs\/(?:[a-z-]+\/)*[a-z0-9-]+\/s(\d+)\.mdx?$/;

/** `…/content/docs/commercial-operations/s4.mdx` → 4; undefined for pages that are not section pages. */
export function sectionNumberOf(path: string | undefined): number | undefined {
  const match = path ? sectionPage.exec(decodeURIComponent(path).replaceAll('\\', '/')) : null;
  return match ? Number(match[1]) : undefined;
}

/** A fresh counter per document: Sätteri calls the factory once for each file it renders. */
export function subsectionIds() {
  let count = 0;
  return {
    name: 'subsection-ids',
    element: {
      filter: ['h2'],
      visit(node: unknown, ctx: HeadingContext) {
        const section = sectionNumberOf(ctx.fileURL?.pathname);
        if (section === undefined) return;
        count += 1;
        ctx.setProperty(node, 'id', `c${section}-${count}`);
      },
    },
  };
}
