/**
 * Data for EditionBridge, computed once per build rather than for each of the Simplified pages: the character
 * map for the strings islands render (from their sources, no OpenCC in the browser) and the content roots whose
 * links stay in the edition. \u escapes keep the map out of reach of the page's own conversion (src/middleware.ts).
 */
import { characterMap, toSimplified } from '../../lib/zh-cn/convert.ts';
import { contentRoots } from '../../lib/zh-cn/html.ts';

// Only the file names are used; '?raw' keeps the chapters' modules, and the CSS their components import, out
// of every page's module graph (a plain import put every chapter's stylesheet on every page).
const chapters = import.meta.glob('/content/docs/**/*.{md,mdx}', { query: '?raw' });
const uiSources = import.meta.glob(['/src/components/**/*.tsx', '/src/lib/**/*.ts', '/src/data/**/*.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

const asciiJson = (value: unknown) =>
  JSON.stringify(value).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

export const uiMapJson = asciiJson(characterMap(Object.values(uiSources).join(''), toSimplified));
export const rootsJson = JSON.stringify(contentRoots(Object.keys(chapters)));
