import { describe, expect, it } from 'vitest';
import { inspectPage } from '../../../../scripts/inspect-page';
import { CONTACT_URL, contactPage, previewItem, readContact } from './contact-page';

/**
 * Review s37 (readers). crm-pages.md:81-82: "Dates appear in the user's locale and as relative text
 * ("2 days ago", …): parse both, and keep the raw text when parsing fails." contracts.md:86-89: an
 * activity without a CRM id is keyed by its day because "relative dates such as "2 days ago" move by
 * minutes between visits; the day does not"; `timestamp` is "absent with `dateText` kept when the
 * page's date could not be parsed". The brief: what cannot be read is "not read, because …", never a guess.
 *
 * A relative text coarser than a day names no day: "2 weeks ago" is any day 14–20 days back,
 * "a month ago" any of several weeks, and the text stays the same while the days pass. Today the
 * reader turns it into an exact-looking day (now − 14 days, now − 1 month, timePrecision 'day'), so
 * the same call read three days later gets another day, another key, and is stored and counted twice.
 *
 * Oracle by hand, at 2026-11-20T15:00Z (UTC): no timestamp, dateText as printed, a notRead entry.
 */
const FEED = [
  previewItem({ header: 'Logged call with Lena Vogt', date: '2 weeks ago', body: 'Pricing questions' }),
  previewItem({ header: 'Email sent to Lena Vogt', date: 'a month ago', body: 'Intro deck' }),
].join('\n');

describe('HubSpot: a relative date coarser than a day ("2 weeks ago", "a month ago")', () => {
  it.each([
    ['Pricing questions', '2 weeks ago'],
    ['Intro deck', 'a month ago'],
  ])('"%s" dated "%s" is reported as not read, with the text kept, never given an exact day', (title, shown) => {
    const r = readContact(contactPage({ feed: FEED }));
    const a = r.activities.find((x) => x.title === title);
    expect(a).toBeDefined();
    expect(a?.timestamp).toBeUndefined();
    expect(a?.dateText).toBe(shown);
    expect(r.notRead.some((n) => /timestamp/.test(n.field) && n.reason.includes(shown))).toBe(true);
  });

  it('the call shown as "2 weeks ago" on two visits three days apart is one call (same key), not two', () => {
    const html = contactPage({ feed: FEED });
    const keyOn = (now: string) => {
      const { output } = inspectPage(html, CONTACT_URL, new Date(now), 'UTC');
      const acts = (output as { activities: { title: string; key: string }[] }).activities;
      return acts.find((a) => a.title === 'Pricing questions')?.key;
    };
    const first = keyOn('2026-11-20T15:00:00Z');
    expect(first).toBeDefined();
    expect(keyOn('2026-11-23T15:00:00Z')).toBe(first);
  });
});
