import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { siteConfig } from '../../src/data/site.ts';
import { regulationHistory } from '../../src/history/git-versions.ts';
import { ruleHistory, rulesRegulation } from '../../src/history/rule-versions.ts';
import { todayIn } from '../../src/lib/policy/date.ts';
import { inForceForMonth, inForceOn } from '../../src/lib/policy/in-force.ts';
import { upcomingBanner } from '../../src/lib/policy/page.ts';
import { policySchema } from '../../src/lib/policy/schema.ts';
import { bumpVersion, buildSite, commitAll, copyProject, git, projectRoot, scratchDir } from '../support/project-copy.ts';

/**
 * HR's walk-through, exactly as CONTRIBUTING.md「修改條文」/「修改版本與修訂記錄」 describe it, in throwaway git
 * clones of this repository's HEAD: change 考勤制度第2條's 免罰次數 (3 → 2), bump the version with a changelog
 * entry and an effective date, commit the two files. One clone dates the change next month (announced, not yet
 * in force); the other dates it from the first of this month and is built with `astro build` (about 40–90 s on
 * a shared machine), and the built pages are checked. Clones live inside the project (Astro compiles .astro
 * files only under a folder that shares the project's node_modules) and are ignored by git.
 */

const today = todayIn(siteConfig.timeZone);
const thisMonth = today.slice(0, 7);
const shiftMonth = (month: string, by: number) => {
  const date = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1 + by, 1));
  return date.toISOString().slice(0, 7);
};
const overview = `content/docs/${rulesRegulation}/index.mdx`;
const chapter = `content/docs/${rulesRegulation}/s4.mdx`;
const freeKey = 'attendance.freeMinorEventsPerMonth';
const freeMark = new RegExp(`<R k="${freeKey.replaceAll('.', '\\.')}">(\\d+)</R>`, 'g');

const workDir = scratchDir('hr-walkthrough-');
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** A clone of the project's HEAD, with full history (the archive of the earlier versions). */
const cloneHead = (name: string) => copyProject(join(workDir, name), { history: 'full', withWorkingTree: false });

interface Edit {
  repo: string;
  before: number;
  after: number;
  version: string;
  effectiveDate: string;
}

/** The edit CONTRIBUTING.md shows: the sentence's number, the version, a changelog entry; one commit. */
function hrEdit(repo: string, effectiveDate: string): Edit {
  const s4 = readFileSync(join(repo, chapter), 'utf8');
  const before = Number([...s4.matchAll(freeMark)][0]![1]);
  const after = before > 0 ? before - 1 : before + 1;
  writeFileSync(join(repo, chapter), s4.replace(freeMark, `<R k="${freeKey}">${after}</R>`));

  const summary = `考勤制度第2條：遲到15分鐘以內的免罰次數由每月${before}次改為${after}次。`;
  const { version, text } = bumpVersion(readFileSync(join(repo, overview), 'utf8'), { date: today, effectiveDate, summary });
  writeFileSync(join(repo, overview), text);
  commitAll(repo, `${version}：考勤制度第2條免罰次數改為${after}次`);
  return { repo, before, after, version, effectiveDate };
}

function expectOnlyTheTwoFilesTouched(repo: string) {
  expect(git(repo, 'show', '--name-only', '--format=', 'HEAD').trim().split('\n').sort()).toEqual([overview, chapter].sort());
  expect(git(repo, 'status', '--porcelain')).toBe('');
}

const freeOf = (version: { value: { attendance: { freeMinorEventsPerMonth: number } } }) => version.value.attendance.freeMinorEventsPerMonth;

describe('HR changes 免罰次數 from next month on (announced, not yet in force)', () => {
  let edit: Edit;
  beforeAll(() => {
    edit = hrEdit(cloneHead('future'), `${shiftMonth(thisMonth, 1)}-01`);
  });

  it('touches only the chapter and the overview, in one commit', () => {
    expectOnlyTheTwoFilesTouched(edit.repo);
  });

  it('keeps applying the old number this month and the new one from next month', () => {
    const { versions, complete } = ruleHistory(edit.repo);
    expect(complete).toBe(true);
    expect(versions.at(-1)).toMatchObject({ version: edit.version, effectiveDate: edit.effectiveDate });
    // Until it takes effect, whatever applied before the edit keeps applying (which may be older than the text
    // HR edited, when that text's own version only took effect this month).
    expect(freeOf(inForceForMonth(versions, thisMonth))).toBe(freeOf(inForceForMonth(versions.slice(0, -1), thisMonth)));
    expect(freeOf(inForceForMonth(versions, shiftMonth(thisMonth, 1)))).toBe(edit.after);
    const values = ruleHistory(edit.repo).values;
    expect(inForceOn(values, today).value[freeKey]).toBe(inForceOn(values.slice(0, -1), today).value[freeKey]);
  });

  it('from a shallow clone, still builds from the current text and says the earlier version is unavailable; CI refuses', () => {
    const shallow = join(workDir, 'shallow');
    git(projectRoot, 'clone', '--quiet', '--depth', '1', `file://${edit.repo}`, shallow);
    // Both behaviours are under test whatever CI this suite itself runs in.
    const ci = process.env.CI;
    try {
      delete process.env.CI;
      const history = ruleHistory(shallow);
      expect(history.complete).toBe(false);
      expect(history.unavailable.length).toBeGreaterThan(0);
      expect(history.unavailable).not.toContain(edit.version);
      expect(history.versions.map((v) => v.version)).toEqual([edit.version]);
      process.env.CI = 'true';
      expect(() => regulationHistory(rulesRegulation, shallow)).toThrow(/git fetch --unshallow/);
    } finally {
      if (ci === undefined) delete process.env.CI;
      else process.env.CI = ci;
    }
  });

  it('announces the new version with its date and a link to what changes', () => {
    const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(edit.repo, overview), 'utf8'))![1]!;
    const policy = policySchema.parse(parseYaml(front));
    const banner = upcomingBanner({ slug: rulesRegulation, title: '', policy }, today)!;
    expect(banner).toContain(`<time datetime="${edit.effectiveDate}">`);
    expect(banner).toContain(`/${rulesRegulation}/#revision-${edit.version.replace('.', '-')}`);
  });
});

