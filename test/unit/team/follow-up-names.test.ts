import { describe, expect, it } from 'vitest';
import { NOT_READ_FROM_A_PAGE } from '../../../lib/csv-import/deals/to-deal';
import { contactNamesOnDeals } from '../../../lib/team/contact-name';
import { followUps } from '../../../lib/team/follow-ups';
import { at, contact, contactKey, deal, email, NOW, settings, touchesOf } from '../metrics/builders';

const CONTACT = contactKey('51230');
/** One email on 1 Nov, 19 days before NOW: past the 14-day follow-up limit, so the contact has gone cold. */
const touchesByContact = new Map([
  [CONTACT, touchesOf([email(at('2026-11-01 09:00'), 'Intro', { contactKeys: [CONTACT] })])],
]);
const pageRead = contact({ key: CONTACT, recordId: '51230', name: 'Priya Raman-Shah' });
const fromExport = contact({ key: CONTACT, recordId: '51230', name: 'P. Raman', lastReadAt: NOT_READ_FROM_A_PAGE });

function nameOf(input: { contacts?: ReturnType<typeof contact>[]; namedOnDeals?: Map<string, string> }) {
  const found = followUps({
    touchesByContact,
    contacts: new Map((input.contacts ?? []).map((c) => [c.key, c])),
    ...(input.namedOnDeals ? { namedOnDeals: input.namedOnDeals } : {}),
    settings: settings(),
    now: NOW,
  });
  expect(found.map((f) => f.kind)).toEqual(['gone-cold']);
  return found[0]?.name;
}

describe('who a follow-up is with', () => {
  it('is the contact’s own page’s name, whatever a deal page called it', () => {
    expect(nameOf({ contacts: [pageRead], namedOnDeals: new Map([[CONTACT, 'Priya Raman']]) })).toBe(
      'Priya Raman-Shah',
    );
  });

  it('is a deal page’s name before the one an export gave (a page reading wins over an import)', () => {
    expect(nameOf({ contacts: [fromExport], namedOnDeals: new Map([[CONTACT, 'Priya Raman']]) })).toBe('Priya Raman');
  });

  it('is the export’s name when no page named the contact', () => {
    expect(nameOf({ contacts: [fromExport] })).toBe('P. Raman');
  });

  it('is left out, never the bare CRM id, when nothing names the contact', () => {
    expect(nameOf({})).toBeUndefined();
  });
});

describe('names deal pages gave contacts', () => {
  it('come from the deal read last, and a blank name is no name', () => {
    const older = deal({ lastReadAt: '2026-11-01T10:00:00.000Z', contacts: [{ id: '51230', name: 'Priya Raman' }] });
    const newer = deal({
      lastReadAt: '2026-11-10T10:00:00.000Z',
      contacts: [
        { id: '51230', name: 'Priya Raman-Shah' },
        { id: '51231', name: '  ' },
      ],
    });
    expect(contactNamesOnDeals([newer, older])).toEqual(new Map([[CONTACT, 'Priya Raman-Shah']]));
  });
});
