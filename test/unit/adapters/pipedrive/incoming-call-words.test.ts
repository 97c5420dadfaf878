/**
 * A call came in when its subject or its icon says so ("Incoming call", "Call from Dana"); the
 * same words in a call's notes or inside a subject ("Follow-up on the call from Monday") do not
 * turn the rep's call inbound.
 */
import { describe, expect, it } from 'vitest';
import { edited, fixturePage, readPage } from '../page-variation';

const person = fixturePage('pipedrive', 'person-hashed');
const call = (html: string, title: string) => readPage(html, person.url).activities.find((a) => a.title === title);

describe('incoming-call words on a logged call', () => {
  it('inside the subject do not make the rep’s follow-up call inbound', () => {
    const html = edited(person.html, ['>Call with Maya</a>', '>Follow-up on the call from Monday</a>']);
    expect(call(html, 'Follow-up on the call from Monday')?.direction).toBe('outbound');
  });

  it('in the call’s notes do not make it inbound', () => {
    const html = edited(person.html, [
      'Outcome: Connected</div>',
      'Outcome: Connected</div><div class="FlowItem_text__t7Kq2">Asked us to route every incoming call from their depot to Jonas.</div>',
    ]);
    expect(call(html, 'Call with Maya')?.direction).toBe('outbound');
  });

  it('starting the subject make it inbound', () => {
    const html = edited(person.html, ['>Call with Maya</a>', '>Call from Maya</a>']);
    expect(call(html, 'Call from Maya')?.direction).toBe('inbound');
  });

  it('on its icon make it inbound', () => {
    const html = edited(person.html, [
      '<span class="cui5-icon FlowItem_icon__t7Kq2" aria-label="Call" title="Call"></span>\n                  <div class="FlowItem_card__t7Kq2">\n                    <div class="FlowItem_header__t7Kq2"><button type="button" role="checkbox" aria-checked="true" aria-label="Mark as not done" class="cui5-checkbox"></button><a class="FlowItem_subject__t7Kq2" href="/activities/91188">',
      '<span class="cui5-icon FlowItem_icon__t7Kq2" aria-label="Incoming call" title="Incoming call"></span>\n                  <div class="FlowItem_card__t7Kq2">\n                    <div class="FlowItem_header__t7Kq2"><button type="button" role="checkbox" aria-checked="true" aria-label="Mark as not done" class="cui5-checkbox"></button><a class="FlowItem_subject__t7Kq2" href="/activities/91188">',
    ]);
    expect(call(html, 'Call with Maya')?.direction).toBe('inbound');
  });
});
