const SYMBOLS: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', R$: 'BRL' };

/**
 * A deal value as the header shows it ("$12,500", "12 500 €", "EUR 1.200,50"): the number and
 * the ISO currency where the text names one. A lone `$` is read as USD (Pipedrive prints other
 * dollars with a prefix, e.g. "CA$", "A$"; those are left without a currency), asked only where the
 * page's language prints no dollar of its own with a lone `$` (deal-amount.ts), nor with letters
 * after it ("$BM", "$AR").
 */
export function parseMoney(text: string): { amount?: number; currency?: string } {
  const code = text.match(/\b([A-Z]{3})\b/)?.[1];
  // "$BM" (French for the Bermudian dollar) is no lone "$": a sign with letters names no US dollar.
  const symbol = text.match(/R\$|[A-Z]{1,2}\$|\$[A-Z]{1,3}|[$€£¥₹]/)?.[0];
  const currency = code ?? (symbol ? SYMBOLS[symbol] : undefined);
  const digits = text.match(/\d[\d.,\s\u00a0\u202f]*/)?.[0]?.replace(/[\s\u00a0\u202f]/g, '');
  const amount = digits ? toNumber(digits) : undefined;
  return { ...(amount !== undefined ? { amount } : {}), ...(currency ? { currency } : {}) };
}

/** "1,200.50" and "1.200,50" both read as 1200.5: the last separator followed by 1–2 digits is the decimal. */
function toNumber(raw: string): number | undefined {
  const trimmed = raw.replace(/[.,]$/, '');
  const decimal = trimmed.match(/[.,](\d{1,2})$/);
  const whole = decimal ? trimmed.slice(0, -decimal[0].length) : trimmed;
  const n = Number(`${whole.replace(/[.,]/g, '')}${decimal ? `.${decimal[1]}` : ''}`);
  return Number.isFinite(n) ? n : undefined;
}
