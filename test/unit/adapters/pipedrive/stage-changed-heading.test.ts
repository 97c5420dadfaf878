/**
 * A changelog entry may head a stage change with its own line ("Stage changed") and show the move
 * below it without a label ("Contact Made → Demo Scheduled"). The deal entered its stage when that
 * entry says, not when it was created: otherwise its time in stage counts from creation.
 */
import { describe, expect, it } from 'vitest';
import { edited, fixturePage, readPage } from '../page-variation';

const deal = fixturePage('pipedrive', 'deal-hashed');
const headed = (from: string, to: string) =>
  `<div class="FlowItem_title__t7Kq2">Stage changed</div><div class="FlowItem_text__t7Kq2">${from} → ${to}</div>`;

// Older stage bars show no day counts: the changelog is the only dated source.
const page = edited(
  deal.html,
  [
    '<div class="FlowItem_text__t7Kq2">Stage: Contact Made → Demo Scheduled</div>',
    headed('Contact Made', 'Demo Scheduled'),
  ],
  ['<div class="FlowItem_text__t7Kq2">Stage: Qualified → Contact Made</div>', headed('Qualified', 'Contact Made')],
  ['>12 d · Qualified<', '>Qualified<'],
  ['>6 d · Contact Made<', '>Contact Made<'],
  ['>3 d · Demo Scheduled<', '>Demo Scheduled<'],
);

describe('a changelog entry headed "Stage changed" above an unlabelled move', () => {
  it('dates the deal’s entry into each stage', () => {
    expect(readPage(page, deal.url).record.stageHistory).toEqual([
      { stage: 'Qualified', enteredAt: '2026-10-30T11:00:00.000Z' },
      { stage: 'Contact Made', enteredAt: '2026-11-11T10:00:00.000Z' },
      { stage: 'Demo Scheduled', enteredAt: '2026-11-17T09:30:00.000Z' },
    ]);
  });

  it('is titled by the move it records', () => {
    const changes = readPage(page, deal.url).activities.filter((a) => a.type === 'system');
    expect(changes.map((c) => c.title)).toEqual([
      'Stage changed: Contact Made → Demo Scheduled',
      'Stage changed: Qualified → Contact Made',
    ]);
  });
});
