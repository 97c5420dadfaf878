// @vitest-environment happy-dom
/**
 * crm-evidence-2.md: a 2024+ event preview "The older `[data-selenium-test="timeline-card"]` can
 * still wrap it: both generations coexist"; crm-pages.md: that card carries its title in
 * `[data-selenium-test="timeline-editable-title"]`. Such a card titles the email with its subject
 * above the preview's own header, which repeats it ("Email - Re: Pilot"), and the preview's body
 * opens with the mail's From and To rows, sometimes after a subject line of its own. Direction
 * "comes from who sent it versus the record" (crm-evidence-2.md): the rep's mail is outbound, the
 * contact's answer inbound (metrics.md), wrapped or not. Read as unknown, the answer was lost from
 * the reply rate.
 */
import { describe, expect, it } from 'vitest';
import { contactRecord, previewEvent, property, readHubSpot, timeline } from './contact-record';

const PAGES = {
  'en-US': {
    email: 'Email',
    owner: 'Contact owner',
    type: 'Email',
    from: 'From',
    to: 'To',
    subject: 'Pilot',
    rep: '17 Nov 2026 at 2:05 PM',
    answer: '18 Nov 2026 at 9:40 AM',
  },
  'de-DE': {
    email: 'E-Mail',
    owner: 'Kontaktinhaber',
    type: 'E-Mail',
    from: 'Von',
    to: 'An',
    subject: 'Pilotprojekt',
    rep: '17.11.2026 14:05',
    answer: '18.11.2026 09:40',
  },
  'es-ES': {
    email: 'Correo',
    owner: 'Propietario del contacto',
    type: 'Correo',
    from: 'De',
    to: 'Para',
    subject: 'Piloto',
    rep: '17 nov 2026 a las 14:05',
    answer: '18 nov 2026 a las 09:40',
  },
};
type Lang = keyof typeof PAGES;
const LANGS = Object.keys(PAGES) as Lang[];

const CONTACT = 'Larissa Mendes';
const REP = 'Rafael Costa';

/** The older card: its editable title, then the 2024+ preview it wraps. */
function olderCard(title: string, preview: string): string {
  return `<div data-selenium-test="timeline-card"><div><span data-selenium-test="timeline-editable-title">${title}</span></div>${preview}</div>`;
}

function page(lang: Lang, withSubjectLine: boolean): string {
  const w = PAGES[lang];
  const email = (subject: string, when: string, from: string, to: string) => {
    const rows = `${w.from}: ${from}<br>${w.to}: ${to}<br>…`;
    const body = withSubjectLine ? `<div>${subject}</div>${rows}` : rows;
    return olderCard(subject, previewEvent(`${w.type} - ${subject}`, when, body));
  };
  return contactRecord({
    lang,
    name: CONTACT,
    properties: property(w.email, 'larissa@cafebom.example') + property(w.owner, REP),
    middle: timeline(email(`Re: ${w.subject}`, w.answer, CONTACT, REP) + email(w.subject, w.rep, REP, CONTACT)),
  });
}

describe('HubSpot: an email preview wrapped in an older timeline card', () => {
  it.each(LANGS)('%s: the rep’s mail is outbound, the contact’s answer inbound', (lang) => {
    const { activities } = readHubSpot(page(lang, false));
    expect(activities.map((a) => [a.type, a.direction, a.title])).toEqual([
      ['email', 'inbound', `Re: ${PAGES[lang].subject}`],
      ['email', 'outbound', PAGES[lang].subject],
    ]);
  });

  it.each(LANGS)('%s: the same when the preview’s body repeats the subject above its rows', (lang) => {
    const { activities } = readHubSpot(page(lang, true));
    expect(activities.map((a) => a.direction)).toEqual(['inbound', 'outbound']);
  });
});
