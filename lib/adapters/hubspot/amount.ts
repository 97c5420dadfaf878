const SYMBOLS: Record<string, string> = {
  $: 'USD',
  US$: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  A$: 'AUD',
  C$: 'CAD',
};

/** "$12,500.00", "12.500,00 €", "USD 12,500" → value and currency (ISO code or from the symbol). */
export function parseAmount(text: string | undefined): { value: number; currency?: string } | undefined {
  if (!text) return undefined;
  const number = text.match(/\d[\d.,\s\u00a0\u202f]*/)?.[0]?.replace(/[\s\u00a0\u202f]/g, '');
  if (!number) return undefined;
  const value = Number(normaliseNumber(number));
  if (!Number.isFinite(value)) return undefined;
  const code = text.match(/\b([A-Z]{3})\b/)?.[1];
  const symbol = Object.keys(SYMBOLS)
    .sort((a, b) => b.length - a.length)
    .find((s) => text.includes(s));
  const currency = code ?? (symbol ? SYMBOLS[symbol] : undefined);
  return currency ? { value, currency } : { value };
}

/** The last separator followed by one or two digits is the decimal point; the others group thousands. */
function normaliseNumber(raw: string): string {
  const trimmed = raw.replace(/[.,]$/, '');
  const decimal = trimmed.match(/[.,](\d{1,2})$/);
  if (!decimal) return trimmed.replace(/[.,]/g, '');
  const head = trimmed.slice(0, -decimal[0].length).replace(/[.,]/g, '');
  return `${head}.${decimal[1]}`;
}
