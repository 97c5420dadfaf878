// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readWhole } from './read-written-page';

/**
 * From last session's review of 2cffbe8. A note linking the call it is about stays a note only
 * where words of text stand beside the link (note-linking-an-activity-stays-a-note.test.ts). A
 * note's rich text wraps its words in elements: "<strong>Budget confirmed.</strong> <a>Call
 * with Jordan Costa</a>", or a paragraph of spans. There the link stood beside no text node, the
 * note was read as an activity with the call's id, and it took the call's place. An activity's own
 * line, its subject link beside a label of its own, stays an activity.
 */
const page = (
  note: string,
  other = '',
) => `<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>CRM rollout</title></head><body>
<div id="root"><main class="App_main__k2Lp0"><div class="DealView_root__h2Jk4">
<header class="DealHeader_root__a8Rt3"><h1 class="cui5-text">CRM rollout</h1></header>
<section class="sc-kDvujY hHgWkP"><h2>History</h2><ul class="sc-csKJxZ jMcPzq">
<li class="sc-jrcTuL fXbRmC"><span class="cui5-icon"><svg aria-hidden="true"></svg></span><div class="sc-note">${note}</div><div><span>November 19, 2026 at 9:30 AM</span> · <span>Alex Morgan</span></div></li>
<li class="sc-jrcTuL fXbRmC"><span class="cui5-icon" aria-label="Call"></span><div><button type="button" role="checkbox" aria-checked="true" aria-label="Mark as not done"></button><a href="/activities/8801">Call with Jordan Costa</a></div><div><span>November 18, 2026 at 2:05 PM</span> · <span>Alex Morgan</span> · <a href="/person/913">Jordan Costa</a></div></li>
${other}
</ul></section></div></main></div></body></html>`;

const read = (html: string) => {
  const reading = readWhole('/deal/61', html);
  if (reading.status !== 'read') throw new Error(JSON.stringify(reading));
  return reading.activities;
};

const link = '<a href="/activities/8801">Call with Jordan Costa</a>';

describe('a Pipedrive note whose words are wrapped in elements, linking the call it is about', () => {
  it.each([
    [
      'words inside the span around the link',
      `<p><span>Called Jordan, <a href="/activities/8801">the call</a> went well</span></p>`,
    ],
    ['a paragraph of spans', `<p><span>Budget confirmed for Q1, see</span> ${link}</p>`],
    ['the link in a span of its own', `<p><span>Budget confirmed for Q1, see</span><span>${link}</span></p>`],
    ['bold words before the link', `<p><strong>Budget confirmed for Q1.</strong> ${link}</p>`],
    ['emphasis around the link, outside a paragraph', `<strong>Budget confirmed</strong> ${link} <em>went well</em>`],
  ])('stays a note and leaves the call read (%s)', (_, note) => {
    const activities = read(page(note));
    expect(activities.map((a) => [a.type, a.timestamp])).toEqual([
      ['note', '2026-11-19T09:30:00.000Z'],
      ['call', '2026-11-18T14:05:00.000Z'],
    ]);
  });

  it('(control) an activity whose own line is its subject link beside a label stays an activity', () => {
    const visit = `<li class="sc-jrcTuL fXbRmC"><span class="cui5-icon"><svg aria-hidden="true"></svg></span><div><span>Site visit</span><a href="/activities/8802">Walkthrough at the depot</a></div><div><span>November 17, 2026 at 10:00 AM</span> · <span>Alex Morgan</span></div></li>`;
    const activities = read(page('<p>Budget confirmed for Q1.</p>', visit));
    const entry = activities.find((a) => a.timestamp === '2026-11-17T10:00:00.000Z');
    expect(entry?.type).not.toBe('note');
    expect(entry?.sourceId).toContain('8802');
  });
});
