import { describe, expect, it } from 'vitest';
import { NEXT_STEP_READ_IN_PART } from '../../../lib/metrics/timeline-read-in-part';
import { followUps } from '../../../lib/team/follow-ups';
import { at, call, contact, contactKey, email, NOW, reply, settings, touchesOf } from '../metrics/builders';

/**
 * metrics.md Cadence: a reply ends the cadence; the first outbound touch after a silence longer
 * than the follow-up limit (14 days) starts a new one. Her newest reading showed "Load more" under
 * its items. The rep wrote on 8 Oct, she replied on 10 Oct, and after 33 silent days the rep wrote
 * again on Thu 12 Nov and called on Fri 13 Nov: steps 1 and 2 of a new mid-market cadence, step 3
 * (email) due 2 business days after step 2, Tue 17 Nov, overdue on 20 Nov. Loaded back to 8 Oct,
 * the silence is read whole: a touch not loaded is older than it and changes no step after it.
 * Loaded back only to 12 Nov, one may be 11 Nov: the email and the call may be later steps.
 */
const KEY = contactKey('931');
const touches = touchesOf([
  email(at('2026-10-08 08:45'), 'Intro', { contactKeys: [KEY] }),
  reply(at('2026-10-10 11:30'), 'Re: Intro', { contactKeys: [KEY] }),
  email(at('2026-11-12 09:00'), 'Checking in', { contactKeys: [KEY] }),
  call(at('2026-11-13 10:00'), 'no-answer', { contactKeys: [KEY] }),
]);

function overdue(loadedBackTo: string) {
  const contacts = new Map([
    [KEY, contact({ key: KEY, recordId: '931', name: 'Nora Lind', newestReadingLoadedBackTo: loadedBackTo })],
  ]);
  return followUps({ touchesByContact: new Map([[KEY, touches]]), contacts, settings: settings(), now: NOW }).find(
    (found) => found.kind === 'overdue',
  );
}

describe('an overdue step of a run begun after a silence, on a timeline read in part', () => {
  it('has no "read in part" caveat when the silence was loaded whole', () => {
    const found = overdue(new Date(at('2026-10-08 08:45')).toISOString());
    expect(found).toMatchObject({ due: '2026-11-17', channel: 'email' });
    expect(found?.reason).not.toContain(NEXT_STEP_READ_IN_PART);
  });

  it('keeps it when the feed was loaded back only to the run', () => {
    const found = overdue(new Date(at('2026-11-12 09:00')).toISOString());
    expect(found).toMatchObject({ due: '2026-11-17', channel: 'email' });
    expect(found?.reason).toContain(NEXT_STEP_READ_IN_PART);
  });
});
