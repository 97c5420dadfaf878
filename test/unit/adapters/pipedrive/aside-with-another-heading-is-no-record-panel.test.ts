// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readWhole } from './read-written-page';

/**
 * From last session's review of 2cffbe8. An `<aside>` holding the record's title is the record's
 * own panel (a lead opened over the Leads Inbox: lead-panel-in-aside-keeps-its-feed.test.ts), but
 * any `h1` made an aside so: a "Sales Assistant" widget or a help panel headed by its own `h1`,
 * showing dated suggestions with a Call icon, had its suggestions read as the record's calls. Only
 * an aside that shows the record's name as a title is the record's panel.
 */
const page = (
  aside: string,
) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ana Ruiz - Persons</title></head><body>
<div id="root"><main class="App_main__k2Lp0"><div class="PersonView_root__h2Jk4">
<header class="PersonHeader_root__a8Rt3"><h1 class="cui5-text">Ana Ruiz</h1></header>
<section class="sc-kDvujY hHgWkP"><h2>History</h2><ul class="sc-csKJxZ jMcPzq">
<li class="sc-jrcTuL fXbRmC"><span class="cui5-icon" aria-label="Call"></span><div><button type="button" role="checkbox" aria-checked="true" aria-label="Mark as not done"></button><a href="/activities/8801">Pricing call</a></div><div><span>Nov 18, 2026 2:05 PM</span> · <span>Jordan Blake</span></div></li>
<li class="sc-jrcTuL fXbRmC"><span class="cui5-icon" aria-label="Note"></span><div><span>Nov 17, 2026 9:00 AM</span> · <span>Jordan Blake</span></div><div>Ana wants a pilot in Q1.</div></li>
</ul></section>
${aside}
</div></main></div></body></html>`;

const suggestions = `<ul>
<li><span class="cui5-icon" aria-label="Call"></span><div><a href="/activities/9901">Call Ana about the renewal</a></div><div><span>Nov 19, 2026 10:00 AM</span> · <span>Jordan Blake</span></div></li>
<li><span class="cui5-icon" aria-label="Email"></span><div><a href="/activities/9902">Send the pilot summary</a></div><div><span>Nov 16, 2026 4:30 PM</span> · <span>Jordan Blake</span></div></li>
</ul>`;

const titles = (html: string) => {
  const reading = readWhole('/person/2210', html);
  if (reading.status !== 'read' || reading.kind !== 'contact') throw new Error(JSON.stringify(reading));
  return reading.activities.map((a) => a.title);
};

describe('Pipedrive person page beside an aside headed by an h1 of its own', () => {
  it('reads no entry from a "Sales Assistant" widget', () => {
    const aside = `<aside class="SalesAssistant_root__z7Yh2"><h1 class="cui5-text">Sales Assistant</h1>${suggestions}</aside>`;
    expect(titles(page(aside))).toEqual(['Pricing call', 'Ana wants a pilot in Q1.']);
  });

  it('reads no entry from a help panel drawn as a complementary landmark', () => {
    const aside = `<div role="complementary" class="HelpPanel_root__c3Vb9"><header><h1>Help</h1></header>${suggestions}</div>`;
    expect(titles(page(aside))).toEqual(['Pricing call', 'Ana wants a pilot in Q1.']);
  });
});
