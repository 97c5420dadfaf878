import { describe, expect, it } from 'vitest';
import { toSavedDeal } from '../../../lib/csv-import/deals/mapping';
import { prepareDealMapping } from '../../../lib/csv-import/deals/prepare';
import { retarget, toSaved } from '../../../lib/csv-import/mapping';
import { prepareMapping } from '../../../lib/csv-import/prepare-mapping';

/**
 * A report with two columns of one label (a Salesforce report with the contact's and the lead's
 * "Email", an export with a column added twice): the mapping is remembered by header name, and
 * the second column must not overwrite what the first was read as. Subject, Date, Email, Assigned,
 * Opportunity ID/Name, Stage, Amount are documented Salesforce labels; a label printed twice is
 * assumed (no export showing one was found).
 */
describe('a header row naming two columns alike', () => {
  const header = ['Subject', 'Date', 'Email', 'Assigned', 'Email', 'Contact ID'];

  it('maps them the same way on the next import of the account', () => {
    const first = prepareMapping('salesforce', [header]);
    expect(first.mapping.targets).toEqual(['subject', 'date', 'contactEmail', 'owner', 'ignore', 'contactId']);

    const next = prepareMapping('salesforce', [header], toSaved(first.foldedHeaders, first.mapping));

    expect(next.mapping.targets).toEqual(first.mapping.targets);
  });

  it('remembers the user’s choice of the second one', () => {
    const first = prepareMapping('salesforce', [header]);
    const chosen = { ...first.mapping, targets: retarget(first.mapping.targets, 4, 'contactEmail') };

    const next = prepareMapping('salesforce', [header], toSaved(first.foldedHeaders, chosen));

    expect(next.mapping.targets).toEqual(['subject', 'date', 'ignore', 'owner', 'contactEmail', 'contactId']);
  });

  it('keeps a deal export’s first of two like-named columns on the next import', () => {
    const deals = ['Opportunity ID', 'Opportunity Name', 'Stage', 'Amount', 'Amount'];
    const first = prepareDealMapping('salesforce', [deals]);
    expect(first.mapping.targets.slice(0, 4)).toEqual(['dealId', 'name', 'stage', 'amount']);

    const next = prepareDealMapping('salesforce', [deals], toSavedDeal(first.foldedHeaders, first.mapping));

    expect(next.mapping.targets).toEqual(first.mapping.targets);
  });
});
