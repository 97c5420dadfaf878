/**
 * An activity's date line may show its duration ("Nov 17, 2026 at 3:10 PM · 30 min · Casey Nguyen"):
 * the duration is neither the owner nor part of the date.
 */
import { describe, expect, it } from 'vitest';
import { edited, fixturePage, readPage } from '../page-variation';

const person = fixturePage('pipedrive', 'person-hashed');
const callLine = '<span class="FlowItem_date__t7Kq2">November 17, 2026 at 3:10 PM</span> · <span>Casey Nguyen</span>';
const withDuration = (duration: string) =>
  edited(person.html, [
    callLine,
    `<span class="FlowItem_date__t7Kq2">November 17, 2026 at 3:10 PM</span> · <span>${duration}</span> · <span>Casey Nguyen</span>`,
  ]);
const callWithMaya = (html: string) => readPage(html, person.url).activities.find((a) => a.title === 'Call with Maya');

describe('a call whose date line shows its duration', () => {
  it.each(['30 min', '5 min', '1 h 30 min'])('keeps its owner and time with "%s" after the date', (duration) => {
    const call = callWithMaya(withDuration(duration));
    expect(call?.owner).toBe('Casey Nguyen');
    expect(call?.timestamp).toBe('2026-11-17T15:10:00.000Z');
  });

  it('keeps its owner when the date has no marker class', () => {
    const html = edited(withDuration('30 min'), [/FlowItem_date__t7Kq2/g, 'Meta_x__a1']);
    expect(callWithMaya(html)?.owner).toBe('Casey Nguyen');
  });

  it('keeps its owner on a German page ("30 Min.")', () => {
    const html = edited(withDuration('30 Min.'), ['lang="en-US"', 'lang="de"']);
    expect(callWithMaya(html)?.owner).toBe('Casey Nguyen');
  });
});
