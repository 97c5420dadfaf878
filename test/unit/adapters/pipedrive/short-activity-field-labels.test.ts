/**
 * The sidebar's "Next activity" / "Last activity" rows under their short labels, on a page with
 * neither test ids nor class names (the second path: a known label, its value, nothing more). The
 * English, Spanish, Portuguese and Dutch tables carry the short label beside the "… date" one;
 * German, French and Italian had only the long one, so a German "Nächste Aktivität" row with its
 * call icon and day was read as a done call in the History.
 */
import { describe, expect, it } from 'vitest';
import { readOk } from './read-written-page';

const row = (label: string, icon: string, subject: string, day: string) =>
  `<div><span>${label}</span><div><span role="img" aria-label="${icon}"></span> <span>${subject}</span> · <span>${day}</span></div></div>`;

const entry = (icon: string, subject: string, date: string) =>
  `<div><span role="img" aria-label="${icon}"></span><div><button type="button" role="checkbox" aria-checked="true"></button><a href="/activities/9${subject.length}">${subject}</a></div><div><span>${date}</span> · <span>Priya Raman</span></div></div>`;

const page = (lang: {
  history: string;
  next: string;
  last: string;
  call: string;
  meeting: string;
  ahead: string;
  earlier: string;
  latest: string;
}) =>
  `<div id="root"><main><div>
<header><h1>Jonas Keller</h1></header>
<div>
<div><section>${row(lang.next, lang.call, 'Jonas', lang.ahead)}${row(lang.last, lang.meeting, 'Vor Ort', lang.earlier)}</section></div>
<section><h2>${lang.history}</h2>
${entry(lang.call, 'Preisgespräch', lang.latest)}
${entry(lang.meeting, 'Vor Ort', lang.earlier)}
</section>
</div></div></main></div>`;

describe('Pipedrive sidebar rows under the short "next/last activity" label', () => {
  it.each([
    [
      'de',
      {
        history: 'Verlauf',
        next: 'Nächste Aktivität',
        last: 'Letzte Aktivität',
        call: 'Anruf',
        meeting: 'Meeting',
        ahead: '24. November 2026',
        earlier: '12. November 2026',
        latest: '18. November 2026',
      },
    ],
    [
      'fr',
      {
        history: 'Historique',
        next: 'Prochaine activité',
        last: 'Dernière activité',
        call: 'Appel',
        meeting: 'Réunion',
        ahead: '24 novembre 2026',
        earlier: '12 novembre 2026',
        latest: '18 novembre 2026',
      },
    ],
    [
      'it',
      {
        history: 'Cronologia',
        next: 'Prossima attività',
        last: 'Ultima attività',
        call: 'Chiamata',
        meeting: 'Riunione',
        ahead: '24 novembre 2026',
        earlier: '12 novembre 2026',
        latest: '18 novembre 2026',
      },
    ],
  ])('%s: reads only the History entries', (lang, words) => {
    const result = readOk('/person/812', page(words), { lang });
    expect(result.activities.map((a) => [a.type, a.title, a.timestamp?.slice(0, 10), a.planned ?? false])).toEqual([
      ['call', 'Preisgespräch', '2026-11-18', false],
      ['meeting', 'Vor Ort', '2026-11-12', false],
    ]);
  });
});
