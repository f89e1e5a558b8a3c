/**
 * Order of two candidates' ranks, compared entry by entry, lower first (as `Array.sort` expects).
 *
 *   [0, -3, 1]  before  [0, -2, 0]    (more ties, as -3, win before the later entries count)
 */
export function compareRanks(a: readonly number[], b: readonly number[]): number {
  const length = Math.max(a.length, b.length);
  for (let index = 0; index < length; index += 1) {
    const difference = (a[index] ?? 0) - (b[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}
