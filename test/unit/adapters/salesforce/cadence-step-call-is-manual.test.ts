import { describe, expect, it } from 'vitest';
import { auraTimeline, entry, readRecord, recordPage } from './aura-timeline-page';

/**
 * A Sales Engagement cadence mixes steps a tool sends (emails) with steps a person does (calls):
 * both show their "Cadence" detail on the timeline (words' `automation`). metrics.md: "Automated: a
 * touch sent by a sequence/cadence tool without a person writing it (bulk sequence email)"; with
 * the setting that leaves automated touches out, they leave every touch figure. No tool dials a
 * phone: the rep's call made as a cadence step is manual, the cadence's email stays automated.
 * Oracle, by hand.
 */
const item = (kind: 'call' | 'email', id: string, subject: string, summary: string, details: [string, string][]) =>
  entry({
    object: 'Task',
    id,
    subject,
    kind,
    iconTitle: kind === 'call' ? 'Call' : 'Email',
    date: 'Nov 18',
    summary,
    details,
  });

const page = recordPage(
  auraTimeline({
    groups: [
      {
        heading: 'This Month',
        items:
          item('call', '00T8d00000Cd1a1AAB', 'Call', 'You logged a call with Dana Whitfield', [
            ['Cadence', 'Q4 Outbound'],
            ['Call Result', 'Connected'],
          ]) +
          item(
            'email',
            '00T8d00000Cd1a2AAB',
            'Quick question about fleet tracking',
            'You sent an email to Dana Whitfield',
            [['Cadence', 'Q4 Outbound']],
          ),
      },
    ],
  }),
);

describe('Salesforce: steps of a Sales Engagement cadence', () => {
  const activities = readRecord(page).activities;

  it('a call the rep logged from a cadence step is a manual call', () => {
    const call = activities.find((a) => a.type === 'call');
    expect([call?.outcome, call?.automated]).toEqual(['connected', false]);
  });

  it('(control) the cadence’s email stays automated', () => {
    expect(activities.find((a) => a.type === 'email')?.automated).toBe(true);
  });
});
