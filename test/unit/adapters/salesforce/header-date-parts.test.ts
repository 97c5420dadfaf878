import { describe, expect, it } from 'vitest';
import { contactPage, item, read, timeline } from './contact-page';

/**
 * Lightning prints a timeline item's date as "3:30 PM | Nov 17" (crm-evidence-2.md; SLDS blueprint
 * "10:00am | 3/23/17"). When the page renders the time and the day as two elements of that one
 * header line (`<span>3:30 PM</span> | <span>Nov 17</span>`, e.g. two formatted values), the line
 * still says 17 November at 15:30. decisions.md: "an item's date is looked for in its header line".
 *
 * Oracle, by hand, at the fixtures' clock (2026-11-20T15:00Z, UTC): the logged call in the past
 * group "This Month" was on 2026-11-17 at 15:30, not today at 15:30 (which is still to come, so a
 * past call would be dated in the future and counted in the wrong day's figures).
 */
const call = (date: string) =>
  item({
    token: 'Task',
    icon: 'log-a-call',
    iconTitle: 'Call',
    subject: 'Follow-up call',
    id: '00T5g00000DpQC4EAN',
    date,
    summary: 'You logged a call with Maria Jensen',
  });

const readCall = (date: string, transform: 'none' | 'stripped') =>
  read(contactPage(timeline('', [{ heading: 'This Month', items: call(date) }])), transform).activities.find(
    (a) => a.title === 'Follow-up call',
  );

describe('a past call whose header line shows its time and day as two elements', () => {
  it.each(['none', 'stripped'] as const)('is dated by the whole line, 17 Nov 15:30 (%s)', (t) => {
    expect(readCall('<span>3:30 PM</span> | <span>Nov 17</span>', t)).toMatchObject({
      type: 'call',
      timestamp: '2026-11-17T15:30:00.000Z',
    });
  });

  it('guard: the same line as one text reads 17 Nov 15:30 (passes today)', () => {
    expect(readCall('3:30 PM | Nov 17', 'stripped')).toMatchObject({ timestamp: '2026-11-17T15:30:00.000Z' });
  });
});
