/**
 * Reads `git log --format=t:%ct --name-only` output: commits newest first, each a `t:<unix seconds>` line
 * followed by the files it touched. Returns each file's newest commit date.
 */
export function newestCommitDates(log: string): Map<string, Date> {
  const dates = new Map<string, Date>();
  let current: Date | undefined;
  for (const line of log.split('\n')) {
    const stamp = /^t:(\d+)$/.exec(line);
    if (stamp) current = new Date(Number(stamp[1]) * 1000);
    else if (line.trim() && current && !dates.has(line)) dates.set(line, current);
  }
  return dates;
}
