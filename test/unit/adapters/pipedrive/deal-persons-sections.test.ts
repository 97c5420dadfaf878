/** A deal's persons may be listed in several sections ("Person", "Participants"): each counts. */
import { describe, expect, it } from 'vitest';
import { edited, fixturePage, readPage } from '../page-variation';

const deal = fixturePage('pipedrive', 'deal-hashed');
// Maya is the contact person; Jonas a participant, listed with Maya again.
const sections = edited(deal.html, [
  /<button type="button" class="cui5-button SidebarSection_toggle__c6Ws2" aria-expanded="true">Persons \(2\)<\/button>\n {12}<ul class="LinkedPersons_list__j7Ty3">\n {14}(<li>.*?<\/li>)\n {14}(<li>.*?<\/li>)\n {12}<\/ul>/,
  '<button type="button" class="cui5-button SidebarSection_toggle__c6Ws2" aria-expanded="true">Person</button>\n            <ul class="LinkedPersons_list__j7Ty3">$1</ul>\n          </section>\n          <section class="SidebarSection_root__c6Ws2">\n            <button type="button" class="cui5-button SidebarSection_toggle__c6Ws2" aria-expanded="true">Participants (2)</button>\n            <ul class="LinkedPersons_list__j7Ty3">$1\n              $2</ul>',
]);

describe('a deal with a "Person" and a "Participants" section', () => {
  it('counts every person once as a contact of the deal', () => {
    const ids = (readPage(sections, deal.url).record.contacts as { id: string }[]).map((c) => c.id);
    expect(ids).toEqual(['2210', '2231']);
  });

  it('reads a participant’s reply as inbound', () => {
    const reply = readPage(sections, deal.url).activities.find((a) => a.title === 'Re: Pilot scope');
    expect(reply?.direction).toBe('inbound');
  });
});
