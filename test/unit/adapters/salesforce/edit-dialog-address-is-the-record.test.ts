import { describe, expect, it } from 'vitest';
import { salesforce } from '../../../../lib/adapters/salesforce/index';

/**
 * Lightning's Edit button opens the edit dialog over the record page and moves the address to
 * `/lightning/r/{Object}/{id}/edit?navigationLocation=DETAIL&backgroundContext=…%2Fview` (the
 * record view stays behind the dialog; public test scripts open the edit screen by that URL).
 *
 * Oracle, by hand: the edit address names the same record as its view, so it is that record's
 * page with the same key (before: not a record page, and the panel said so over the record). An
 * object Touchline does not read stays refused when edited too.
 */
const ORG = 'https://acme.lightning.force.com';
const back = (object: string, id: string) =>
  `navigationLocation=DETAIL&backgroundContext=%2Flightning%2Fr%2F${object}%2F${id}%2Fview&count=1`;

describe("a record's edit dialog address", () => {
  it.each([
    ['Contact', '0035g00000000EYAAY'],
    ['Lead', '00Q5g000001AbCdEAK'],
    ['Opportunity', '0065g00000001IfAAI'],
  ])('names the same %s record as its view', (object, id) => {
    const view = salesforce.detect(new URL(`${ORG}/lightning/r/${object}/${id}/view`));
    const edit = salesforce.detect(new URL(`${ORG}/lightning/r/${object}/${id}/edit?${back(object, id)}`));
    expect(view).not.toBeNull();
    expect(edit).toEqual(view);
  });

  it('of an account is still no page Touchline reads', () => {
    expect(salesforce.detect(new URL(`${ORG}/lightning/r/Account/0015g00000AbCdEAAV/edit`))).toBeNull();
  });
});
