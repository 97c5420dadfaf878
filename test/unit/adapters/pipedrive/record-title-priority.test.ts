/**
 * The record's title marker (`[data-testid="header-title"]`, crm-pages.md) names the record even
 * where a more generic heading comes first in the page: a lead opens beside the Leads Inbox list,
 * whose own header says "Leads Inbox".
 */
import { describe, expect, it } from 'vitest';
import { edited, fixturePage, readPage } from '../page-variation';

const person = fixturePage('pipedrive', 'person-hashed');
const leadId = '3f2c9a10-5b7e-4c1d-9a8b-2e6f7d8c9b01';
const leadUrl = `https://acme.pipedrive.com/leads/inbox/${leadId}`;
const inboxList =
  '<section class="LeadsInbox_list__x1Qe4"><header class="LeadsInbox_header__x1Qe4"><h1>Leads Inbox</h1></header>' +
  `<ul><li><a href="/leads/inbox/${leadId}">Nordhavn cold-chain lead</a></li><li><a href="/leads/inbox/11111111-2222-4333-8444-555555555555">Oslo expansion</a></li></ul></section>`;

const lead = edited(
  person.html,
  ['<title>Maya Lindqvist - Persons</title>', '<title>Nordhavn cold-chain lead - Leads</title>'],
  [
    '<h1 class="cui5-text cui5-text--heading">Maya Lindqvist</h1>',
    '<h1 class="cui5-text cui5-text--heading">Nordhavn cold-chain lead</h1>',
  ],
  ['<div class="viewContainer">\n', `${inboxList}<div class="viewContainer">\n`],
);

describe('a lead shown beside the Leads Inbox list', () => {
  it('is named by its own title, not by the list’s heading', () => {
    expect(readPage(lead, leadUrl).record.name).toBe('Nordhavn cold-chain lead');
  });
});
