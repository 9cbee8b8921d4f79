/** A value that applies from a date on: a regulation's rules as of one version. */
export interface Dated<T> {
  version: string;
  /** YYYY-MM-DD, first day it applies. */
  effectiveDate: string;
  value: T;
}

/** Last calendar day of a `YYYY-MM` month, as YYYY-MM-DD: a month is tallied at its close. */
export function monthEnd(month: string): string {
  const [year, monthIndex] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(year, monthIndex, 0)).getUTCDate();
  return `${month}-${String(last).padStart(2, '0')}`;
}

/**
 * The version in force on `day` (YYYY-MM-DD): the newest whose effective date is on or before it.
 * `versions` are oldest first. Before the first version's date the first applies (the earliest we have).
 */
export function inForceOn<T>(versions: readonly Dated<T>[], day: string): Dated<T> {
  if (versions.length === 0) throw new Error('inForceOn: no versions');
  let chosen = versions[0]!;
  for (const version of versions) if (version.effectiveDate <= day) chosen = version;
  return chosen;
}

/** The version applied to a `YYYY-MM` month: the one in force on its last day. */
export const inForceForMonth = <T>(versions: readonly Dated<T>[], month: string): Dated<T> =>
  inForceOn(versions, monthEnd(month));

/** Versions announced but not yet in force on `day`, oldest first. */
export const upcoming = <T>(versions: readonly Dated<T>[], day: string): Dated<T>[] =>
  versions.filter((version) => version.effectiveDate > day);
