// Names close to one that does not exist, by spelling: how a mistyped tool or toolset name is answered.

/** Longer names are not compared: the work grows with the product of both lengths. */
const MAX_COMPARED_LENGTH = 100;

/** Up to `limit` candidates spelled like `name`, closest first; none when nothing is near. */
export function closestBySpelling(name: string, candidates: Iterable<string>, limit: number): string[] {
  if (name.length > MAX_COMPARED_LENGTH) return [];
  return [...candidates]
    .map((candidate) => [candidate, editDistance(candidate, name)] as const)
    .filter(([, distance]) => distance <= Math.max(3, name.length / 3))
    .sort((a, b) => a[1] - b[1])
    .slice(0, limit)
    .map(([candidate]) => candidate);
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}
