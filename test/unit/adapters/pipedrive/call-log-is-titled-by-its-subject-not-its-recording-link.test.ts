import { describe, expect, it } from 'vitest';
import { date, doneCall, entry, readPerson } from './person-page-with-focus-and-history';

/**
 * Review s59 (pdgen). A call logged by Pipedrive's Caller shows its subject as its first line, then
 * its date and owner, duration, outcome, and a link to its recording ("Play recording"): the entry's
 * only link, for a call log is no `/activities/` page. Any link's text was preferred as the subject,
 * so the call was titled "Play recording", like every recorded call: the panel's recent list showed
 * that, and the key of an item without a CRM id hashes its title (contracts.md). A link names the
 * item only where it leads to the item itself (its activity, its mail thread).
 */
const log = (link: string) =>
  entry(
    'Call',
    `<div>Outgoing call to Lena Vogt</div><div>${date('November 19, 2026 at 2:10 PM')} · Sam Ortiz</div><div>Duration: 04:12</div><div>Outcome: Connected</div><div>${link}</div>`,
  );

describe('a Caller call log with a link to what it holds', () => {
  it.each([
    ['its recording', '<a href="/call-logs/5f2a9c/recording">Play recording</a>'],
    ['a download', '<a href="/files/88/download">call-2026-11-19.mp3</a>'],
  ])('linking %s is titled by its subject line', (_, link) => {
    const r = readPerson(log(link) + doneCall);
    if (r.status !== 'read') throw new Error(r.status);
    expect(r.activities.find((a) => a.timestamp === '2026-11-19T14:10:00.000Z')?.title).toBe(
      'Outgoing call to Lena Vogt',
    );
  });

  it('an activity linking its own page is still titled by that link', () => {
    const own = entry(
      'Call',
      `<div>Caller</div><div><a href="/activities/902">Pilot check-in</a></div><div>${date('November 19, 2026 at 2:10 PM')} · Sam Ortiz</div>`,
    );
    const r = readPerson(own + doneCall);
    if (r.status !== 'read') throw new Error(r.status);
    expect(r.activities.find((a) => a.timestamp === '2026-11-19T14:10:00.000Z')?.title).toBe('Pilot check-in');
  });
});
