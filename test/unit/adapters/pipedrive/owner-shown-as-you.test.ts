// @vitest-environment happy-dom
/**
 * From review pdperson (session 46, "not tested, worth a look"). A feed entry whose owner's place
 * names the person viewing the page ("Nov 19, 2026 9:00 AM · You") was stored with an owner named
 * "You": a rep who does not exist, and on the team view a row of its own. As the Salesforce reader
 * does with its "You" sentences, the entry has no owner read and says it was the viewer's
 * (`byViewer`), so the user's "your name in this CRM" setting stands in (decisions.md).
 */
import { describe, expect, it } from 'vitest';
import { readOk } from './read-written-page';

const page = (owner: string) =>
  readOk(
    '/person/2210',
    `<div id="root"><main><div class="PersonPage_root__k2"><header><h1>Ana Ruiz</h1></header>
<aside><div><span>Email</span> <a href="mailto:ana.ruiz@cobalto.example">ana.ruiz@cobalto.example</a></div></aside>
<div class="Feed_root__p0"><section><h2>History</h2>
<div class="FlowItem_item__t7Kq2"><span aria-label="Call"></span><div><button role="checkbox" aria-checked="true" aria-label="Mark as not done"></button><a href="/activities/73001">Pricing call</a></div><div><span>Nov 19, 2026 9:00 AM</span> · <span>${owner}</span> · <a href="/person/2210">Ana Ruiz</a></div></div>
</section></div></div></main></div>`,
    { title: 'Ana Ruiz - Persons' },
  );

describe('Pipedrive person: an entry whose owner is shown as "You"', () => {
  it('has no owner named "You": it is the viewer’s', () => {
    const [call] = page('You').activities;
    expect(call?.owner).toBeUndefined();
    expect(call?.byViewer).toBe(true);
  });

  it('(control) a named owner is read as such', () => {
    const [call] = page('Jordan Blake').activities;
    expect(call?.owner).toBe('Jordan Blake');
    expect(call?.byViewer).toBeUndefined();
  });
});
