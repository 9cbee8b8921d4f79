import { normalizePunctuation } from './punctuation.ts';
import type { Clause, Item, ParsedRegulation, Section, Subsection } from './types.ts';

export interface ChapterFile {
  /** Path relative to the docs folder, e.g. `operating-model/s1.mdx`. */
  path: string;
  content: string;
}

/** The overview's policy metadata (see policy/schema.ts); a new regulation starts as a 草案. */
export interface OverviewPolicy {
  policyId: string;
  version: string;
  effectiveDate: string;
  department: string;
  status: string;
  nextReview: string;
  changelog: { version: string; date: string; summary: string; effectiveDate?: string }[];
}

export interface RenderOptions {
  slug: string;
  /** Where the source preview ends mid-sentence, a visible note is added after the last unit. */
  truncated: boolean;
  /** Written into the overview's frontmatter; without it the overview carries no policy metadata. */
  policy?: OverviewPolicy;
}

/** A new regulation's metadata: 草案, version 1.0 from `today`, first review a year later. */
export function draftPolicy(policyId: string, today: string, department: string): OverviewPolicy {
  const nextReview = `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`.replace(/-02-29$/, '-02-28');
  return {
    policyId,
    version: '1.0',
    effectiveDate: today,
    department,
    status: '草案',
    nextReview,
    changelog: [{ version: '1.0', date: today, summary: '首次發布（草案）：由原始制度文件匯入本網站。' }],
  };
}

/** YAML lines of the policy block; every date and version quoted, as the schema requires. */
function policyLines(policy: OverviewPolicy): string[] {
  const q = JSON.stringify;
  const { changelog, ...fields } = policy;
  return [
    ...Object.entries(fields).map(([key, value]) => `${key}: ${q(value)}`),
    'changelog:',
    ...changelog.flatMap((entry) =>
      Object.entries(entry).map(([key, value], i) => `${i === 0 ? '  - ' : '    '}${key}: ${q(value)}`),
    ),
  ];
}

const placeholder = /\[([^\]\n]{1,60})\]/g;

