import { describe, expect, it } from 'vitest';
import { edited, fixturePage, readPage } from '../page-variation';

/**
 * The Opportunity page as other orgs and languages show it: the German deal fixture varied the
 * ways a saved real page plausibly differs (crm-pages.md, crm-evidence-2.md).
 */
const page = fixturePage('salesforce', 'deal-activity-groups-de');
const contactRoleTiles =
  /<ul class="slds-list_vertical">\s*<li class="slds-item">\s*<article class="slds-tile">[\s\S]*?<\/ul>\s*<\/div>\s*<\/article>/;
const bothContacts = [
  { id: '0035g00000DpQ9xAAF', name: 'Maria Jensen' },
  { id: '0035g00000DpQAyAAN', name: 'Tom Becker' },
];

/** Contact Roles as a table (the related list's full view), the role first and record links without object names. */
function contactRolesTable(headings: string): string {
  const row = (role: string, id: string, name: string) =>
    `<tr><td>${role}</td><th scope="row"><a href="/lightning/r/${id}/view">${name}</a></th>` +
    '<td><a href="/lightning/r/Account/0015g0000000001AAA/view">Northwind</a></td></tr>';
  return edited(page.html, [
    contactRoleTiles,
    `<table class="slds-table"><thead><tr>${headings}</tr></thead><tbody>` +
      row('Entscheidungsträger', '0035g00000DpQ9xAAF', 'Maria Jensen') +
      row('Technischer Einkäufer', '0035g00000DpQAyAAN', 'Tom Becker') +
      '</tbody></table></div></article>',
  ]);
}

describe('Contact Roles shown as a table', () => {
  it('reads the contacts under plain column headings', () => {
    const html = contactRolesTable(
      '<th scope="col">Rolle</th><th scope="col">Kontaktname</th><th scope="col">Account-Name</th>',
    );
    expect(readPage(html, page.url).record.contacts).toEqual(bothContacts);
  });

  it('reads the contacts when headings carry the localized sort text of a sortable column', () => {
    const sortable = (label: string) =>
      `<th scope="col"><span class="slds-assistive-text">Sortieren nach:</span>${label}</th>`;
    const html = contactRolesTable(`${sortable('Rolle')}${sortable('Kontaktname')}${sortable('Account-Name')}`);
    expect(readPage(html, page.url).record.contacts).toEqual(bothContacts);
  });

  it('reads the contacts by their contact links when the admin renamed the name column', () => {
    const html = contactRolesTable(
      '<th scope="col">Rolle</th><th scope="col">Ansprechpartner</th><th scope="col">Account-Name</th>',
    );
    expect(readPage(html, page.url).record.contacts).toEqual(bothContacts);
  });
});

describe('a stage path whose steps are ARIA options inside the SLDS path items', () => {
  it('reads the item marked current, not the step the user clicked, without assistive text', () => {
    const html = edited(
      page.html,
      ['<span class="slds-path__stage"><span class="slds-assistive-text">Aktuelle Phase:</span></span>', ''],
      [
        'slds-is-current slds-is-active" role="presentation">\n                <a aria-selected="true"',
        'slds-is-current" role="presentation">\n                <a aria-selected="false"',
      ],
      [
        'slds-is-complete" role="presentation">\n                <a aria-selected="false" class="slds-path__link" href="#" role="option" tabindex="-1" title="Qualifizierung">',
        'slds-is-complete slds-is-active" role="presentation">\n                <a aria-selected="true" class="slds-path__link" href="#" role="option" tabindex="0" title="Qualifizierung">',
      ],
    );
    expect(readPage(html, page.url).record.stage).toBe('Angebot/Preisangebot');
  });
});

describe('a closed deal whose stage names are the org’s own', () => {
  it('reads a deal won from the path’s won step', () => {
    const html = edited(
      page.html,
      [/Angebot\/Preisangebot/g, 'Gewonnen'],
      ['slds-is-current slds-is-active', 'slds-is-current slds-is-active slds-is-won'],
    );
    const { record } = readPage(html, page.url);
    expect(record.stage).toBe('Gewonnen');
    expect(record.closed).toBe('won');
  });

  it('reads a deal lost from the path’s lost step', () => {
    const html = edited(
      page.html,
      [/Angebot\/Preisangebot/g, 'Verloren'],
      ['slds-is-current slds-is-active', 'slds-is-current slds-is-active slds-is-lost'],
    );
    expect(readPage(html, page.url).record.closed).toBe('lost');
  });

  it('reads an open deal as open', () => {
    expect(readPage(page.html, page.url).record.closed).toBeUndefined();
  });
});
