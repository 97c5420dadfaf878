// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readWhole } from './read-written-page';

/**
 * From review pdgen (session 48). A hashed-class English person page (no `FlowItem` marker, no
 * test ids) whose sidebar shows one field row with a type icon, a label and a date: "Next
 * activity" with a Call icon and "Nov 24, 2026". On its own the row has a type signal and one date,
 * and a single field label is no list of field rows (field-rows.ts wants two), so it was read as a
 * feed entry: a call on a day to come. A sidebar field row is never an activity, in any language.
 */
const page = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ana Ruiz - Persons</title></head><body>
<div id="root"><main class="App_main__k2Lp0"><div class="PersonView_root__h2Jk4">
<header class="PersonHeader_root__a8Rt3"><h1 class="cui5-text">Ana Ruiz</h1></header>
<aside class="sc-bdVaJa kTgQpa"><section><button type="button" aria-expanded="true">Summary</button>
<div class="sc-gKPRtg eHkSdA"><span class="cui5-icon" aria-label="Call"></span><span class="sc-iBYQkv bWkNqJ">Next activity</span><div class="sc-ftTHYK kXqVbz">Nov 24, 2026</div></div>
</section></aside>
<section class="sc-kDvujY hHgWkP"><h2>History</h2><ul class="sc-csKJxZ jMcPzq">
<li class="sc-jrcTuL fXbRmC"><span class="cui5-icon" aria-label="Call"></span><div><button type="button" role="checkbox" aria-checked="true" aria-label="Mark as not done"></button><a href="/activities/8801">Pricing call</a></div><div><span>Nov 18, 2026 2:05 PM</span> · <span>Jordan Blake</span></div></li>
</ul></section></div></main></div></body></html>`;

describe('English person page: a sidebar "Next activity" row with a Call icon and a date', () => {
  const reading = readWhole('/person/2210', page);
  if (reading.status !== 'read' || reading.kind !== 'contact') throw new Error(JSON.stringify(reading));

  it('reads no activity from the field row', () => {
    expect(reading.activities.map((a) => a.title)).toEqual(['Pricing call']);
  });
});