/** Props of the Astro island whose serialized props contain `marker`, decoded from Astro's [type, value] form. */
function islandProps(html: string, marker: string): unknown {
  const attribute = [...html.matchAll(/<astro-island\b[^>]*?\sprops="([^"]*)"/g)].map((m) => m[1]!).find((props) => props.includes(marker));
  if (!attribute) throw new Error(`no island with ${marker}`);
  const json = attribute.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const revive = (node: unknown): unknown => {
    if (!Array.isArray(node)) return node && typeof node === 'object' ? Object.fromEntries(Object.entries(node).map(([k, v]) => [k, revive(v)])) : node;
    const [type, value] = node as [number, unknown];
    if (type === 1) return (value as unknown[]).map(revive);
    return value && typeof value === 'object' ? revive(value) : value;
  };
  return revive(JSON.parse(json));
}

function findQuestion(node: unknown, id: string): { prompt: string; options: string[]; correct: number[] } | undefined {
  if (Array.isArray(node)) return node.map((child) => findQuestion(child, id)).find(Boolean);
  if (!node || typeof node !== 'object') return undefined;
  if ((node as { id?: unknown }).id === id) return node as { prompt: string; options: string[]; correct: number[] };
  return Object.values(node).map((child) => findQuestion(child, id)).find(Boolean);
}

describe('HR changes 免罰次數 from the first of this month on, and the site is built', () => {
  let edit: Edit;
  let buildSeconds = 0;
  beforeAll(async () => {
    edit = hrEdit(cloneHead('past'), `${thisMonth}-01`);
    buildSeconds = await buildSite(edit.repo, { ci: true });
  }, 300_000);

  const page = (path: string) => readFileSync(join(edit.repo, 'dist', path, 'index.html'), 'utf8');

  it('builds, touching nothing but the two files HR committed', () => {
    console.info(`HR walk-through: astro build of the edited clone took ${buildSeconds.toFixed(1)} s`);
    expectOnlyTheTwoFilesTouched(edit.repo);
  });

  it('the calculators get both versions: this month applies the new number, the month before the old', () => {
    const { versions } = ruleHistory(edit.repo);
    expect(versions.map((v) => v.version).at(-1)).toBe(edit.version);
    expect(freeOf(inForceForMonth(versions, thisMonth))).toBe(edit.after);
    const lastMonth = shiftMonth(thisMonth, -1);
    expect(freeOf(inForceForMonth(versions, lastMonth))).toBe(freeOf(inForceForMonth(versions.slice(0, -1), lastMonth)));
    expect(freeOf(inForceForMonth(versions.slice(0, -1), lastMonth))).not.toBe(edit.after);
  });

  it('the chapter shows the new number and the rules table applies it, naming the version', () => {
    const html = page(`${rulesRegulation}/s4`);
    expect(html).toContain(`data-rule="${freeKey}">${edit.after}</span>`);
    expect(html).not.toContain(`data-rule="${freeKey}">${edit.before}</span>`);
    const table = /<table class="attendance-rules[\s\S]*?<\/table>/.exec(html)![0].replace(/<[^>]*>/g, '');
    expect(table).toMatch(new RegExp(`每月前 ${edit.after} 次`));
    expect(html.replace(/<[^>]*>/g, '')).toContain(`適用版本 ${edit.version}，自 ${edit.effectiveDate} 起生效`);
  });

  it('the quiz asks with the new number and scores with the right key', () => {
    const props = islandProps(page(rulesRegulation), 'comm-late-free-times');
    const free = findQuestion(props, 'comm-late-free-times')!;
    expect(free.prompt).not.toContain(`${edit.before} 次`);
    expect(free.correct.map((i) => free.options[i])).toEqual([`${edit.after} 次`]);
    const exactly = findQuestion(props, 'comm-late-exactly-three')!;
    expect(exactly.prompt).toContain(`遲到 ${edit.after} 次`);
    expect(exactly.correct).toEqual([0]);
    const fourth = findQuestion(props, 'comm-late-fourth-time')!;
    expect(fourth.prompt).toContain(`第 ${edit.after + 1} 次`);
  });
});
