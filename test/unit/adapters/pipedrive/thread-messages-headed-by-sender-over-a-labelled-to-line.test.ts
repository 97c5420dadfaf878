import { describe, expect, it } from 'vitest';
import { stripped } from './lead-and-deal-pages';
import { doneCall, personPage } from './person-page-with-focus-and-history';
import { readOk } from './read-written-page';

/**
 * Review s59 (pdpage). An opened mail thread in the History whose messages are each headed by the
 * sender's name and address and the date, with a labelled recipients line below ("To: Sam Ortiz
 * <sam@…>"), as mail clients draw a conversation (crm-evidence-2.md: no source shows the markup; "read
 * type and direction from every carrier … From/To lines"). A head was taken only over an unlabelled
 * "to Sam Ortiz": with the page's classes the thread was one email of unknown direction, its two
 * other messages dropped unreported; stripped of classes its messages were notes, titled by their
 * senders, and no email was read at all (metrics.md: each email is a touch, replies decide the reply rate).
 */
const message = (from: string, to: string, when: string, body: string) =>
  `<div class="Mail_message__r4"><div class="Mail_head__r4"><span>${from}</span> <span class="FlowItem_date__z8Qp1">${when}</span></div><div class="Mail_to__r4">To: ${to}</div><div class="Mail_body__r4">${body}</div></div>`;
const LENA = 'Lena Vogt &lt;lena.vogt@harbor.example&gt;';
const SAM = 'Sam Ortiz &lt;sam@acme.example&gt;';

const thread = `<div class="FlowItem_item__z8Qp1"><span class="cui5-icon" aria-label="Email" title="Email"></span><div class="FlowItem_card__z8Qp1">
  <div class="FlowItem_header__z8Qp1"><a href="/mail/thread/7002">Pilot contract</a></div>
  <div class="Mail_messages__r4">
    ${message(SAM, LENA, 'November 12, 2026 at 10:00 AM', 'Here is the pilot contract to sign.')}
    ${message(LENA, SAM, 'November 16, 2026 at 11:02 AM', 'Signed, see attached.')}
    ${message(SAM, LENA, 'November 17, 2026 at 9:30 AM', 'Thanks, we start on Monday.')}
  </div>
</div></div>`;

describe('an opened Pipedrive mail thread whose messages are headed by their sender over a "To:" line', () => {
  for (const [how, page] of [
    ['with the page’s classes', personPage(thread + doneCall)],
    ['stripped of classes', stripped(personPage(thread + doneCall))],
  ] as const)
    it(`${how}: reads each message as an email of its own, by who sent it`, () => {
      const r = readOk('/person/5120', page, { title: 'Lena Vogt - Persons' });
      expect(r.activities.filter((a) => a.type === 'email').map((e) => [e.timestamp, e.direction, e.title])).toEqual([
        ['2026-11-12T10:00:00.000Z', 'outbound', 'Pilot contract'],
        ['2026-11-16T11:02:00.000Z', 'inbound', 'Pilot contract'],
        ['2026-11-17T09:30:00.000Z', 'outbound', 'Pilot contract'],
      ]);
    });
});
