// @vitest-environment happy-dom
/**
 * Review hsdeal. An association card's contact row often links the avatar and the whole row to
 * the contact: the contact's name is the name shown, never the avatar's initials, an empty
 * string, or the name run together with the e-mail or job title beside it.
 */
import { describe, expect, it } from 'vitest';
import { hsDeal, readHs } from './built-deal-page';

const card = (rows: string) =>
  `<div data-test-id="card-wrapper-contacts"><h2>Contacts (2)</h2><div data-test-id="associated-objects-card-content-0-1">${rows}</div></div>`;

const avatarCard = card(`
 <div><a href="/contacts/11/record/0-1/501" aria-label="Mara Diaz"><img alt="" src="avatar.png"></a><a href="/contacts/11/record/0-1/501">Mara Diaz</a></div>
 <div><a href="/contacts/11/record/0-1/502"><span>KO</span></a><a href="/contacts/11/record/0-1/502">Kenji Ono</a></div>`);

const rowLinkCard = card(`
 <a href="/contacts/11/record/0-1/501"><span>Mara Diaz</span><span>mara@acme.example</span></a>
 <a href="/contacts/11/record/0-1/502"><span>Kenji Ono</span><span>CFO at Acme</span></a>`);

const names = (right: string, strip = false) =>
  readHs(hsDeal({ lang: 'en', right }), { strip }).record.contacts.map((c) => c.name);

describe('HubSpot deal: associated contacts’ names', () => {
  it('reads the shown name, not the avatar link’s empty text or initials', () => {
    expect(readHs(hsDeal({ lang: 'en', right: avatarCard })).record.contacts).toEqual([
      { id: '501', name: 'Mara Diaz' },
      { id: '502', name: 'Kenji Ono' },
    ]);
  });

  it('reads the name alone where the whole row (name, e-mail, title) is one link', () => {
    expect(names(rowLinkCard)).toEqual(['Mara Diaz', 'Kenji Ono']);
  });

  it('reads both without test ids too', () => {
    expect(names(avatarCard, true)).toEqual(['Mara Diaz', 'Kenji Ono']);
    expect(names(rowLinkCard, true)).toEqual(['Mara Diaz', 'Kenji Ono']);
  });

  it('keeps a name whose parts are spaced apart, and an avatar’s label where no link shows the name', () => {
    const spaced = card(`
 <a href="/contacts/11/record/0-1/501"><span>Mara</span> <span>Diaz</span></a>
 <a href="/contacts/11/record/0-1/502" aria-label="Kenji Ono"><span aria-hidden="true">KO</span></a>`);
    expect(names(spaced)).toEqual(['Mara Diaz', 'Kenji Ono']);
  });

  it('names a contact with no name by the e-mail HubSpot shows for it', () => {
    const emailOnly = card('<a href="/contacts/11/record/0-1/503"><span>JD</span><span>jd@acme.example</span></a>');
    expect(names(emailOnly)).toEqual(['jd@acme.example']);
  });

  it('keeps an email from a deal contact inbound when the card links the whole row', () => {
    const reading = readHs(
      hsDeal({
        lang: 'en',
        right: rowLinkCard,
        items: [{ header: 'Email from Kenji Ono', date: 'Oct 28 at 10:00 AM', body: 'Re: pricing' }],
      }),
    );
    // With clean names the same email reads inbound (a reply); run-together names lose it.
    expect(reading.activities[0]?.direction).toBe('inbound');
  });
});
