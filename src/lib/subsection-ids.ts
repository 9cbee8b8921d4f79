import { parseId, sectionNumberOf } from './policy/anchors.ts';

export { sectionNumberOf };

/**
 * Markdown (Sätteri) hast plugin for section pages: every `##` subsection carries its stable clause id written
 * in the MDX (`## 考勤制度 {#c4-1}`, parsed by Sätteri's `headingAttributes`). Ids are never derived from
 * position, so this plugin only checks them: a heading without a well-formed id of its own page fails the build,
 * naming the file and the heading, before Astro's heading-id step would give it a slug of its Chinese text.
 */
interface HeadingContext {
  fileURL?: URL;
  textContent(node: unknown): string;
}

interface HeadingNode {
  properties?: { id?: unknown };
}

/** Sätteri options every Markdown/MDX render of the site needs: explicit `{#id}` heading attributes. */
export const headingFeatures = { headingAttributes: true } as const;

/** What is wrong with a section page's `##` heading id, in Chinese for HR; undefined when it is fine. */
export function headingIdProblem(id: unknown, section: number): string | undefined {
  if (typeof id !== 'string') return `缺少條文編號，請在標題結尾加上 {#c${section}-…}（用這一頁尚未用過的下一個節號）`;
  const parsed = parseId(id);
  if (!parsed || parsed.subsection === undefined || parsed.clause !== undefined || parsed.item !== undefined) {
    return `編號 {#${id}} 格式不對，節的編號應為 c${section}-{節號}`;
  }
  if (parsed.section !== section) return `編號 {#${id}} 不屬於第 ${section} 章（應以 c${section}- 開頭）`;
  return undefined;
}

export function subsectionIds() {
  return {
    name: 'subsection-ids',
    element: {
      filter: ['h2'],
      visit(node: unknown, ctx: HeadingContext) {
        const path = ctx.fileURL?.pathname;
        const section = sectionNumberOf(path);
        if (section === undefined) return;
        const problem = headingIdProblem((node as HeadingNode).properties?.id, section);
        if (problem) throw new Error(`${decodeURIComponent(path!)}：「## ${ctx.textContent(node)}」${problem}`);
      },
    },
  };
}
