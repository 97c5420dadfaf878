import { describe, expect, it } from 'vitest';
import { contactPage, item, read, timeline } from './contact-page';

/**
 * README: a timeline the CRM shows only partly loaded is reported as partly read. The Salesforce
 * tables list the timeline's load words, their last ones standing for "View More" (de "Mehr
 * anzeigen", fr "Afficher plus", es "Ver más"). The Portuguese, Italian and Dutch tables had none
 * for "View More", which Lightning words with its "View": pt-BR "Exibir", it "Visualizza", nl
 * "weergeven" (guesses, no capture). On a page whose language has a table a button the table does
 * not list is taken as nothing (only untabled pages take any button below the timeline,
 * timeline-end-button.ts): the shown calls passed for the whole history.
 *
 * Oracle: as on the English page with "Load More Past Activities", an `activities` notRead saying
 * older activities may be behind the button.
 */
const call = (subject: string, date: string, summary: string) =>
  item({
    token: 'Task',
    icon: 'log-a-call',
    iconTitle: subject,
    subject,
    id: '00T5g00000LmN3aEAF',
    date,
    summary,
    checkbox: 'checked',
  });

describe("a load button below the Lightning timeline, worded as the page's language says View More", () => {
  it.each([
    [
      'en-US',
      'Upcoming &amp; Overdue',
      'November • 2026',
      call('Call', 'Nov 12', 'You logged a call with Maria Jensen'),
      'Load More Past Activities',
    ],
    [
      'pt-BR',
      'Próximas e atrasadas',
      'novembro • 2026',
      call('Chamada', '12 de nov.', 'Você registrou uma chamada com João Silva'),
      'Exibir mais',
    ],
    [
      'it-IT',
      'Imminenti e scadute',
      'novembre • 2026',
      call('Chiamata', '12 nov', 'Hai registrato una chiamata con Giulia Rossi'),
      'Visualizza altro',
    ],
    [
      'nl-NL',
      'Aankomend en achterstallig',
      'november • 2026',
      call('Gesprek', '12 nov.', 'U hebt een gesprek met Sanne de Vries geregistreerd'),
      'Meer weergeven',
    ],
  ] as const)('%s: the timeline is reported as partly read', (lang, upcoming, month, calls, button) => {
    const below = `<div class="slds-m-vertical_small"><button class="slds-button slds-button_neutral">${button}</button></div>`;
    const html = contactPage(
      timeline('', [{ heading: month, items: calls }], upcoming).replace(/<\/div>$/, `${below}</div>`),
      { lang, name: 'Contact' },
    );
    const r = read(html);
    expect(r.activities).toHaveLength(1);
    expect(r.notRead.filter((n) => n.field === 'activities').map((n) => n.reason)).toEqual([
      expect.stringContaining(button),
    ]);
  });
});
