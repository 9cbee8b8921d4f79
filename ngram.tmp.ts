import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => e.isDirectory() ? (['pagefind', 'zh-cn', '_astro'].includes(e.name) ? [] : walk(join(dir, e.name))) : e.name === 'index.html' ? [join(dir, e.name)] : []);
const mains = walk('dist').map((f) => readFileSync(f, 'utf8')).filter((h) => h.includes('data-pagefind-body')).map((html) => (/<main[\s\S]*<\/main>/.exec(html)?.[0] ?? '').replace(/<section\b[^>]*\bdata-pagefind-ignore\b[^>]*>[\s\S]*?<\/section>/g, '').replace(/<div hidden class="search-alias"[\s\S]*?<\/div>/, '').replace(/<[^>]+>/g, ''));
const df = new Map<string, number>(); const tf = new Map<string, number>();
for (const m of mains) { const seen = new Set<string>(); for (const run of m.match(/[\u4e00-\u9fff]{4,}/g) ?? []) for (let i = 0; i + 4 <= run.length; i++) { const g = run.slice(i, i + 4); tf.set(g, (tf.get(g) ?? 0) + 1); seen.add(g); } for (const g of seen) df.set(g, (df.get(g) ?? 0) + 1); }
const list = [...df].filter(([g, d]) => d >= 1 && d <= 4).sort((a, b) => (tf.get(b[0])! - tf.get(a[0])!)).slice(0, 400).map(([g, d]) => `${g}:${d}`);
console.log(mains.length, list.join(' '));
