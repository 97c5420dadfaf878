// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { activityGaps, field, leadPage, read, timelineItem } from './lead-page';

/**
 * "Load More Past Activities" below the timeline hides older activities (crm-pages.md: report what
 * could not be read). HTML emails very often lay out their body or signature in a <table>; an
 * expanded email item holding one must not make the timeline's own load control go unreported.
 * A review found 9580851's besideTimeline taking such a table for a related list beside the
 * timeline (lib/adapters/salesforce/timeline-placement.ts): the control went unreported.
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
const email = timelineItem({
  kind: 'email',
  icon: 'Email',
  subject: 'Intro',
  date: 'Dec 28',
  summary: 'You sent an email to Priya Raman',
  id: '02s5g00000Aa006',
  body: '<p>Hi Priya, following up.</p><table><tr><td>Sam Ortiz</td><td>Umbrella Sales</td></tr></table>',
});
const page = leadPage({
  name: 'Priya Raman',
  fields: field('Name', 'Priya Raman') + field('Company', 'Umbrella Logistics') + field('Lead Owner', 'Sam Ortiz'),
  timeline: `
<div class="slds-grid"><span>Filters: All time • All activities • All types</span></div>
<div class="past-activity-group"><h3 class="slds-text-title">January</h3><ul>${call}</ul></div>
<div class="past-activity-group"><h3 class="slds-text-title">December</h3><ul>${email}</ul></div>
<div class="slds-align_absolute-center"><button class="slds-button slds-button_neutral">Load More Past Activities</button></div>`,
});

describe('a timeline whose email item has a table in its body', () => {
  it.each([false, true])('still reports "Load More Past Activities" below it (classes stripped: %s)', (strip) => {
    expect(activityGaps(read(page, { strip }))).toEqual([
      'older activities are behind a "Load More Past Activities" control',
    ]);
  });
});
