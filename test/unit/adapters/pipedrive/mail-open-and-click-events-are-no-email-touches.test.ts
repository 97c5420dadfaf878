import { describe, expect, it } from 'vitest';
import { date, entry, readPerson } from './person-page-with-focus-and-history';

/**
 * Review s52 (fixed). Pipedrive tracks opens and link clicks of synced mail; where such an event is
 * listed in the History ("Lena Vogt opened your email <thread link>"), it sits under the Email
 * icon and links the thread it is about. It is a tracking event, not a mail: metrics.md counts
 * "automated system events (property changes, record created, sync events)" in no touch figure.
 * Each event was read as one more email of unknown direction, so one mail Sam sent shows as
 * three email touches. (No public source shows how these events are drawn: the markup is a guess,
 * the wording Pipedrive's feature names.)
 */
const mail = entry(
  'Email',
  `<div><a href="/mail/thread/7001">Pilot pricing</a></div><div>${date('November 18, 2026 at 9:05 AM')} · Sam Ortiz</div><div>From: Sam Ortiz &lt;sam@acme.example&gt;</div><div>To: Lena Vogt &lt;lena.vogt@harbor.example&gt;</div><div>Hi Lena, the pilot price is attached.</div>`,
);
const opened = entry(
  'Email',
  `<div>Lena Vogt opened your email <a href="/mail/thread/7001">Pilot pricing</a></div><div>${date('November 18, 2026 at 9:30 AM')}</div>`,
);
const clicked = entry(
  'Email',
  `<div>Lena Vogt clicked a link in <a href="/mail/thread/7001">Pilot pricing</a></div><div>${date('November 18, 2026 at 9:31 AM')}</div>`,
);

describe('Pipedrive mail tracking events in the History', () => {
  it('count no email touch: the one mail sent is the only email', () => {
    const r = readPerson(clicked + opened + mail);
    if (r.status !== 'read') throw new Error(r.status);
    const emails = r.activities.filter((a) => a.type === 'email');
    expect(emails.map((e) => [e.direction, e.timestamp])).toEqual([['outbound', '2026-11-18T09:05:00.000Z']]);
  });
});
