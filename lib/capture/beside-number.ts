/**
 * A number just before, maybe with an ordinal ending and one short word between: "3 Jan",
 * "3rd of April", "10 de marzo", "14:00 PM".
 */
const NUMBER_BEFORE = /\d\p{L}{0,2}[^\p{L}\p{N}]{0,4}(?:\p{L}{1,3}[^\p{L}\p{N}]{1,3})?$/u;
/** A number just after, maybe with one short word between: "April 3", "marzo de 2026", "November • 2026". */
const NUMBER_AFTER = /^[^\p{L}\p{N}]{0,4}(?:\p{L}{1,3}[^\p{L}\p{N}]{1,3})?\d/u;

/**
 * True when the `length` characters at `at` in `text` stand beside a number, as a month or a
 * weekday does in a date ("3 Jan 2026") and "PM" does in a time, and a name seldom does ("Hallo Jan,").
 */
export function besideNumber(text: string, at: number, length: number): boolean {
  return (
    NUMBER_BEFORE.test(text.slice(Math.max(0, at - 12), at)) ||
    NUMBER_AFTER.test(text.slice(at + length, at + length + 12))
  );
}
