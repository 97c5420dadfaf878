/**
 * A won deal's close date is the day it was won (Pipedrive's "Won time", else "Deal closed on"),
 * never its expected close date: that was the plan, and a closed deal's days in its stage stop at
 * the close date. A lost deal's is its "Lost time" day (lost-deal-close-date-from-lost-time.test.ts), else its
 * "Deal closed on" day, else its expected close date. The pages are the deal-hashed fixtures with the Won/Lost buttons turned into a
 * "Won" badge and a field row added beside the expected close date (December 18, 2026).
 */
import { describe, expect, it } from 'vitest';
import { asDeal, extension } from '../../page-to-panel/chain';
import { edited, fixturePage, readPage } from '../page-variation';

const deal = fixturePage('pipedrive', 'deal-hashed');
const dealDe = fixturePage('pipedrive', 'deal-hashed-de');

const row = (label: string, value: string) =>
  `<div class="FormField__formField--E60Qw"><span data-testid="field-name" class="FormField__label--E60Qw">${label}</span><div data-testid="fields-list-row-field-components" class="FormField__value--E60Qw">${value}</div></div>`;

/** The deal marked won, with extra field rows after its expected close date's row. */
function won(html: string, buttons: [string, string], badge: string, closeRow: string, ...rows: string[]): string {
  const marked = edited(html, [
    `<button type="button" class="cui5-button cui5-button--positive">${buttons[0]}</button><button type="button" class="cui5-button cui5-button--negative">${buttons[1]}</button>`,
    `<span class="cui5-badge cui5-badge--positive">${badge}</span>`,
  ]);
  return rows.length === 0 ? marked : edited(marked, [closeRow, `${closeRow}${rows.join('')}`]);
}

const EN_CLOSE_ROW =
  'December 18, 2026</div><button type="button" class="cui5-button cui5-button--icon" aria-label="Edit"></button></div>';
const wonEn = (...rows: string[]) => won(deal.html, ['Won', 'Lost'], 'Won', EN_CLOSE_ROW, ...rows);

describe('a won Pipedrive deal’s close date', () => {
  it('is its won time, not its expected close date', () => {
    const reading = readPage(wonEn(row('Won time', 'November 18, 2026 at 4:12 PM')), deal.url);
    expect(reading.record.closed).toBe('won');
    expect(reading.record.closeDate).toBe('2026-11-18');
    expect(reading.notRead.filter((n) => n.field === 'closeDate')).toEqual([]);
  });

  it('is the "Deal closed on" day where the page shows no won time', () => {
    const reading = readPage(wonEn(row('Deal closed on', 'November 16, 2026')), deal.url);
    expect(reading.record.closeDate).toBe('2026-11-16');
  });

  it('prefers the won time to "Deal closed on"', () => {
    const reading = readPage(
      wonEn(row('Deal closed on', 'November 16, 2026'), row('Won time', 'November 18, 2026')),
      deal.url,
    );
    expect(reading.record.closeDate).toBe('2026-11-18');
  });

  it('is a past day when the won time shows no year (the page’s clock is 2026-11-20)', () => {
    expect(readPage(wonEn(row('Won time', 'December 18')), deal.url).record.closeDate).toBe('2025-12-18');
  });

  it('is not read, and says why, where the page shows only the expected close date', () => {
    const reading = readPage(wonEn(), deal.url);
    expect(reading.record.closed).toBe('won');
    expect(reading.record.closeDate).toBeUndefined();
    expect(reading.notRead.filter((n) => n.field === 'closeDate')).toEqual([
      {
        field: 'closeDate',
        reason:
          'the deal is won and the page shows only its expected close date ("December 18, 2026", 2026-12-18), not when it was won',
      },
    ]);
  });

  it('reads the German help centre’s name of the won time', () => {
    const html = won(
      dealDe.html,
      ['Gewonnen', 'Verloren'],
      'Gewonnen',
      '18. Dezember 2026</div><button type="button" class="cui5-button cui5-button--icon" aria-label="Bearbeiten"></button></div>',
      row('Zeitpunkt, zu dem der Deal gewonnen wurde', '18. November 2026'),
    );
    const reading = readPage(html, dealDe.url);
    expect(reading.record.closed).toBe('won');
    expect(reading.record.closeDate).toBe('2026-11-18');
  });

  it('an open deal keeps its expected close date', () => {
    expect(readPage(deal.html, deal.url).record.closeDate).toBe('2026-12-18');
  });
});

const lostEn = (...rows: string[]) => won(deal.html, ['Won', 'Lost'], 'Lost', EN_CLOSE_ROW, ...rows);

describe('a lost Pipedrive deal’s close date', () => {
  it('is the "Deal closed on" day, not its expected close date', () => {
    const reading = readPage(lostEn(row('Deal closed on', 'November 16, 2026')), deal.url);
    expect(reading.record.closed).toBe('lost');
    expect(reading.record.closeDate).toBe('2026-11-16');
  });

  it('is not read, and says why, where the page shows only an expected close date still to come', () => {
    const reading = readPage(lostEn(), deal.url);
    expect(reading.record.closed).toBe('lost');
    expect(reading.record.closeDate).toBeUndefined();
    expect(reading.notRead.filter((n) => n.field === 'closeDate')).toHaveLength(1);
  });
});

describe('the days a manager sees in the stage of a won deal', () => {
  // Demo Scheduled since Nov 17 (the stage bar's "3 d"); the clock is Nov 20.
  it('stop on the day it was won', async () => {
    const view = asDeal(
      await extension().open('pipedrive', 'deal-hashed', () => wonEn(row('Won time', 'November 18, 2026'))),
    );
    expect(view.closed).toBe('won');
    expect(view.daysInStage).toBe(1);
  });

  it('are not shown, with the reason, where the page shows only the expected close date', async () => {
    const view = asDeal(await extension().open('pipedrive', 'deal-hashed', () => wonEn()));
    expect(view.daysInStage).toBeNull();
    expect(view.daysInStageReason).toBe('close-not-read');
  });
});
