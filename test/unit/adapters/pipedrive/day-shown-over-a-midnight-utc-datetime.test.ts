/**
 * From review s53 (dates). A Pipedrive History entry shows its day only ("November 19, 2026") and carries
 * it machine-readably as web apps serialise a date-only value: `<time datetime="2026-11-19T00:00:00Z">`
 * (midnight UTC; the reader tries `time` first, pipedrive/selectors.ts, and reads `datetime` before
 * the text, item-date.ts fromElement). The page shows no time of day, so decisions.md keys the touch
 * by "the date as printed", and metrics.md counts days in the user's zone. Read by a rep in
 * California, the attribute's instant is 16:00 on 18 November there: read first, it counted the
 * call the page shows on 19 November a day earlier, with a time of day the page never showed, so a
 * touch the rep logs in Touchline for 19 November no longer found it on the same day. The shown
 * day wins at day precision (lib/locale/machine-date-stands.ts); the attribute stands where the
 * text shows a time of day, and where it is an instant other than midnight UTC ("2 days ago").
 */
import { describe, expect, it } from 'vitest';
import { zonedDay } from '../../../../lib/zoned-day';
import { inspectPage } from '../../../../scripts/inspect-page';

const URL_TEXT = 'https://harbourline.pipedrive.com/person/5120';

const entry = (icon: string, id: number, subject: string, iso: string, shown: string) =>
  `<li>${icon}<div><div><button type="button" role="checkbox" aria-checked="true" aria-label="Mark as not done"></button>` +
  `<a href="/activities/${id}">${subject}</a></div>` +
  `<div><time datetime="${iso}">${shown}</time> · <span>Dana Whitfield</span> · <a href="/person/5120">Owen Castillo</a></div></div></li>`;

const PAGE = `<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>Owen Castillo - Persons</title></head><body>
<div id="root"><main><div class="viewContainer">
<header><h1>Owen Castillo</h1><a href="/organization/77">Castillo Freight</a></header>
<div><aside><section><button type="button" aria-expanded="true">Details</button><div>
<div><span>Email</span><div><a href="mailto:owen@castillofreight.example">owen@castillofreight.example</a></div></div>
<div><span>Owner</span><div>Dana Whitfield</div></div>
</div></section></aside>
<div><section><h2>History</h2>
<div role="group" aria-label="Filter history"><button type="button" aria-pressed="true">All</button><button type="button" aria-pressed="false">Activities</button><button type="button" aria-pressed="false">Notes</button></div>
<ul>
${entry('<svg role="img" aria-label="Call"></svg>', 88410, 'Follow-up call about the quote', '2026-11-19T00:00:00Z', 'November 19, 2026')}
${entry('<svg role="img" aria-label="Call"></svg>', 88402, 'Call about the delivery window', '2026-11-18T22:05:00Z', 'November 18, 2026 2:05 PM')}
${entry('<svg role="img" aria-label="Call"></svg>', 88399, 'Call about the pallets', '2026-11-18T17:40:00Z', '2 days ago')}
${entry('<svg role="img" aria-label="Meeting"></svg>', 88395, 'Site visit at the depot', '2026-11-12T00:00:00Z', 'November 12, 2026')}
</ul></section></div></div></div></main></div></body></html>`;

describe('Pipedrive: an entry showing only its day, its <time datetime> at midnight UTC, read in Los Angeles', () => {
  const read = () => {
    const { output } = inspectPage(PAGE, URL_TEXT, new Date('2026-11-20T15:00:00Z'), 'America/Los_Angeles');
    return (output as { activities: { title: string; timestamp?: string; timePrecision?: string }[] }).activities;
  };

  it('dates the call on 19 November in the rep’s zone, as the page shows it, without a time of day', () => {
    const call = read().find((a) => a.title === 'Follow-up call about the quote');
    expect(call?.timestamp).toBeDefined();
    expect(zonedDay(call?.timestamp as string, 'America/Los_Angeles')).toBe('2026-11-19');
    expect(call?.timePrecision).toBe('day');
  });

  it('keeps the attribute’s instant where the text shows a time of day', () => {
    const call = read().find((a) => a.title === 'Call about the delivery window');
    expect(call?.timestamp).toBe('2026-11-18T22:05:00.000Z');
    expect(call?.timePrecision).toBe('minute');
  });

  it('keeps the attribute’s instant behind a text showing a day, where the attribute is no day alone', () => {
    const call = read().find((a) => a.title === 'Call about the pallets');
    expect(call?.timestamp).toBe('2026-11-18T17:40:00.000Z');
    expect(call?.timePrecision).toBe('minute');
  });

  it('(control) in UTC the same entry is on 19 November', () => {
    const { output } = inspectPage(PAGE, URL_TEXT, new Date('2026-11-20T15:00:00Z'), 'UTC');
    const call = (output as { activities: { title: string; timestamp?: string }[] }).activities.find(
      (a) => a.title === 'Follow-up call about the quote',
    );
    expect(zonedDay(call?.timestamp as string, 'UTC')).toBe('2026-11-19');
  });
});
