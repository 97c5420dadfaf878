/** The fields of a deal that make its value: a number and the currency printed beside it. */
interface Money {
  amount?: number | undefined;
  currency?: string | undefined;
}

/**
 * A merged record's amount with the currency of the reading it came from (`first` when it read an
 * amount, else `second`): a page that now prints "125 000 kr" (no currency read) or "₪40,000.00"
 * replaces the amount, and the euro sign an earlier reading printed beside another amount must not
 * stay beside the new one; the same amount keeps the currency known for it. A reading without an
 * amount leaves both as they were.
 */
export function amountWithItsCurrency<T extends object>(merged: T, first: object, second: object): T {
  const [a, b] = [first as Money, second as Money];
  const source = a.amount !== undefined ? a : b.amount !== undefined ? b : undefined;
  if (!source) return merged;
  // The same amount shown without a currency it names ("36 000,00 $" on fr-CA) keeps the one known for it.
  const currency = source.currency ?? (a.amount === b.amount ? b.currency : undefined);
  const { currency: _stored, ...rest } = merged as T & Money;
  return (currency === undefined ? rest : { ...rest, currency }) as T;
}
