// @vitest-environment happy-dom
/**
 * Pipedrive's deal header is drawn with build-hashed classes (crm-evidence-2.md), and nothing says it
 * is a `<header>` element: here it is a `<div>`. A closed deal's "Won"/"Lost" badge sits by the title,
 * which is known (`[data-testid="header-title"]`). Found only inside a `<header>` or guessed classes,
 * the badge was missed and the won deal read as open with nothing reported: it then got stage
 * warnings (metrics.md: closed deals never get a warning). An open deal shows "Won" and "Lost"
 * buttons; a header showing neither a badge nor those buttons leaves the status unread, and says so.
 */
import { describe, expect, it } from 'vitest';
import { CALL, changelogItem, dealPage, readDeal } from './div-header-deal-page';

const badge = (word: string) =>
  `<div class="DealStatus__badge--w9Er"><svg aria-hidden="true"></svg><span class="cui5-badge__label">${word}</span></div><button type="button" class="cui5-button">Reopen</button>`;
const closedNotRead = (reading: ReturnType<typeof readDeal>) => reading.notRead.some((n) => n.field === 'closed');

describe('Pipedrive: a deal whose header is a hashed <div>', () => {
  it('is won when the badge by its title says "Won"', () => {
    expect(readDeal(dealPage({ headerExtra: badge('Won'), feed: CALL })).record.closed).toBe('won');
  });

  it('is lost when the badge says "Verloren" on a German page', () => {
    expect(readDeal(dealPage({ lang: 'de', headerExtra: badge('Verloren'), feed: CALL })).record.closed).toBe('lost');
  });

  it('control: is open, with nothing reported, when it shows the Won and Lost buttons', () => {
    const reading = readDeal(dealPage({ feed: CALL }));
    expect(reading.record.closed).toBeUndefined();
    expect(closedNotRead(reading)).toBe(false);
  });

  it('reports its status as not read when it shows neither a badge nor the Won and Lost buttons', () => {
    const reading = readDeal(dealPage({ headerExtra: '', feed: CALL }));
    expect(reading.record.closed).toBeUndefined();
    expect(closedNotRead(reading)).toBe(true);
  });

  it('control: a changelog entry "Status: Open → Won" in the feed does not close the open deal', () => {
    const feed = changelogItem('Status: <span>Open</span> → <span>Won</span>', 'Nov 18, 2026 2:05 PM') + CALL;
    expect(readDeal(dealPage({ feed })).record.closed).toBeUndefined();
  });
});

describe('Pipedrive: the rotting mark of a deal whose header is a hashed <div>', () => {
  const rottingOf = (html: string) => (readDeal(html) as unknown as { crmFigures: { rotting?: boolean } }).crmFigures;

  it('is read in the header', () => {
    const headerExtra = '<span class="cui5-badge cui5-badge--negative">Rotting for 5 days</span>';
    expect(rottingOf(dealPage({ headerExtra, feed: CALL })).rotting).toBe(true);
  });

  it('is not a note in the feed that says a deal was rotting', () => {
    const note = changelogItem(
      '<p>Rotting since the summer, revived after the pricing call.</p>',
      'Nov 18, 2026 2:05 PM',
      'Note',
    );
    expect(rottingOf(dealPage({ feed: note + CALL })).rotting).toBe(false);
  });
});
