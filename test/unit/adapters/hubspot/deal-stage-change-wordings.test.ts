import { describe, expect, it } from 'vitest';
import { dealPage, property, readDeal } from './deal-page';

/**
 * decisions.md "Reading pages": a value not read is a typed notRead, never a guess. A "Deal stage
 * changed" item is the deal's move whatever its sentence says: the English wordings below go into
 * the stage history; one worded as no table knows is reported as not read, never silently dropped.
 */
const earlier = {
  header: 'Deal stage changed',
  date: 'Nov 2, 2026 at 9:00 AM',
  body: '<p>Alex Morgan moved the deal from Appointment scheduled to Decision maker bought-in (Sales Pipeline)</p>',
};
// By hand: Nov 2 at 9:00 UTC into Decision maker bought-in (the older item).
const bought = { stage: 'Decision maker bought-in', enteredAt: '2026-11-02T09:00:00.000Z' };

function readWith(item: { header: string; date: string; body: string }, lang?: string) {
  return readDeal(dealPage({ lang, sidebar: property('Deal stage', 'Contract sent'), items: [item, earlier] }));
}

describe('HubSpot deal stage change wordings', () => {
  it.each([
    'Alex Morgan changed the deal stage from Decision maker bought-in to Contract sent (Sales Pipeline)',
    'Alex Morgan changed Deal stage to Contract sent',
    'Deal stage was changed to Contract sent',
  ])('"%s" puts the deal in Contract sent at the item\'s time', (sentence) => {
    const read = readWith({
      header: 'Deal stage changed',
      date: 'Nov 16, 2026 at 11:15 AM',
      body: `<p>${sentence}</p>`,
    });
    expect(read.record.stageHistory).toEqual([
      bought,
      { stage: 'Contract sent', enteredAt: '2026-11-16T11:15:00.000Z' },
    ]);
    expect(read.notRead.filter((n) => n.field === 'record.stageHistory')).toEqual([]);
  });

  it('a "Deal stage changed" item whose sentence names no stage is reported as not read', () => {
    const read = readWith({
      header: 'Deal stage changed',
      date: 'Nov 16, 2026 at 11:15 AM',
      body: '<p>Alex Morgan edited this property</p>',
    });
    expect(read.record.stageHistory).toEqual([bought]);
    expect(read.notRead.filter((n) => n.field === 'record.stageHistory')).toHaveLength(1);
  });

  it('a translated stage change worded as no table knows is reported as not read', () => {
    const read = readWith(
      {
        header: 'Deal-Phase geändert',
        date: '16. Nov. 2026 um 11:15',
        body: '<p>Alex Morgan hat die Deal-Phase auf Vertrag gesendet gesetzt</p>',
      },
      'de-DE',
    );
    expect(read.record.stageHistory.map((e) => e.stage)).not.toContain('Vertrag gesendet');
    expect(read.notRead.filter((n) => n.field === 'record.stageHistory')).toHaveLength(1);
  });
});
