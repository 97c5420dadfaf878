/**
 * `/lightning/r/{Object}/{id}/edit` is the record's own page only when `backgroundContext`, the page the
 * edit dialog is drawn over, is that record's view. Lightning
 * opens a related record's Edit (a row action of an account's Contacts list, a record edited from
 * another record's page) over THAT page, with the edited record's id in the address. The page behind
 * is then read as the edited contact: its header's name and its activity timeline are stored under
 * the contact (for good: saved touches keep their record keys).
 */
import { describe, expect, it } from 'vitest';
import { fixturePage, readPage } from '../page-variation';

const BEN = '0035g00000000EYAAY';
const editOver = (object: string, id: string) =>
  `https://acme.lightning.force.com/lightning/r/Contact/${BEN}/edit?navigationLocation=RELATED_LIST_ROW&backgroundContext=%2Flightning%2Fr%2F${object}%2F${id}%2Fview`;

describe("a contact's Edit dialog drawn over another record's page", () => {
  it("over an account's page: the account is not read as the contact", () => {
    const reading = readPage(fixturePage('salesforce', 'account-page').html, editOver('Account', '0015g0000000001AAA'));
    expect(reading.record?.name).not.toBe('Contoso Freight');
  });

  it("over an opportunity's page: its timeline is not stored as the contact's touches", () => {
    const reading = readPage(
      fixturePage('salesforce', 'deal-activity-groups').html,
      editOver('Opportunity', '0065g00000DpQ00AAF'),
    );
    expect(reading.record?.name).not.toBe('Northwind — Depot rollout');
    expect(reading.activities ?? []).toEqual([]);
  });
});
