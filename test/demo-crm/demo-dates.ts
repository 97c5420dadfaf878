/** Date pieces the demo CRMs print. All demo dates are shown in UTC, the zone fixtures are read in. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
export const MONTHS = MONTH_NAMES.map((name) => name.slice(0, 3));
export const DAY = 86_400_000;

/** "3:15 PM": the en-US clock time both look-alikes print. */
export function time12(iso: string): string {
  const d = new Date(iso);
  const h = d.getUTCHours();
  return `${h % 12 || 12}:${String(d.getUTCMinutes()).padStart(2, '0')} ${h < 12 ? 'AM' : 'PM'}`;
}
