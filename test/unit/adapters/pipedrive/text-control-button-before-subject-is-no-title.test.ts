// @vitest-environment happy-dom
/**
 * Review s45 (regress). 803efdc lets a chunk inside a <button> be an item's title unless
 * isControlButton calls the button a control (control-button.ts): any button with two or more
 * words that are not a done/planned/"Show more" word and that has no aria-label is taken as the
 * subject. An action button drawn with its text ("Edit activity", "Reply all", "Mark as
 * complete") that stands before the subject in the item now becomes the title. At 613786b every
 * button was skipped and the subject was read. The title keys a touch without a CRM id, is what
 * the panel lists, and a call's direction is read from it ("Incoming call from Maya" → inbound).
 */
import { describe, expect, it } from 'vitest';
import { readOk } from './read-written-page';

const page = (entry: string) =>
  readOk(
    '/person/2210',
    `<div id="root"><main><div class="PersonView_view__a1">
<div class="PersonHeader_header__b2"><h1>Maya Lindqvist</h1></div>
<aside><div><span>Email</span><div><a href="mailto:maya@nordhavn.example">maya@nordhavn.example</a></div></div></aside>
<section class="Flow_flow__i9"><h2>History</h2>${entry}</section></div></main></div>`,
    { title: 'Maya Lindqvist - Persons' },
  );

const entry = (icon: string, header: string, extra = '') =>
  `<div class="FlowItem_item__t7Kq2"><span class="FlowItem_icon__p0" aria-label="${icon}"></span>` +
  `<div class="FlowItem_header__h1">${header}</div>${extra}` +
  `<div class="FlowItem_meta__m3"><span class="FlowItem_date__t7Kq2">2026-11-18 15:10</span> · <span>Casey Nguyen</span></div></div>`;

const DONE = '<button type="button" role="checkbox" aria-checked="true" aria-label="Mark as not done"></button>';

describe('Pipedrive: an action button drawn with its text before the subject', () => {
  it('"Edit activity" is no title: the call keeps its subject and its direction (inbound)', () => {
    const [call] = page(
      entry('Call', `${DONE}<button type="button">Edit activity</button><span>Incoming call from Maya</span>`),
    ).activities;
    expect(call).toMatchObject({ type: 'call', title: 'Incoming call from Maya', direction: 'inbound' });
  });

  it('"Mark as complete" (a done toggle drawn with text) is no title of the meeting', () => {
    const [meeting] = page(
      entry('Meeting', '<button type="button">Mark as complete</button><span>Site visit</span>'),
    ).activities;
    expect(meeting?.title).toBe('Site visit');
  });

  it('"Reply all" is no title of the synced mail', () => {
    const [mail] = page(
      entry(
        'Email',
        '<button type="button">Reply all</button><span>Re: pricing for Q1</span>',
        '<div><span>From:</span> <span>Casey Nguyen</span></div><div><span>To:</span> <a href="/person/2210">Maya Lindqvist</a></div>',
      ),
    ).activities;
    expect(mail?.title).toBe('Re: pricing for Q1');
  });
});
