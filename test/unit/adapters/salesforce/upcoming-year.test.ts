import { describe, expect, it } from 'vitest';
import { edited, fixturePage, readPage } from '../page-variation';

/**
 * contact-activity-groups has an "Upcoming & Overdue" group with an open Event ("9:00 AM | Dec 3")
 * and an open Task ("No due date"); Lightning prints due dates there without a year
 * (crm-evidence-2.md). Read at 2026-11-20 15:00 UTC.
 */
const page = fixturePage('salesforce', 'contact-activity-groups');
const dated = (html: string, title: string) => readPage(html, page.url).activities.find((a) => a.title === title);

describe('Salesforce upcoming items printed without a year', () => {
  it('an upcoming Event printed "Jul 15" in late November is next July', () => {
    const html = edited(page.html, ['9:00 AM | Dec 3', '9:00 AM | Jul 15']);
    expect(dated(html, 'Quarterly check-in')).toMatchObject({
      planned: true,
      timestamp: '2027-07-15T09:00:00.000Z',
      timePrecision: 'minute',
    });
  });

  it('an open Task due "Nov 18" whose late marker was not read is two days overdue, not next November', () => {
    const html = edited(page.html, ['<span class="slds-text-body_small">No due date</span>', '<span>Nov 18</span>']);
    expect(dated(html, 'Send case study')).toMatchObject({ planned: true, timestamp: '2026-11-18T00:00:00.000Z' });
  });

  it('an item due today stays today, whatever the hour', () => {
    const html = edited(page.html, ['9:00 AM | Dec 3', '9:00 AM | Nov 20']);
    expect(dated(html, 'Quarterly check-in')?.timestamp).toBe('2026-11-20T09:00:00.000Z');
  });

  it('a Task marked overdue beside its date is the most recent such day', () => {
    // The marker as deal-activity-groups shows it: an element of its own before the date.
    const html = edited(page.html, [
      '<span class="slds-text-body_small">No due date</span>',
      '<span class="slds-text-color_error">Overdue</span> <span class="slds-text-body_small">Jul 15</span>',
    ]);
    expect(dated(html, 'Send case study')?.timestamp).toBe('2026-07-15T00:00:00.000Z');
  });

  it('a Task whose sentence says it is overdue is the most recent such day', () => {
    const html = edited(
      page.html,
      ['<span class="slds-text-body_small">No due date</span>', '<span>Jul 15</span>'],
      ['You have an upcoming Task with Maria Jensen', 'You have an overdue Task with Maria Jensen'],
    );
    expect(dated(html, 'Send case study')).toMatchObject({ planned: true, timestamp: '2026-07-15T00:00:00.000Z' });
  });
});
