import { describe, expect, it } from 'vitest';
import { edited, fixturePage, readPage } from '../page-variation';

/**
 * Companies add activity types of their own (crm-evidence-2.md: the defaults are Call, Meeting,
 * Task, Deadline, Email, Lunch; the type shows only in an icon's label), named in their language.
 */
const callIcon = (label: string) =>
  new RegExp(
    `(<div class="FlowItem_item__t7Kq2">\\s*<span class="cui5-icon FlowItem_icon__t7Kq2" )aria-label="${label}" title="${label}"(><\\/span>\\s*<div class="FlowItem_card__t7Kq2">\\s*<div class="FlowItem_header__t7Kq2"><button type="button" role="checkbox" aria-checked="true")`,
  );

describe("a Pipedrive type of the company's own, named in the page's language", () => {
  it.each([
    ['person-hashed', 'Call', 'Follow-up call', 'Call with Maya'],
    ['person-hashed-fr', 'Appel', 'Appel de suivi', 'Appel avec Maya'],
  ])('%s: "%s" renamed "%s" is still a call, with its outcome', (fixture, builtIn, custom, title) => {
    const page = fixturePage('pipedrive', fixture);
    const before = readPage(page.html, page.url).activities.find((a) => a.title === title);
    const html = edited(page.html, [callIcon(builtIn), `$1aria-label="${custom}" title="${custom}"$2`]);
    const call = readPage(html, page.url).activities.find((a) => a.title === title);
    expect(call).toMatchObject({ type: 'call', outcome: before?.outcome });
    expect(before?.outcome).toBeDefined();
  });
});
