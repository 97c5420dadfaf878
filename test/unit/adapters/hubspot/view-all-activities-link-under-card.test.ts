// @vitest-environment happy-dom
/**
 * Review s46 hscontact. README: a timeline "only partly loaded ... is reported as partly read". A
 * card of the newest items (the Overview tab's "Recent activities") with a link to the whole
 * timeline under it ("View all activities") is part of the timeline when it is all the page holds;
 * beside a timeline read in full (its tab not shown, still in the page), the link opens nothing the
 * reading lacks.
 */
import { describe, expect, it } from 'vitest';
import { contactRecord, previewEvent, property, readHubSpot, timeline } from './contact-record';

const pages = {
  'en-US': {
    email: 'Email',
    link: 'View all activities',
    items: [
      previewEvent('Email - Pricing for 40 seats', 'Nov 18, 2026 at 10:02 AM', 'from Alex Morgan to Mara Quist'),
      previewEvent('Logged call', 'Nov 16, 2026 at 3:15 PM', 'Outcome: Connected'),
    ].join(''),
  },
  'de-DE': {
    email: 'E-Mail',
    link: 'Alle Aktivitäten anzeigen',
    items: [
      previewEvent('E-Mail - Angebot für 40 Lizenzen', '18. Nov. 2026 um 10:02', 'von Alex Morgan an Mara Quist'),
      previewEvent('Anruf protokolliert', '16. Nov. 2026 um 15:15', 'Anrufergebnis: Verbunden'),
    ].join(''),
  },
};

const card = (items: string, link: string) =>
  `<div data-test-id="card-wrapper-recent-activities"><h3>Recent activities</h3>${items}<a href="#activities">${link}</a></div>`;
/** The Overview tab shown; the Activities tab, where given, rendered but hidden (React leaves it in the DOM). */
const tabs = (overview: string, activities = '') =>
  `<div role="tablist"><button role="tab" aria-selected="true">Overview</button><button role="tab" aria-selected="false">Activities</button></div>
<div role="tabpanel">${overview}</div>${activities ? `<div role="tabpanel" hidden>${activities}</div>` : ''}`;

const activityNotes = (lang: string, email: string, middle: string, strip: boolean) =>
  readHubSpot(contactRecord({ lang, properties: property(email, 'mara@quist.example'), middle }), {
    strip,
  }).notRead.filter((n) => n.field.startsWith('activities'));

describe('HubSpot: a link to the whole timeline under a card of the newest items', () => {
  it.each(Object.entries(pages))('is a partly read timeline when the card is all the page shows (%s)', (lang, page) => {
    for (const strip of [false, true])
      expect(activityNotes(lang, page.email, tabs(card(page.items, page.link)), strip)).toEqual([
        {
          field: 'activities',
          reason: `older timeline items are behind a "${page.link}" control`,
          part: 'older',
          olderThan: expect.any(String),
        },
      ]);
  });

  it.each(Object.entries(pages))(
    'opens nothing the reading lacks beside the whole timeline, in a tab not shown (%s)',
    (lang, page) => {
      const middle = tabs(card(page.items, page.link), timeline(page.items));
      for (const strip of [false, true]) expect(activityNotes(lang, page.email, middle, strip)).toEqual([]);
    },
  );
});
