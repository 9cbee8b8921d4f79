import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteConfig } from '../../src/data/site.ts';
import { todayIn } from '../../src/lib/policy/date.ts';
import { bumpVersion, buildSite, commitAll, copyProject, projectRoot } from './project-copy.ts';

/**
 * The site as it is after CONTRIBUTING's example edit, committed as HR would: 商業運營全套管理制度 考勤制度第2條
 * 「每月累計3次以內不做處罰，超過3次」 → 2次, a version bump and a changelog entry. Built once into
 * `.e2e-revised/dist` from a temporary git copy of the project (inside it, so node_modules resolve) and reused
 * while it is newer than the project's own dist/ (rebuild that, and this follows).
 */
export interface RevisedSite {
  dist: string;
  /** commercial-operations' version before and after the edit. */
  previous: string;
  version: string;
  /** 免罰次數 before and after the edit (3 → 2 on the text as first published; one fewer on whatever HR wrote since). */
  from: number;
  to: number;
}

export const regulation = 'commercial-operations';
export const editedClause = 'c4-1-2';

/** 考勤制度第2條: one free minor event a month fewer (3 → 2 as first published), whether or not the digit is marked. */
function editClause(chapter: string): [string, number, number] {
  const clause = new RegExp(`<Clause id="${editedClause}"[\\s\\S]*?</Clause>`).exec(chapter)?.[0];
  if (!clause) throw new Error(`${regulation}/s4.mdx: clause ${editedClause} not found`);
  const count = /(?:累計|超過)(?:<R\b[^>]*>)?(\d+)(?:<\/R>)?次/;
  const from = Number(count.exec(clause)?.[1]);
  if (!Number.isInteger(from)) throw new Error(`${regulation}/s4.mdx: clause ${editedClause} no longer says 累計N次; update the fixture edit`);
  const to = from > 1 ? from - 1 : from + 1;
  const edited = clause.replace(new RegExp(count.source, 'g'), (match) => match.replace(/\d+/, String(to)));
  return [chapter.replace(clause, edited), from, to];
}

export async function revisedSite(): Promise<RevisedSite> {
  const root = join(projectRoot, '.e2e-revised');
  const dist = join(root, 'dist');
  const stampFile = join(root, 'versions.json');
  const published = join(projectRoot, 'dist', 'index.html');
  if (!existsSync(published)) throw new Error('dist/ is missing: run `npm run build` first');
  if (existsSync(join(dist, 'index.html')) && existsSync(stampFile) && statSync(join(dist, 'index.html')).mtimeMs > statSync(published).mtimeMs) {
    return { dist, ...(JSON.parse(readFileSync(stampFile, 'utf8')) as Omit<RevisedSite, 'dist'>) };
  }

  rmSync(root, { recursive: true, force: true });
  // The project as a fresh checkout would have it (tracked and new files, not what git ignores), in one commit.
  copyProject(root, { history: 'none', withWorkingTree: true });

  const overviewPath = join(root, 'content/docs', regulation, 'index.mdx');
  const chapterPath = join(root, 'content/docs', regulation, 's4.mdx');
  const [chapter, from, to] = editClause(readFileSync(chapterPath, 'utf8'));
  const summary = `考勤制度第2條：遲到15分鐘以內的免罰次數由每月${from}次改為${to}次。`;
  const { previous, version, text } = bumpVersion(readFileSync(overviewPath, 'utf8'), { date: todayIn(siteConfig.timeZone), summary });
  writeFileSync(overviewPath, text);
  writeFileSync(chapterPath, chapter);
  commitAll(root, `${regulation} ${version}: 考勤制度第2條 ${from}次 → ${to}次`);

  // Not CI: the copy has only these two commits, so older versions of other regulations are simply not listed.
  await buildSite(root, { ci: false });
  writeFileSync(stampFile, JSON.stringify({ previous, version, from, to }));
  return { dist, previous, version, from, to };
}
