const cache = new Map<string, number>();

/**
 * How many decimals the currency's amounts have (ISO 4217's minor unit, as Intl knows it): 2 for
 * most, 0 for the yen, 3 for the Kuwaiti and Bahraini dinars ("KWD 750.000" is 750 dinars). 2 for
 * a code Intl does not know.
 */
export function minorDigitsOf(currency: string): number {
  let digits = cache.get(currency);
  if (digits === undefined) {
    try {
      digits =
        new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    } catch {
      digits = 2;
    }
    cache.set(currency, digits);
  }
  return digits;
}
