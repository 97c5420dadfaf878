import { pageOptions } from '../page-options';

/** A deal's value as the header and lists print it: "$48,000", for a German account "48.000 $". */
export function dealValue(amount: number): string {
  if (pageOptions().lang === 'de')
    return new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(
      amount,
    );
  return `$${amount.toLocaleString('en-US')}`;
}
