import { describe, expect, it } from 'vitest';
import { crmComparisons } from '../../../lib/metrics/crm-comparison';
import type { Activity } from '../../../lib/schema/activity';
import type { CrmFigures } from '../../../lib/schema/crm-figures';
import { at, call, email, LA, logged, NOW, note, reply, task, touchesOf } from './builders';

/** 400 days kept by default: every activity below is younger. */
const DEFAULT_KEPT = new Date('2025-10-16T15:00:00.000Z');

const compare = (
  crm: Activity['crm'],
  figures: CrmFigures | undefined,
  activities: Activity[],
  keptFrom = DEFAULT_KEPT,
) => crmComparisons({ crm, figures, touches: touchesOf(activities), undated: 0, activities, timeZone: LA, keptFrom });

describe('crmComparisons', () => {
  const history = [
    email(at('2026-11-02 09:00'), 'Route pricing v2'),
    email(at('2026-11-02 09:01'), 'Route pricing v2'),
    reply(at('2026-11-03 11:00')),
    call(at('2026-11-05 10:00'), 'connected'),
    note(at('2026-11-05 10:20')),
    logged(at('2026-11-18 16:00'), 'call'),
  ];

  it('explains a higher Touchline count with replies, logged touches and merged duplicates', () => {
    const [row] = compare('hubspot', { timesContacted: 2 }, history);
    expect(row).toEqual({
      label: 'Times contacted',
      crmValue: '2',
      touchlineValue: '4',
      explanation:
        'Touchline counts 1 inbound reply, counts 1 touch logged in Touchline that HubSpot does not have yet and merged 1 duplicate capture. HubSpot counts notes, tasks and captured email its own way; Touchline counts only calls, emails, meetings, social and SMS with the person.',
    });
  });

  it('says the logged touch is not in the CRM yet when Touchline’s last touch is later', () => {
    const [row] = compare('hubspot', { lastContacted: at('2026-11-05 10:00') }, history);
    expect(row).toEqual({
      label: 'Last contacted',
      crmValue: 'Nov 5, 2026',
      touchlineValue: 'Nov 18, 2026',
      explanation: 'Your call logged in Touchline on Nov 18, 2026 is not in HubSpot yet.',
    });
  });

  it('points to notes and tasks when the CRM’s last activity is later', () => {
    const activities = [email(at('2026-11-02 09:00')), task(at('2026-11-12 09:00'))];
    const [row] = compare('salesforce', { lastActivity: at('2026-11-12 09:00') }, activities);
    expect(row?.label).toBe('Last activity');
    expect(row?.explanation).toMatch(/^Salesforce's date can come from notes, tasks/);
    expect(row?.explanation).toMatch(/Touchline has 1 note, task or system event on this record\.$/);
  });

  it('adds no explanation when the figures agree, comparing days in the user’s zone', () => {
    const activities = [email(at('2026-11-19 22:00'))];
    expect(compare('pipedrive', { lastActivity: at('2026-11-19 08:00') }, activities)).toEqual([
      { label: 'Last activity', crmValue: 'Nov 19, 2026', touchlineValue: 'Nov 19, 2026' },
    ]);
  });

  it('names retention when the CRM counts more, or dates its last contact before what Touchline keeps', () => {
    const kept = new Date('2026-10-21T15:00:00.000Z');
    const recent = [email(at('2026-11-02 09:00')), call(at('2026-11-05 10:00'), 'connected')];
    const [count] = compare('hubspot', { timesContacted: 9 }, recent, kept);
    expect(count?.explanation).toMatch(
      /^Touchline keeps what pages showed from Oct 21, 2026 on \(the retention setting\)\. /,
    );
    const [last] = compare('hubspot', { lastContacted: at('2026-09-30 10:00') }, [], kept);
    expect(last).toEqual({
      label: 'Last contacted',
      crmValue: 'Sep 30, 2026',
      touchlineValue: 'no touches',
      explanation:
        "HubSpot's date is before Oct 21, 2026, and Touchline keeps no older activities read from pages (the retention setting).",
      touchlineBehind: true,
    });
    // A CRM count below Touchline's has other reasons: retention is not named.
    expect(compare('hubspot', { timesContacted: 1 }, recent, kept)[0]?.explanation).not.toMatch(/retention/);
  });

  it('does not name retention for a record known to date wholly from within what Touchline keeps', () => {
    const kept = new Date('2025-10-16T15:00:00.000Z');
    const recent = [email(at('2026-11-02 09:00')), call(at('2026-11-05 10:00'), 'connected')];
    const [count] = crmComparisons({
      crm: 'hubspot',
      figures: { timesContacted: 6 },
      touches: touchesOf(recent),
      undated: 0,
      activities: recent,
      timeZone: LA,
      keptFrom: kept,
      withinKept: true,
    });
    expect(count).toMatchObject({ crmValue: '6', touchlineValue: '2' });
    expect(count?.explanation).not.toMatch(/retention/);
  });

  it('does not say Pipedrive had not recorded an email newer than its last activity date: that date follows activities', () => {
    const [last] = compare('pipedrive', { lastActivity: at('2026-10-11 00:00') }, [
      call(at('2026-10-11 10:00'), 'connected'),
      email(at('2026-10-14 09:00'), 'Case study'),
    ]);
    expect(last).toMatchObject({ crmValue: 'Oct 11, 2026', touchlineValue: 'Oct 14, 2026' });
    expect(last?.explanation).toMatch(/follows its activities \(calls, meetings, tasks\), not synced email/);
    expect(last?.explanation).not.toMatch(/had not recorded/);
  });

  it('is empty when the page shows no CRM figures', () => {
    expect(compare('hubspot', undefined, history)).toEqual([]);
    expect(compare('hubspot', {}, history)).toEqual([]);
  });

  it('shows a date-only Last Activity as the day the page printed when the zone setting is another zone', () => {
    // Read in Berlin, Salesforce's "Last Activity: 11/18/2026" is stored as Berlin's midnight, still the 17th in LA.
    const printed = at('2026-11-18 00:00', 'Europe/Berlin');
    const touch = email(printed, 'Route pricing v2', { timePrecision: 'day' });
    const [row] = crmComparisons({
      crm: 'salesforce',
      figures: { lastActivity: printed },
      touches: touchesOf([touch], NOW, LA, { pageTimeZone: 'Europe/Berlin' }),
      undated: 0,
      activities: [touch],
      timeZone: LA,
      pageTimeZone: 'Europe/Berlin',
      keptFrom: DEFAULT_KEPT,
    });
    expect(row).toEqual({ label: 'Last activity', crmValue: 'Nov 18, 2026', touchlineValue: 'Nov 18, 2026' });
  });

  it('names an out-of-office answer an automatic reply, never an inbound reply', () => {
    const activities = [
      email(at('2026-11-10 09:00'), 'Route pricing v2'),
      reply(at('2026-11-10 09:01'), 'Automatic reply: out of office', { automated: true }),
    ];
    const [row] = compare('hubspot', { timesContacted: 1 }, activities);
    expect(row?.explanation).toMatch(/^Touchline counts 1 automatic reply\./);
  });
});