/** Escape what MDX would read as syntax, mark template placeholders, and restore Chinese punctuation. */
export function mdxText(text: string): string {
  return normalizePunctuation(text)
    .replace(/[{}<>]/g, (c) => `&#${c.charCodeAt(0)};`)
    .replace(/^(\s*)(\d+)\.(?=\S)/gm, '$1$2\\.')
    .replace(/^(\s*)([-*+#>])/gm, '$1\\$2')
    .replace(placeholder, (_, name: string) => `<Placeholder name="${name.replace(/"/g, '&quot;')}" />`);
}

const attr = (value: string) => mdxText(value).replace(/"/g, '&quot;');
const paragraphs = (text: string) => text.split('\n').filter(Boolean).map(mdxText).join('\n\n');

function renderItems(items: Item[]): string {
  if (items.length === 0) return '';
  const lines = items.map((item) => {
    const title = item.title ? ` title="${attr(item.title)}"` : '';
    return `<ClauseItem id="${item.id}"${title}>${mdxText(item.text)}</ClauseItem>`;
  });
  return `<ul class="clause-items">\n${lines.join('\n')}\n</ul>`;
}

function renderClause(clause: Clause): string {
  const title = clause.title ? ` title="${attr(clause.title)}"` : '';
  const body = [paragraphs(clause.text), renderItems(clause.items)].filter(Boolean).join('\n\n');
  return `<Clause id="${clause.id}" n={${clause.number}}${title}>\n${body}\n</Clause>`;
}

function renderUnits(intro: string, clauses: Clause[], items: Item[]): string[] {
  return [paragraphs(intro), ...clauses.map(renderClause), renderItems(items)].filter(Boolean);
}

function renderSubsection(subsection: Subsection): string[] {
  const heading = `## ${subsection.numeral ? `(${subsection.numeral})` : ''}${mdxText(subsection.title)}`;
  // The id is written once and kept: see policy/anchors.ts.
  return [`${normalizePunctuation(heading)} {#${subsection.id}}`, ...renderUnits(subsection.intro, subsection.clauses, subsection.items)];
}

export const sectionTitle = (section: Section) =>
  section.numeral ? `${section.numeral}、${section.title}` : section.title;

function frontmatter(fields: Record<string, string | number>, sidebar: Record<string, string | number>, extra: string[] = []): string {
  const lines = Object.entries(fields).map(([key, value]) => `${key}: ${typeof value === 'string' ? JSON.stringify(value) : value}`);
  const sidebarLines = Object.entries(sidebar).map(([key, value]) => `  ${key}: ${typeof value === 'string' ? JSON.stringify(value) : value}`);
  return ['---', ...lines, ...extra, 'sidebar:', ...sidebarLines, '---'].join('\n');
}

/** The components a generated chapter may use, with their feature folder under src/components. */
const components = { Clause: 'policy', ClauseItem: 'policy', Placeholder: 'policy', SourceEnds: 'policy', QuizSection: 'quiz' } as const;

/** MDX import lines for the components a body uses. */
function importsFor(body: string): string {
  return Object.entries(components)
    .filter(([name]) => body.includes(`<${name} `) || body.includes(`<${name}>`))
    .map(([name, folder]) => `import ${name} from '@components/${folder}/${name}.astro';`)
    .join('\n');
}

const page = (head: string, body: string) => [head, importsFor(body), body].filter(Boolean).join('\n\n') + '\n';

function renderSection(section: Section, options: RenderOptions, isLast: boolean): ChapterFile {
  const title = sectionTitle(section);
  const body = [
    ...renderUnits(section.intro, section.clauses, section.items),
    ...section.subsections.flatMap(renderSubsection),
    ...(isLast && options.truncated ? ['<SourceEnds />'] : []),
  ];
  const head = frontmatter({ title, regulation: options.slug, order: section.number }, { order: section.number });
  return { path: `${options.slug}/s${section.number}.mdx`, content: page(head, body.join('\n\n')) };
}

/** The purpose and scope paragraphs, where the source opens with them (總則 → 目的, 適用范圍). */
function purposeAndScope(regulation: ParsedRegulation): string[] {
  const first = regulation.sections[0];
  if (!first) return [];
  const units = [
    ...first.subsections.map((s) => ({ title: s.title, text: s.intro })),
    ...first.clauses.map((c) => ({ title: c.title ?? '', text: c.text })),
  ];
  return units
    .filter((unit) => /目的|適用范圍|適用範圍/.test(unit.title) && unit.text)
    .map((unit) => `**${mdxText(unit.title)}**：${mdxText(unit.text)}`);
}

/** The overview's description (home page card, search result): its purpose, or what it is. */
function describe(regulation: ParsedRegulation): string {
  const purpose = purposeAndScope(regulation)[0]?.replace(/^\*\*[^*]+\*\*：/, '').replace(/&#\d+;|<[^>]+>/g, '');
  const sentence = purpose?.split(/(?<=[。；])/)[0];
  return sentence && sentence.length <= 80 ? sentence : `${regulation.title}全文。`;
}

function renderOverview(regulation: ParsedRegulation, options: RenderOptions): ChapterFile {
  const head = frontmatter(
    { title: regulation.title, description: describe(regulation), regulation: options.slug, order: 0 },
    { order: 0, label: '概覽' },
    options.policy ? policyLines(options.policy) : [],
  );
  const toc = regulation.sections.map((s) => `- [${mdxText(sectionTitle(s))}](/${options.slug}/s${s.number}/)`);
  const quiz = options.policy ? ['## 培訓測驗', `<QuizSection regulation="${options.slug}" />`] : [];
  const body = [...purposeAndScope(regulation), '## 章節', toc.join('\n'), ...quiz];
  return { path: `${options.slug}/index.mdx`, content: page(head, body.join('\n\n')) };
}

/** One overview page and one page per top-level section. */
export function renderChapters(regulation: ParsedRegulation, options: RenderOptions): ChapterFile[] {
  const sections = regulation.sections.map((section, index) =>
    renderSection(section, options, index === regulation.sections.length - 1),
  );
  return [renderOverview(regulation, options), ...sections];
}
