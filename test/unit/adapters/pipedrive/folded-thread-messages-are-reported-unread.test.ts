import { describe, expect, it } from 'vitest';
import { date, doneCall, readPerson } from './person-page-with-focus-and-history';

/**
 * Review s52 (fixed). A synced thread in the History shows its latest message and folds the older
 * ones behind a control ("2 earlier messages", "Show 2 more messages"), as conversation views do.
 * Those messages are touches (each mail its own: read-timeline.ts, mail-thread.ts) that the page
 * does not show. crm-pages.md: adapters "report what they could not read instead of guessing";
 * decisions.md: `unknown` with a `notRead` entry does not count against a reading, a silent gap
 * does. The one shown message was read and the feed passed for whole: the rep's own
 * outbound mail in the fold is lost and nothing says so (a reply rate of 1 of 0, "no outbound
 * email", on a contact who was mailed).
 */
const folded = (
  control: string,
) => `<div class="FlowItem_item__z8Qp1"><span class="cui5-icon" aria-label="Email" title="Email"></span><div class="FlowItem_card__z8Qp1">
  <div class="FlowItem_header__z8Qp1"><a href="/mail/thread/7001">Re: Pilot pricing</a></div>
  ${control}
  <div class="Message_root__a1Bc"><div>${date('November 18, 2026 at 9:12 AM')}</div><div>From: Lena Vogt &lt;lena.vogt@harbor.example&gt;</div><div>To: Sam Ortiz &lt;sam@acme.example&gt;</div><div>Sounds good, please send the contract.</div></div>
</div></div>`;

describe('a Pipedrive mail thread whose older messages are folded', () => {
  it.each([
    ['a count of earlier messages', '<button type="button" class="Thread_fold__x1Yy">2 earlier messages</button>'],
    [
      'a "Show 2 more messages" button',
      '<button type="button" class="Thread_fold__x1Yy">Show 2 more messages</button>',
    ],
  ])('reads the shown message and reports the folded ones (%s)', (_, control) => {
    const r = readPerson(folded(control) + doneCall);
    if (r.status !== 'read') throw new Error(r.status);
    expect(r.activities.filter((a) => a.type === 'email').map((e) => e.direction)).toEqual(['inbound']);
    expect(r.notRead.map((n) => n.field)).toContain('activities');
  });
});
