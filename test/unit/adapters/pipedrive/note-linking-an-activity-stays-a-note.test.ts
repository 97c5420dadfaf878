// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readWhole } from './read-written-page';

/**
 * From review regress2 (session 48), a regression of 9ac8627. Any entry linking to
 * /activities/{id} was read as an activity (item-facts.ts linksOwnActivity), except links inside
 * `[data-test="activity-note"]`. A rep's note on a hashed-class page that linked the call it was
 * about ("see Call with Jordan Costa") was read as a task with the call's id, dated the note's day;
 * it took the call's place (same source id) and the call, a touch, was lost. A link among words of
 * prose is no entry's own activity link: the note stays a note and the call is read.
 */
const page = `<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>CRM rollout</title></head><body>
<div id="root"><main class="App_main__k2Lp0"><div class="DealView_root__h2Jk4">
<header class="DealHeader_root__a8Rt3"><h1 class="cui5-text">CRM rollout</h1></header>
<section class="sc-kDvujY hHgWkP"><h2>History</h2><ul class="sc-csKJxZ jMcPzq">
<li class="sc-jrcTuL fXbRmC"><span class="cui5-icon"><svg aria-hidden="true"></svg></span><div class="sc-note">Budget confirmed for Q1, see <a href="/activities/8801">Call with Jordan Costa</a></div><div><span>November 19, 2026 at 9:30 AM</span> · <span>Alex Morgan</span></div></li>
<li class="sc-jrcTuL fXbRmC"><span class="cui5-icon" aria-label="Call"></span><div><button type="button" role="checkbox" aria-checked="true" aria-label="Mark as not done"></button><a href="/activities/8801">Call with Jordan Costa</a></div><div><span>November 18, 2026 at 2:05 PM</span> · <span>Alex Morgan</span> · <a href="/person/913">Jordan Costa</a></div></li>
</ul></section></div></main></div></body></html>`;

describe('a Pipedrive note linking the call it is about', () => {
  it('leaves the linked call read as the one call touch', () => {
    const reading = readWhole('/deal/61', page);
    if (reading.status !== 'read') throw new Error(JSON.stringify(reading));
    const calls = reading.activities.filter((a) => a.type === 'call');
    expect(calls.map((a) => a.timestamp)).toEqual(['2026-11-18T14:05:00.000Z']);
  });
});
