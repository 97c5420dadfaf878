/** A feed item that links to a mail thread is a synced mail, whatever its icon says. */
import { describe, expect, it } from 'vitest';
import { edited, fixturePage, readPage } from '../page-variation';

const person = fixturePage('pipedrive', 'person-hashed');
// A collapsed mail shows subject, date line and snippet: drop the fixture's guessed From/To lines of Maya's reply.
const mayasMailLines =
  /<div class="MailLines_root__e2Tt5"><div>From: Maya Lindqvist &lt;maya\.lindqvist@nordhavn\.example&gt;<\/div><div>To: Casey Nguyen &lt;casey@acme-sales\.example&gt;<\/div><\/div>/g;
const collapsed = edited(person.html, [mayasMailLines, '']);
const reply = (html: string) => readPage(html, person.url).activities.find((a) => a.title === 'Re: Q1 volumes');

describe('a synced mail with an "Email" icon and no From/To lines', () => {
  it('is a mail of unknown direction, not a logged Email activity counted as outbound', () => {
    expect(reply(collapsed)?.type).toBe('email');
    expect(reply(collapsed)?.direction).not.toBe('outbound');
  });

  it('takes its direction from an icon labelled "Received"', () => {
    const page = edited(collapsed, [
      /(<span class="cui5-icon FlowItem_icon__t7Kq2" aria-label="Email" title="Email"><\/span>)(\s*<div class="FlowItem_card__t7Kq2">\s*<div class="FlowItem_header__t7Kq2"><a class="FlowItem_subject__t7Kq2" href="\/mail\/thread\/88410">)/g,
      '$1<span class="cui5-icon" aria-label="Received" title="Received"></span>$2',
    ]);
    expect(reply(page)?.direction).toBe('inbound');
  });
});
