// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { activityItem, changelogItem, dealPage, fieldRow, readDeal, stageBar } from './div-header-deal-page';

/**
 * A rep writes his plan for the deal the way Pipedrive's changelog prints a move: "Stage: Proposal →
 * Negotiation", as a Note item's body, as the subject of a done Email activity, or in a done call's
 * note. The entry's own type says what it is (its "Note"/"Email"/"Call" icon, its done toggle, its
 * link to /activities/{id}); the line's wording was read first, and each became a changelog row: the
 * deal moved to Negotiation the day of the note (0 days in stage, never stalled) and the email or call
 * was dropped as a touch. metrics.md: stage history is read from the CRM page (its changelog), notes
 * are no touches, calls and emails are. Clock 2026-11-20 15:00 UTC; the deal entered Proposal on
 * Nov 18 by its changelog row, and the bar shows no day counts.
 */
const PLAN = 'Stage: Proposal → Negotiation';
const DAY = 'Nov 19, 2026 9:00 AM';

function page(entry: string): string {
  return dealPage({
    stages: stageBar([
      ['Qualified', null, false],
      ['Proposal', null, true],
      ['Negotiation', null, false],
    ]),
    fields: fieldRow('Owner', 'Casey Nguyen') + fieldRow('Deal created', 'Sep 1, 2026'),
    feed: entry + changelogItem('Stage: Qualified → Proposal', 'Nov 18, 2026 2:05 PM'),
  });
}

const HISTORY = [
  { stage: 'Qualified', enteredAt: '2026-09-01T00:00:00.000Z' },
  { stage: 'Proposal', enteredAt: '2026-11-18T14:05:00.000Z' },
];

const types = (html: string) => readDeal(html).activities.map((a) => a.type);

describe('Pipedrive: a changelog line a rep wrote in a note, an email or a call is no stage move', () => {
  it('guard: the deal entered Proposal on Nov 18 by its changelog row', () => {
    expect(readDeal(page('')).record.stageHistory).toEqual(HISTORY);
  });

  it('a Note item whose body is that line: still in Proposal since Nov 18, and a note', () => {
    const html = page(changelogItem(PLAN, DAY, 'Note'));
    expect(readDeal(html).record.stageHistory).toEqual(HISTORY);
    expect(types(html)).toContain('note');
  });

  it('a done Email activity with that subject: still in Proposal since Nov 18, and an email touch', () => {
    const html = page(activityItem('Email', 5530, PLAN, DAY));
    expect(readDeal(html).record.stageHistory).toEqual(HISTORY);
    expect(types(html)).toContain('email');
  });

  it.each([
    ['mid-sentence', `Agreed next step. ${PLAN} once legal signs`],
    ['as its whole note', PLAN],
  ])('a done call with that line in its note (%s): still in Proposal since Nov 18, and a call', (_, note) => {
    const html = page(activityItem('Call', 5540, 'Renewal call', DAY, note));
    expect(readDeal(html).record.stageHistory).toEqual(HISTORY);
    expect(types(html)).toContain('call');
  });

  // An activity's note (`[data-test="activity-note"]`, crm-evidence-2.md) is the rep's prose whatever
  // else its entry shows: here an entry drawn with its note alone, no icon, toggle or link.
  it("an entry showing only an activity's note with that line: still in Proposal since Nov 18", () => {
    const entry = `<div class="FlowItem_item__h3Ks1"><div class="FlowItem_note__n8Vb" data-test="activity-note"><p>${PLAN}</p></div>
<div class="FlowItem_meta__m1Ab"><span class="FlowItem_date__t7Kq2">${DAY}</span> · <span>Casey Nguyen</span></div></div>`;
    expect(readDeal(page(entry)).record.stageHistory).toEqual(HISTORY);
  });
});
