import type { ReadResult } from '../schema/read-result';
import type { KnownPersonalData } from './mask-text';

const present = (values: (string | undefined)[]): string[] =>
  values.filter((v): v is string => typeof v === 'string' && v.trim() !== '');

/**
 * The people and numbers the adapter's reading names: the contact (name, phone), the deal's
 * contacts and owner, and every activity's owner. A deal's own name is masked as one phrase: its
 * words ("Fleet pilot", "Demo") may also be stage names or labels the readers need.
 */
export function knownPersonalData(reading: ReadResult, doc: Document): KnownPersonalData {
  if (reading.status !== 'read') {
    // Nothing was read: the record's name is most likely the page's main heading.
    const headings = Array.from(doc.querySelectorAll('h1'), (h) => h.textContent?.trim() ?? '');
    return { names: [], phrases: present(headings), phones: [] };
  }
  const owners = reading.activities.map((a) => a.owner);
  if (reading.kind === 'contact') {
    const { record } = reading;
    return {
      names: present([record.name, record.owner, ...owners]),
      phrases: [],
      phones: present([record.phone]),
    };
  }
  const { record } = reading;
  return {
    names: present([record.owner, ...record.contacts.map((c) => c.name), ...owners]),
    phrases: present([record.name]),
    phones: [],
  };
}
