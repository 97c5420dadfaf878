/**
 * Whole numbers for parts that add up to `total` (largest remainder): each part rounded down,
 * then the ones that lost most rounded up until the sum is `total`. With parts summing to x and
 * total = round(x), between 0 and parts.length of them go up, so every part is its floor or ceiling.
 */
export function wholeParts(parts: readonly number[], total: number): number[] {
  const floors = parts.map((p) => Math.floor(p + 1e-9));
  let left = total - floors.reduce((sum, f) => sum + f, 0);
  const order = parts.map((p, i) => ({ i, lost: p - (floors[i] as number) })).sort((a, b) => b.lost - a.lost);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i] = (floors[i] as number) + 1;
    left--;
  }
  return floors;
}

/** Parts to one decimal that add up to `total` to one decimal (wholeParts over tenths). */
export function tenthParts(parts: readonly number[], total: number): number[] {
  return wholeParts(
    parts.map((p) => p * 10),
    Math.round(total * 10),
  ).map((tenths) => tenths / 10);
}
