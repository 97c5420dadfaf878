import { toSalesforceId18 } from '../../../lib/adapters/salesforce-id';

/** Key prefixes of the Salesforce objects the demo shows. */
export const PREFIX = {
  account: '001',
  contact: '003',
  opportunity: '006',
  task: '00T',
  event: '00U',
  email: '02s',
  note: '069',
  user: '005',
} as const;

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/**
 * A world id as a Salesforce id: key prefix, pod "5g", a reserved "0", then the number in
 * base 62 over nine characters (15 characters), shown in the 18-character form Lightning
 * URLs use.
 */
export function sfId(prefix: string, n: number): string {
  let digits = '';
  for (let v = n; v > 0; v = Math.floor(v / 62)) digits = BASE62.charAt(v % 62) + digits;
  return toSalesforceId18(`${prefix}5g0${digits.padStart(9, '0')}`);
}

/** The world number behind an id from a URL (15 or 18 characters), or undefined. */
export function numberOf(id: string, prefix: string): number | undefined {
  if (!id.startsWith(prefix) || (id.length !== 15 && id.length !== 18)) return undefined;
  let n = 0;
  for (const ch of id.slice(6, 15)) {
    const v = BASE62.indexOf(ch);
    if (v < 0) return undefined;
    n = n * 62 + v;
  }
  return n;
}
