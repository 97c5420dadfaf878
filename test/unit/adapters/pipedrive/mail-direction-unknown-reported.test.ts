// @vitest-environment happy-dom
/**
 * Review s45 (pdgen). A synced mail whose direction the reader cannot tell (mail-direction.ts: a
 * sender who is neither the record's person nor a user, or a header row drawn as "Maya Lindqvist
 * to Casey Nguyen" with no From label) is kept with direction `unknown`, which is right, but on a
 * page in a tabled language nothing in notRead says so (untabled-language.ts reports it only for
 * languages without a word table; the Salesforce reader reports it on every page). decisions.md:
 * "`unknown` with a `notRead` entry does not [count against]"; the reply rate silently leaves the
 * mail out.
 */
import { describe, expect, it } from 'vitest';
import { readOk } from './read-written-page';

function personPage(mail: string, lang: string, email: string) {
  return readOk(
    '/person/2210',
    `<div id="root"><main><div class="PersonView_view__a1">
<div class="PersonHeader_header__b2"><h1>Maya Lindqvist</h1></div>
<aside><div><span>${email}</span><div><a href="mailto:maya@nordhavn.example">maya@nordhavn.example</a></div></div>
<div><span>Owner</span><div>Casey Nguyen</div></div></aside>
<section class="Flow_flow__i9"><h2>History</h2>
<div class="FlowItem_item__t7Kq2"><span aria-label="Call"></span><div><button type="button" role="checkbox" aria-checked="true"></button><a href="/activities/91001">Call Maya</a></div><div><span class="FlowItem_date__t7Kq2">November 18, 2026 3:10 PM</span> · <span>Casey Nguyen</span></div></div>
${mail}
</section></div></main></div>`,
    { lang, title: 'Maya Lindqvist - Persons' },
  );
}

const mailEntry = (lines: string) =>
  `<div class="FlowItem_item__t7Kq2"><span aria-label="Email"></span><div><a href="/mail/thread/5501">Re: Pilot scope</a></div>${lines}<div><span class="FlowItem_date__t7Kq2">November 17, 2026 11:20 AM</span></div></div>`;

describe('Pipedrive: a synced mail whose direction is not read is reported', () => {
  it.each([
    [
      'a colleague of the person as sender (English)',
      'en-US',
      'Email',
      '<div>From: Jonas Berg &lt;jonas@nordhavn.example&gt;</div><div>To: Casey Nguyen</div>',
    ],
    [
      'a header row without a From label (English)',
      'en-US',
      'Email',
      '<div><span>Maya Lindqvist</span> to <span>Casey Nguyen</span></div>',
    ],
    [
      'a colleague of the person as sender (Spanish)',
      'es-ES',
      'Correo electrónico',
      '<div>De: Jonas Berg &lt;jonas@nordhavn.example&gt;</div><div>Para: Casey Nguyen</div>',
    ],
  ])('%s', (_name, lang, emailLabel, lines) => {
    const result = personPage(mailEntry(lines), lang, emailLabel);
    const mail = result.activities.find((a) => a.type === 'email');
    expect(mail).toBeDefined();
    expect(mail?.direction).not.toBe('outbound');
    if (mail?.direction === 'unknown')
      expect(result.notRead.filter((n) => n.field.includes('direction'))).not.toEqual([]);
  });
});
