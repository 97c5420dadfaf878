import { describe, expect, it } from 'vitest';
import { contactPage, read, timeline } from './contact-page';

/**
 * The design system's event timeline item (crm-evidence-2.md, SLDS Activity Timeline blueprint,
 * trust A) words a past event "You created an event with Aida Lee and 5 others": no done-word ("had")
 * and no verb the reader knew, so the event was read as done or planned by its section alone (right:
 * creating an event says nothing of whether it took place) but as no one's: the viewer who created
 * it was not credited with the meeting, as "You had an event with …" is.
 *
 * Oracle: the part before the verb acted. Under a past month's heading the event is a done meeting
 * by the viewer; under "Upcoming & Overdue" the same wording is a planned meeting by the viewer; a
 * colleague's ("Sam Rivera created an event …") is Sam Rivera's.
 */
const YOU = '<a href="javascript:void(0);">You</a>';
const AIDA = '<a href="/lightning/r/0035g00000DpQ9xAAF/view">Aida Lee</a>';

function event(subject: string, id: string, date: string, sentence: string): string {
  return `<li class="runtime_sales_activitiesActivityTimelineFixedStencil"><div class="slds-timeline__item_expandable slds-timeline__item_event"><span class="slds-assistive-text">event</span><div class="slds-media">
<div class="slds-media__figure"><button class="slds-button slds-button_icon" title="Toggle details for ${subject}" aria-controls="event-${id}" aria-expanded="false"><span class="slds-assistive-text">Toggle details for ${subject}</span></button><div class="slds-icon_container slds-icon-standard-event slds-timeline__icon" title="event"></div></div>
<div class="slds-media__body"><div class="slds-grid slds-grid_align-spread slds-timeline__trigger"><div class="slds-grid slds-grid_vertical-align-center slds-truncate_container_75 slds-no-space"><h3 class="slds-truncate" title="${subject}"><a class="subjectLink slds-truncate" title="${subject}" rel="noreferrer" href="/lightning/r/Event/${id}/view"><strong>${subject}</strong></a></h3></div>
<div class="slds-timeline__actions slds-timeline__actions_inline"><p class="slds-timeline__date">${date}</p><button class="slds-button slds-button_icon slds-button_icon-border-filled slds-button_icon-x-small" aria-haspopup="true" title="More Options for this item"><span class="slds-assistive-text">More Options for this item</span></button></div></div>
<p class="slds-m-horizontal_xx-small">${sentence}</p></div></div></div></li>`;
}

function readEvents(upcoming: string, past: string, t: 'none' | 'stripped') {
  const html = contactPage(timeline(upcoming, [{ heading: 'November • 2026', items: past }]), { name: 'Aida Lee' });
  return read(html, t).activities.map((a) => ({
    title: a.title,
    type: a.type,
    planned: a.planned ?? false,
    byViewer: a.byViewer ?? false,
    owner: a.owner,
  }));
}

describe('an event item worded "… created an event with …"', () => {
  it.each(['none', 'stripped'] as const)(
    'is a meeting by its creator, done when past and planned when upcoming (%s)',
    (t) => {
      const upcoming = event(
        'Proposal review',
        '00U5g00000Aa200AAA',
        '10:00am | 11/25/2026',
        `${YOU} created an event with ${AIDA} and 5 others`,
      );
      const past =
        event(
          'Demo',
          '00U5g00000Aa201AAA',
          '10:00am | 11/10/2026',
          `${YOU} created an event with ${AIDA} and 5 others`,
        ) + event('Kickoff', '00U5g00000Aa202AAA', '2:00pm | 11/3/2026', `Sam Rivera created an event with ${AIDA}`);
      expect(readEvents(upcoming, past, t)).toEqual([
        { title: 'Proposal review', type: 'meeting', planned: true, byViewer: true, owner: undefined },
        { title: 'Demo', type: 'meeting', planned: false, byViewer: true, owner: undefined },
        { title: 'Kickoff', type: 'meeting', planned: false, byViewer: false, owner: 'Sam Rivera' },
      ]);
    },
  );
});
