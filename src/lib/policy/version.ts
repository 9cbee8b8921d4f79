/** Policy versions: `主版本.次版本`, optionally `.修訂`, e.g. "1.0", "2.3", "2.3.1". */
export const versionPattern = /^\d+(?:\.\d+){1,2}$/;

/** Negative when a is older than b, 0 when equal, positive when newer; "1.10" is newer than "1.9". */
export function compareVersions(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i += 1) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}
