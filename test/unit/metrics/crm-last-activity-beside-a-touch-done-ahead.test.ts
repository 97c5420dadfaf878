import { describe, expect, it } from 'vitest';
import { buildContactView } from '../../../lib/metrics/contact-view';
import type { Activity } from '../../../lib/schema/activity';
import { at, call, contact, email, NOW, settings } from './builders';

// Salesforce dates a closed Task by its due day: Jordan's record shows "Last Activity 11/27/2026"
// for the call Task due Fri 27 Nov that the rep made and completed early. Touchline first read it
// done on Fri 20 Nov 07:00 (NOW). The panel is opened on Mon 30 Nov. The CRM's date and Touchline's
// are one touch's: the comparison reads that touch by the date the page gave it, while days since
// the last touch still count from when it was seen done.
const MON_30 = new Date('2026-11-30T18:00:00Z');

const intro = () => email(at('2026-11-10 09:00'), 'Intro', { crm: 'salesforce', firstSeenAt: at('2026-11-10 09:30') });
const callDoneEarly = (extra: Partial<Activity> = {}) =>
  call(at('2026-11-27'), null, {
    crm: 'salesforce',
    title: 'Call Jordan re: pilot',
    timePrecision: 'day',
    printedOn: '2026-11-27',
    planned: false,
    firstSeenAt: NOW.toISOString(),
    ...extra,
  });

function lastActivityRow(activities: Activity[]) {
  const view = buildContactView({
    contact: contact({ crm: 'salesforce', crmFigures: { lastActivity: at('2026-11-27') } }),
    activities,
    settings: settings(),
    now: MON_30,
  });
  return { view, row: view.crmComparisons.find((r) => r.label === 'Last activity') };
}

describe('the CRM\'s "Last Activity" beside a Task completed before its due day', () => {
  it("matches the Task's own day, Nov 27, while the last touch stays Fri 20 (10 days ago on Mon 30)", () => {
    const { view, row } = lastActivityRow([intro(), callDoneEarly()]);
    expect(row).toMatchObject({ crmValue: 'Nov 27, 2026', touchlineValue: 'Nov 27, 2026' });
    expect(row?.touchlineBehind).toBeUndefined();
    expect(view.cadence.daysSinceLastTouch).toBe(10);
  });

  it('matches it though an email of Sun 22 is the last touch Touchline placed', () => {
    const followUp = email(at('2026-11-22 11:00'), 'Pilot follow-up', {
      crm: 'salesforce',
      firstSeenAt: at('2026-11-22 11:30'),
    });
    const { row } = lastActivityRow([intro(), callDoneEarly(), followUp]);
    expect(row?.touchlineBehind).toBeUndefined();
    expect(row?.touchlineValue).toBe('Nov 27, 2026');
  });
});
