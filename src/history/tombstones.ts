import { parse as parseYaml } from 'yaml';
import { removedClausesSchema } from '../lib/chapter-schema.ts';
import { idProblems, successorsOf, tombstones, type Successor, type Tombstone } from '../lib/policy/id-history.ts';
import { regulationHistory } from './git-versions.ts';

/**
 * Build-time tombstones of one regulation, from its git history (git-versions.ts): every clause id a published
 * version had and the current text lacks. Inconsistent ids fail the build, naming the file and the id.
 */
export interface RegulationIds {
  tombstones: Tombstone[];
  problems: string[];
}

const cache = new Map<string, RegulationIds>();

function removedClausesOf(file: string, text: string): Successor[] | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  const data = match ? (parseYaml(match[1]!) as { removedClauses?: unknown } | null) : null;
  if (data?.removedClauses === undefined) return undefined;
  const parsed = removedClausesSchema.safeParse(data.removedClauses);
  if (!parsed.success) throw new Error(`${file}：${parsed.error.issues.map((i) => i.message).join('；')}`);
  return parsed.data;
}

export function regulationIds(regulation: string, root = process.cwd()): RegulationIds {
  const key = `${root}\0${regulation}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const { versions } = regulationHistory(regulation, root);
  const current = versions.at(-1)?.files ?? new Map<string, string>();
  const successors = successorsOf(
    new Map([...current].map(([file, text]) => [file, removedClausesOf(`content/docs/${regulation}/${file}`, text)])),
  );
  const result = { tombstones: tombstones(versions, successors), problems: idProblems(versions, successors) };
  cache.set(key, result);
  return result;
}

/** The tombstones one section page carries; throws (failing the build) when the regulation's ids are broken. */
export function tombstonesOn(regulation: string, file: string, root = process.cwd()): Tombstone[] {
  const { tombstones: all, problems } = regulationIds(regulation, root);
  if (problems.length > 0) {
    throw new Error(`content/docs/${regulation}/ 的條文編號有誤：\n${problems.map((p) => `  ${p}`).join('\n')}`);
  }
  return all.filter((stone) => stone.file === file);
}
