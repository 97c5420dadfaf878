import type { ReadResult } from '../schema/read-result';
import type { KnownPersonalData } from './mask-text';
import { shownRecordNames } from './shown-record-names';

const present = (values: (string | undefined)[]): string[] =>
  values.filter((v): v is string => typeof v === 'string' && v.trim() !== '');

/**
 * The people and numbers the adapter's reading names: the contact (name, phone), the deal's
 * contacts and owner, and every activity's owner. A deal's own name is masked as one phrase: its
 * words ("Fleet pilot", "Demo") may also be stage names or labels the readers need.
 */
export function knownPersonalData(reading: ReadResult, doc: Document): KnownPersonalData {
  if (reading.status !== 'read') {
    // Nothing was read: the record's name is in the tab title and the header, and most likely in
    // the page's main heading. On a contact (person, lead) page it is a person's: "Hi Jordan" too.
    const shown = shownRecordNames(reading.crm, doc);
    const headings = present(Array.from(doc.querySelectorAll('h1'), (h) => h.textContent?.trim()));
    const person = reading.kind === 'contact';
    return { names: person ? shown : [], phrases: person ? headings : [...shown, ...headings], phones: [] };
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
