// @vitest-environment happy-dom
/**
 * Review e2e53. HubSpot's email previews name people by address only, in the From/To rows that open
 * the preview ("From: omar.haddad@…", crm-evidence-2.md), with no link to a contact. On a deal page
 * the association card shows each contact's address under their name: an address in an email's
 * From/To/Cc rows that the card shows under exactly one contact names that contact (contracts.md:
 * a deal touch carries a contact only where the page names one). Never a guess: an address under
 * no contact or under two, or one only in the mail's own text, names no one.
 */
import { describe, expect, it } from 'vitest';
import { type HsItem, hsDeal, readHs } from './built-deal-page';

const link = (id: string, name: string) =>
  `<a data-selenium-test="contact-chicklet-title-link" href="/contacts/7781234/record/0-1/${id}">${name}</a>`;

/** The Contacts card: each row's name link with the address below it, as siblings in the card. */
const card = (rows: [string, string, string][]) =>
  `<div data-test-id="card-wrapper-contacts"><h2>Contacts (${rows.length})</h2><div data-test-id="associated-objects-card-content-0-1">${rows
    .map(([id, name, address]) => `${link(id, name)}<div>${address}</div>`)
    .join('')}</div></div>
<div data-test-id="card-wrapper-companies"><h2>Companies (1)</h2><div data-test-id="associated-objects-card-content-0-2"><a href="/contacts/7781234/record/0-2/77">Initech</a><div>info@initech.example</div></div></div>`;

const omarAndDana = card([
  ['601', 'Omar Haddad', 'omar.haddad@initech.example'],
  ['602', 'Dana Whitfield', 'dana.whitfield@initech.example'],
]);

const email = (header: string, rows: string): HsItem => ({
  header,
  date: 'Nov 14, 2026 at 8:40 AM',
  body: `<div>Re: Agenda for the dispatch demo</div><div>${rows}</div>`,
});

/** A call below the email: without test ids, a timeline is found by its items' repeated shape. */
const call: HsItem = {
  header: 'Call - Connected made by Sam Rivera',
  date: 'Nov 12, 2026 at 10:00 AM',
  body: '<div>Intro call</div>',
};

const contactsOf = (item: HsItem, right = omarAndDana, strip = false) =>
  readHs(hsDeal({ lang: 'en', items: [item, call], right }), { strip }).activities.find((a) => a.type === 'email')
    ?.contactIds;

describe('HubSpot deal: an email names the contact its From/To/Cc rows give the address of', () => {
  it('a reply from an address the card shows under one contact is that contact’s', () => {
    const reply = email(
      'Email reply from Omar Haddad',
      '<span>From: omar.haddad@initech.example</span> <span>To: sam.rivera@contoso.example</span>',
    );
    expect(contactsOf(reply)).toEqual(['601']);
    expect(contactsOf(reply, omarAndDana, true)).toEqual(['601']);
  });

  it('names everyone its To and Cc rows give, with display names and in any case', () => {
    const sent = email(
      'Email sent by Sam Rivera',
      'From: Sam Rivera &lt;sam.rivera@contoso.example&gt;<br>To: Omar Haddad &lt;Omar.Haddad@initech.example&gt;<br>Cc: dana.whitfield@initech.example<br>Hi both, agenda attached.',
    );
    expect(contactsOf(sent)?.sort()).toEqual(['601', '602']);
  });

  it('reads a row of the card drawn around the name, with its address as a mailto link', () => {
    const rows = `<div data-test-id="card-wrapper-contacts"><h2>Contacts (1)</h2><div data-test-id="associated-objects-card-content-0-1"><div><div>${link('601', 'Omar Haddad')}</div><div>Dispatch lead</div><a href="mailto:omar.haddad@initech.example">omar.haddad@initech.example</a></div></div></div>`;
    expect(contactsOf(email('Email sent by Sam Rivera', 'To: omar.haddad@initech.example'), rows)).toEqual(['601']);
  });

  it('an address the card shows under no contact, or under two, names no one', () => {
    const shared = card([
      ['601', 'Omar Haddad', 'dispatch@initech.example'],
      ['602', 'Dana Whitfield', 'dispatch@initech.example'],
    ]);
    const toDispatch = email('Email sent by Sam Rivera', 'To: dispatch@initech.example');
    expect(contactsOf(toDispatch, shared)).toBeUndefined();
    // The companies card's address is no contact's, though it follows the last contact's row.
    expect(contactsOf(email('Email sent by Sam Rivera', 'To: info@initech.example'))).toBeUndefined();
    expect(contactsOf(email('Email sent by Sam Rivera', 'To: ines.moreau@initech.example'))).toBeUndefined();
  });

  it('an address only in the mail’s own text names no one', () => {
    const afterRows = email(
      'Email sent by Sam Rivera',
      'To: sam.rivera@contoso.example<br>Omar asked me to loop in omar.haddad@initech.example next time.',
    );
    const noRows = email('Email sent by Sam Rivera', 'Please forward this to omar.haddad@initech.example.');
    const quoted = email(
      'Email sent by Sam Rivera',
      'Thanks, see below.<br>From: Omar Haddad &lt;omar.haddad@initech.example&gt; Sent: Friday To: Sam Rivera',
    );
    expect([contactsOf(afterRows), contactsOf(noRows), contactsOf(quoted)]).toEqual([undefined, undefined, undefined]);
  });
});
