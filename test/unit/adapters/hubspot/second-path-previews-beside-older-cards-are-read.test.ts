// @vitest-environment happy-dom
/**
 * Without test ids, where the page keeps its generated classes: both generations of item coexist
 * (crm-evidence-2.md, B: "The older [timeline-card] can still wrap it"), so bare 2024+ previews
 * stand beside previews still wrapped in the older card, and only the wrappers carry the
 * `TimelineCard` class fragment the reader falls back on. Once that fragment matched, the shape
 * finder never ran: the bare previews were dropped and nothing was reported. Now the items found by
 * shape outside the matched cards are read beside them, each once.
 * Clock Fri 2026-11-20 15:00 UTC, page in UTC; by hand, in page order: the connected call on
 * Nov 19 10:30 (bare), the email on Nov 18 9:05 (in an older card), Mara's reply on Nov 18 2:40 PM
 * (bare), the meeting on Nov 12 4:00 PM (in an older card).
 */
import { describe, expect, it } from 'vitest';
import { type Reading, readHubSpot } from './contact-record';

const bare = (header: string, when: string, body: string) =>
  `<div class="Accordion__Outer-sc-q81x"><div role="button" aria-expanded="false" tabindex="0" class="Accordion__Toggle-sc-q81x-2"><div class="PreviewEvent__Card-sc-4fd0"><div class="PreviewHeader__Line-sc-71aa"><span class="PreviewHeader__Message-sc-71aa-1">${header}</span> <span class="PreviewHeader__Time-sc-71aa-2">${when}</span></div><div class="PreviewEvent__Body-sc-4fd0-3">${body}</div></div></div></div>`;
const inOlderCard = (header: string, when: string, body: string) =>
  `<div class="TimelineCard__Outer-sc-9f2k1">${bare(header, when, body)}</div>`;

const page = `<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>Mara Quist | HubSpot</title></head><body>
<div class="RecordPage__Layout-sc-11">
<section class="LeftSidebar__Column-sc-12"><h1 class="HighlightTitle__Name-sc-13">Mara Quist</h1>
<div class="PropertyRow__Row-sc-9d2"><span class="PropertyLabel__StyledLabel-sc-0aa">Email</span><div class="PropertyValue__Value-sc-0ab">mara.quist@northwind.example</div></div>
<div class="PropertyRow__Row-sc-9d2"><span class="PropertyLabel__StyledLabel-sc-0aa">Contact owner</span><div class="PropertyValue__Value-sc-0ab">Alex Morgan</div></div></section>
<section class="MiddlePane__Column-sc-14"><div class="Timeline__Feed-sc-16">
<section class="TimelineGroup__Month-sc-9"><h3 class="TimelineGroup__Heading-sc-17">November 2026</h3>
${bare('Call - Connected', 'Nov 19, 2026 at 10:30 AM', 'Walked Mara through the rollout plan')}
${inOlderCard('Email - Pricing for 40 seats', 'Nov 18, 2026 at 9:05 AM', 'from Alex Morgan to Mara Quist')}
${bare('Email - RE: Pricing for 40 seats', 'Nov 18, 2026 at 2:40 PM', 'from Mara Quist to Alex Morgan')}
${inOlderCard('Meeting - Fleet review', 'Nov 12, 2026 at 4:00 PM', 'Alex Morgan had a meeting with Mara Quist')}
</section></div></section>
<aside class="RightSidebar__Column-sc-15"></aside>
</div></body></html>`;

const touches = ({ activities }: Reading) =>
  activities.map(({ type, direction, timestamp }) => ({ type, direction, timestamp }));

describe('HubSpot without test ids: bare previews beside previews still in the older card', () => {
  it('reads all four items in page order, each once, and reports nothing', () => {
    const reading = readHubSpot(page);
    expect(touches(reading)).toEqual([
      { type: 'call', direction: 'outbound', timestamp: '2026-11-19T10:30:00.000Z' },
      { type: 'email', direction: 'outbound', timestamp: '2026-11-18T09:05:00.000Z' },
      { type: 'email', direction: 'inbound', timestamp: '2026-11-18T14:40:00.000Z' },
      { type: 'meeting', direction: 'outbound', timestamp: '2026-11-12T16:00:00.000Z' },
    ]);
    expect(reading.notRead.filter((n) => n.field.startsWith('activities'))).toEqual([]);
  });
});
