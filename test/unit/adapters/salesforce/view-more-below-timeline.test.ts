// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { activityGaps, field, leadPage, read, timelineItem } from './lead-page';

/**
 * A timeline that ends in "View More" (the wording the brief names beside "Show All Activities")
 * shows only the newest activities: older ones are behind the control, as behind "Load More Past
 * Activities", and must be reported (crm-pages.md: "report what they could not read instead of
 * guessing"), else two shown touches read as the lead's whole history. A "View More" that belongs
 * to an item (its expanded email body) or to a card the page places after the timeline loads no
 * history: no gap. Each case with and without classes and data-* attributes.
 */
const call = timelineItem({
  kind: 'call',
  icon: 'Call',
  subject: 'Intro call',
  date: 'Yesterday',
  summary: 'You logged a call with Priya Raman',
  done: true,
  id: '00T5g00000Aa003',
});
const email = (body?: string) =>
  timelineItem({
    kind: 'email',
    icon: 'Email',
    subject: 'Intro',
    date: 'Dec 28',
    summary: 'You sent an email to Priya Raman',
    id: '02s5g00000Aa006',
    body,
  });
const page = (o: { below?: string; after?: string; body?: string; filters?: string }) =>
  leadPage({
    name: 'Priya Raman',
    fields: field('Name', 'Priya Raman') + field('Company', 'Umbrella Logistics') + field('Lead Owner', 'Sam Ortiz'),
    timeline: `
<div class="slds-grid"><span>${o.filters ?? 'Filters: All time • All activities • All types'}</span></div>
<div class="past-activity-group"><h3 class="slds-text-title">January</h3><ul>${call}</ul></div>
<div class="past-activity-group"><h3 class="slds-text-title">December</h3><ul>${email(o.body)}</ul></div>
${o.below ? `<div class="slds-align_absolute-center">${o.below}</div>` : ''}`,
    after: o.after,
  });
const button = (label: string) => `<button class="slds-button slds-button_neutral">${label}</button>`;
/** A sidebar card after the timeline, its own "View More" in its footer (SLDS card blueprint). */
const sidebarCard = `<article class="slds-card"><div class="slds-card__header"><h2 class="slds-card__header-title">Recent Items</h2></div>
<div class="slds-card__body"><ul><li><a href="/lightning/r/Account/0015g00000Aa001/view">Umbrella Logistics</a></li></ul></div>
<footer class="slds-card__footer">${button('View More')}</footer></article>`;

describe('a lead timeline ending in "View More"', () => {
  it.each([false, true])('reports that older activities are not shown (classes stripped: %s)', (strip) => {
    const r = read(page({ below: button('View More') }), { strip });
    expect(r.status === 'read' && r.activities.map((a) => a.title)).toEqual(['Intro call', 'Intro']);
    expect(r.status === 'read' && r.notRead.filter((n) => n.field === 'activities')).toEqual([
      { field: 'activities', reason: 'older activities are behind a "View More" control', part: 'older' },
    ]);
  });

  it.each([
    ['de', 'Mehr anzeigen'],
    ['de', 'Weitere anzeigen'],
    ['fr', 'Afficher plus'],
    ['es', 'Ver más'],
  ])('%s: "%s" below the timeline is reported too', (lang, label) => {
    const html = page({ below: button(label) }).replace('lang="en-US"', `lang="${lang}"`);
    for (const strip of [false, true]) {
      expect(activityGaps(read(html, { strip }))).toEqual([`older activities are behind a "${label}" control`]);
    }
  });

  it.each([false, true])(
    '"Show All Activities" below the timeline says the filters hide some (classes stripped: %s)',
    (strip) => {
      expect(activityGaps(read(page({ below: button('Show All Activities') }), { strip }))).toEqual([
        'the activity timeline\'s filters hide some activities ("Show All Activities")',
      ]);
    },
  );

  it.each([false, true])(
    'guard: an item\'s own "View More" (its email body) is no gap (classes stripped: %s)',
    (strip) => {
      const body = `<p>Hi Priya, following up on our call …</p>${button('View More')}`;
      expect(activityGaps(read(page({ body }), { strip }))).toEqual([]);
    },
  );

  it.each([false, true])(
    'guard: a sidebar card\'s "View More" after the timeline is no gap (classes stripped: %s)',
    (strip) => {
      expect(activityGaps(read(page({ after: sidebarCard }), { strip }))).toEqual([]);
    },
  );
});
