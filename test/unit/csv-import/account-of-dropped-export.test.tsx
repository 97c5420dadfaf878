// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CsvImport } from '../../../components/team/import/CsvImport';
import type { TouchlineDb } from '../../../lib/db/schema';
import type { Crm } from '../../../lib/schema/activity';
import type { Contact } from '../../../lib/schema/record';
import { fixture, freshDb } from './import-fixture';
import { chooseFile, importReport, SLOW } from './import-form';

afterEach(cleanup);
beforeEach(() => fakeBrowser.reset());

const PRODUCTION = 'acme.lightning.force.com';
const SANDBOX = 'acme--uat.sandbox.lightning.force.com';

function contact(crm: Crm, tenant: string, id: string, email?: string): Contact {
  return {
    key: `${crm}:${tenant}:contact:${id}`,
    crm,
    tenant,
    kind: 'contact',
    recordId: id,
    name: 'Jordan Lee',
    ...(email ? { email } : {}),
    lastReadAt: '2026-11-19T10:00:00.000Z',
  };
}

/** The form, once it has read the accounts the cache knows (`crm`'s, `count` of them), back on HubSpot. */
async function formKnowing(db: TouchlineDb, crm: Crm, count: number): Promise<void> {
  render(<CsvImport openDb={() => Promise.resolve(db)} now={() => new Date('2026-11-20T15:00:00Z')} />);
  const crmSelect = screen.getByRole('combobox', { name: 'CRM' });
  fireEvent.change(crmSelect, { target: { value: crm } });
  await waitFor(() => expect(document.querySelectorAll('datalist option')).toHaveLength(count), SLOW);
  fireEvent.change(crmSelect, { target: { value: 'hubspot' } });
}

/** Gives an import that starts by itself every chance to (it takes well under a second here), and lets it end. */
async function noImportStarted(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 2000));
  await waitFor(() => expect(document.querySelector('[data-action="cancel-import"]')).toBeNull(), SLOW);
}

const accountField = () => screen.getByRole('combobox', { name: 'Account' }) as HTMLInputElement;
const crmField = () => screen.getByRole('combobox', { name: 'CRM' }) as HTMLSelectElement;

/**
 * decisions.md: "The import asks which CRM and which account the file comes from (the tenant of
 * every key)." A dropped file of another CRM switches the form to it; the account it would be
 * imported into was not on the form when the file was dropped, so nothing is written until the
 * manager has seen it: with several accounts known (a production org and its sandbox, which sorts
 * first) none is picked for them, with one it is filled in to be checked.
 */
describe('a dropped export of a CRM with several known accounts', () => {
  it('is not imported into one of them until the manager picks it, then goes into the one picked', async () => {
    const db = await freshDb();
    await db.put('contacts', contact('salesforce', PRODUCTION, '0035g00000AbCdEAAV'));
    await db.put('contacts', contact('salesforce', SANDBOX, '0035g00000ZzZzZAAA'));
    await formKnowing(db, 'salesforce', 2);

    chooseFile('tasks.csv', fixture('salesforce-tasks-en.csv'));
    await screen.findByRole('table', { name: 'First rows as they will be read' }, SLOW);
    await screen.findByText(
      'A Salesforce export: choose which of the 2 Salesforce accounts it comes from (or type another), then import.',
    );
    await noImportStarted();

    expect(crmField().value).toBe('salesforce');
    expect(accountField().value).toBe('');
    expect(await db.count('activities')).toBe(0);
    expect(importReport()).toBeNull();

    fireEvent.input(accountField(), { target: { value: PRODUCTION } });
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(Number(importReport()?.dataset.added)).toBeGreaterThan(0), SLOW);
    expect(new Set((await db.getAll('activities')).map((a) => a.tenant))).toEqual(new Set([PRODUCTION]));
  });

  it('leaves the account to pick when the manager chooses that CRM on the form', async () => {
    const db = await freshDb();
    await db.put('contacts', contact('salesforce', PRODUCTION, '0035g00000AbCdEAAV'));
    await db.put('contacts', contact('salesforce', SANDBOX, '0035g00000ZzZzZAAA'));
    await formKnowing(db, 'salesforce', 2);

    fireEvent.change(crmField(), { target: { value: 'salesforce' } });

    expect(accountField().value).toBe('');
  });
});

describe('a dropped export of a CRM with one known account', () => {
  it('fills that account in and imports into it once the manager, having seen it, presses Import', async () => {
    const db = await freshDb();
    await db.put('contacts', contact('pipedrive', 'acme', '11', 'jordan@example.com'));
    await formKnowing(db, 'pipedrive', 1);

    chooseFile('activities.csv', fixture('pipedrive-activities-en.csv'));
    await screen.findByText('A Pipedrive export: check that it comes from acme, then import.', {}, SLOW);

    const start = await screen.findByRole('button', { name: 'Import' }, SLOW);
    await noImportStarted();

    expect(crmField().value).toBe('pipedrive');
    expect(accountField().value).toBe('acme');
    expect(await db.count('activities')).toBe(0);
    expect(importReport()).toBeNull();

    fireEvent.click(start);
    // Linked: two rows by Jordan's email, one by its deal id; Riley and Pat are not in the cache.
    await waitFor(() => expect(importReport()?.dataset.added).toBe('3'), SLOW);
    expect(importReport()?.dataset.unlinked).toBe('2');
  });
});

describe('a dropped export with no account on the form', () => {
  it('asks for the account instead of showing nothing', async () => {
    const db = await freshDb();
    render(<CsvImport openDb={() => Promise.resolve(db)} now={() => new Date('2026-11-20T15:00:00Z')} />);

    chooseFile('calls.csv', fixture('hubspot-calls-en.csv'));

    await screen.findByText('Type the account the file comes from (see the hint under it).', {}, SLOW);
    expect(await db.count('activities')).toBe(0);
  });
});
