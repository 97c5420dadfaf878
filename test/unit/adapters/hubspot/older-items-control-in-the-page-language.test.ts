import { describe, expect, it } from 'vitest';
import { contactRecord, groupHeading, previewEvent, readHubSpot, timeline } from './contact-record';

/**
 * README: a timeline the CRM shows only partly loaded is reported as partly read; crm-pages.md:
 * HubSpot's timeline "scrolls in more items". The English table takes "Show more" below the items
 * as a control that fetches older ones (words/en.ts `olderActivity`); the same control worded in the
 * page's language was missed: Italian "Mostra di più", pt-BR "Exibir mais", French "Afficher les
 * activités antérieures". On a page in a language without a table (Swedish "Läs in fler") a button
 * below the timeline's items is taken as possibly fetching older ones, as Salesforce's reader does
 * (timeline-end-button.ts), where it had been taken as nothing. Each time the shown calls passed for
 * the contact's whole history.
 *
 * Oracle: as on the English page with "Show more", a notRead for `activities` naming the control.
 */
const calls = (header: string) =>
  groupHeading('November 2026') +
  previewEvent(header, '2026-11-12 10:00', '<div>Rinnovo 2027</div>') +
  previewEvent(header, '2026-11-05 15:30', '<div>Primo contatto</div>');

const olderNotRead = (html: string) => {
  const r = readHubSpot(html);
  return { read: r.activities.length, reasons: r.notRead.filter((n) => n.field === 'activities').map((n) => n.reason) };
};

describe('a control below the HubSpot timeline that loads older items', () => {
  it.each([
    ['en-US', 'Logged call', 'Show more'],
    ['it-IT', 'Chiamata registrata', 'Mostra di più'],
    ['pt-BR', 'Chamada registrada', 'Exibir mais'],
    ['fr-FR', 'Appel enregistré', 'Afficher les activités antérieures'],
    ['sv-SE', 'Loggat samtal', 'Läs in fler'],
  ] as const)('%s "%s" … "%s": the timeline is reported as partly read', (lang, header, button) => {
    const html = contactRecord({
      lang,
      name: 'Giulia Rossi',
      middle: timeline(`${calls(header)}<div><button type="button">${button}</button></div>`),
    });
    expect(olderNotRead(html)).toEqual({ read: 2, reasons: [expect.stringContaining(button)] });
  });

  it('(control) sv-SE: a button inside the last item ("Svara") or a group toggle is no load control', () => {
    const reply = previewEvent('Loggat samtal', '2026-11-01 09:00', '<div>Uppföljning</div>').replace(
      /<\/div>$/,
      '<button type="button">Svara</button></div>',
    );
    const html = contactRecord({
      lang: 'sv-SE',
      middle: timeline(
        `${calls('Loggat samtal')}${reply}<div><button type="button" aria-expanded="false">Oktober 2026</button></div>`,
      ),
    });
    expect(olderNotRead(html)).toEqual({ read: 3, reasons: [] });
  });
});
