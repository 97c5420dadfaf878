/**
 * Review pd50. Done activities that show two dates: the day they were planned for and, on a line of
 * their own, when they were marked done ("Done: Nov 19, 2026 4:02 PM"). Pipedrive keeps both (an
 * activity's due date and the time it was marked done; its detail view orders done activities by
 * the latter), and the adapter's own word table expects such a line: wording.ts `datePrefixes`
 * lists "Done" ("Erledigt") as the word before an item's date. The entries carry build-hashed
 * classes other than `FlowItem_…` (crm-evidence-2.md: classes churn; "find items by what they are
 * (a list of repeated siblings with a date and a subject)").
 *
 * Seen: with two dated lines per entry, each entry is split at its dates into pieces too small to
 * say what they are, and every piece is dropped: the History's calls and meetings vanish, the
 * reading says only "no timeline items found on the page". A rep who did a call and a meeting
 * this week shows zero touches on this person.
 * Expected: one activity per entry (a call and a held meeting), dated by one of its dates.
 */
import { describe, expect, it } from 'vitest';
import { readOk } from './read-written-page';

let id = 88300;
const entry = (icon: string, subject: string, due: string, done: string) =>
  `<div class="ActivityCard_card__Jk7Qe"><span class="cui5-icon" role="img" aria-label="${icon}"></span><div class="ActivityCard_head__Jk7Qe"><button type="button" role="checkbox" aria-checked="true" aria-label="Mark as not done"></button><a href="/activities/${id++}">${subject}</a></div><div class="ActivityCard_meta__Jk7Qe"><span>${due}</span> · <span>Priya Raman</span></div><div class="ActivityCard_done__Jk7Qe">${done}</div></div>`;

const page = (entries: string[], lang = 'en-US', history = 'History') =>
  readOk(
    '/person/812',
    `<div id="root"><main><div class="PersonPage_root__k9">
<header class="PersonHeader_root__h1"><div data-testid="header-title"><h1>Jonas Keller</h1></div></header>
<aside class="PersonSidebar_root__s1"><div><span data-testid="field-name">Owner</span><div data-testid="fields-list-row-field-components">Priya Raman</div></div></aside>
<section class="Timeline_root__t2"><h2>${history}</h2>
${entries.join('\n')}
</section></div></main></div>`,
    { lang },
  );

describe('Pipedrive: done activities showing their due date and their done time', () => {
  it('reads both entries (English)', () => {
    const result = page([
      entry('Call', 'Pricing call', 'Nov 18, 2026 10:00 AM', 'Done: Nov 19, 2026 4:02 PM'),
      entry('Meeting', 'Onsite visit', 'Nov 12, 2026 2:00 PM', 'Done: Nov 12, 2026 3:10 PM'),
    ]);
    expect(result.activities.map((a) => [a.type, a.title, a.planned ?? false])).toEqual([
      ['call', 'Pricing call', false],
      ['meeting', 'Onsite visit', false],
    ]);
    expect(result.activities.every((a) => a.timestamp !== undefined)).toBe(true);
  });

  it('reads both entries (German, "Erledigt:")', () => {
    const result = page(
      [
        entry('Anruf', 'Preisgespräch', '18.11.2026 10:00', 'Erledigt: 19.11.2026 16:02'),
        entry('Meeting', 'Vor-Ort-Termin', '12.11.2026 14:00', 'Erledigt: 12.11.2026 15:10'),
      ],
      'de-DE',
      'Verlauf',
    );
    expect(result.activities.map((a) => [a.type, a.title])).toEqual([
      ['call', 'Preisgespräch'],
      ['meeting', 'Vor-Ort-Termin'],
    ]);
  });
});
