/** One formatter for every count the team page prints: digits grouped, "12,345", as the basis lines give them. */
const grouped = new Intl.NumberFormat('en-US');

export function countText(n: number): string {
  return grouped.format(n);
}

/** "1 open deal", "12,345 open deals". */
export function countOf(n: number, one: string, many: string): string {
  return `${countText(n)} ${n === 1 ? one : many}`;
}
