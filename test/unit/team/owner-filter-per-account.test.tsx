// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TeamPage } from '../../../components/team/TeamPage';
import { email, NOW, settings, TENANT } from '../metrics/builders';
import { cacheWith } from './team-cache';

vi.mock('../../../components/team/import/CsvImport', () => ({ CsvImport: () => null }));
vi.mock('../../../components/team/charts/load-chart', () => ({
  loadChart: () => Promise.reject(new Error('no canvas here')),
}));

afterEach(cleanup);

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString();
const HUBSPOT = `hubspot:${TENANT}`;
const PIPEDRIVE = 'pipedrive:acme';

const inPipedrive = (n: number, owner: string) =>
  email(daysAgo(2), `Pipedrive mail ${n}`, {
    owner,
    crm: 'pipedrive',
    tenant: 'acme',
    key: `pipedrive:acme:activity:${n}`,
    contactKeys: ['pipedrive:acme:person:7'],
  });

/**
 * docs/team-view.md: filters are CRM account, pipeline, owner. By hand: Alex works HubSpot and
 * Pipedrive, Casey only Pipedrive. With the HubSpot account chosen, the owner list still offered
 * Casey; choosing Casey showed "No rep", no deal, nothing, without a word why. Likewise Casey
 * chosen first and then the HubSpot account: the select fell back to showing "Every rep" while
 * Casey still filtered every row out.
 */
describe('the owner filter and the chosen account', () => {
  async function page() {
    const db = cacheWith({
      activities: [
        email(daysAgo(3), 'HubSpot mail', { owner: 'Alex Morgan' }),
        inPipedrive(1, 'Alex Morgan'),
        inPipedrive(2, 'Casey Nguyen'),
      ],
    });
    render(
      <TeamPage
        openDb={() => db}
        loadSettings={async () => settings()}
        watchSettings={() => () => undefined}
        now={() => NOW}
      />,
    );
    await screen.findByText('Reps', { selector: 'h2' }, { timeout: 10_000 });
  }
  const ready = () =>
    waitFor(() => expect(document.querySelector('[data-state]')?.getAttribute('data-state')).toBe('ready'), {
      timeout: 10_000,
    });
  const select = (name: string) => document.querySelector(`select[name="${name}"]`) as HTMLSelectElement;
  const options = (name: string) => [...select(name).options].map((o) => o.textContent);
  const shownOwner = () => select('owner').options[select('owner').selectedIndex]?.textContent;
  const repRows = () => [...document.querySelectorAll('[data-rep]')].map((r) => r.getAttribute('data-rep'));

  it("offers only the chosen account's owners", async () => {
    await page();
    expect(options('owner')).toEqual(['Every rep', 'Alex Morgan', 'Casey Nguyen']);
    fireEvent.change(select('account'), { target: { value: HUBSPOT } });
    await ready();
    await waitFor(() => expect(options('owner')).toEqual(['Every rep', 'Alex Morgan']));
    fireEvent.change(select('account'), { target: { value: PIPEDRIVE } });
    await ready();
    await waitFor(() => expect(options('owner')).toEqual(['Every rep', 'Alex Morgan', 'Casey Nguyen']));
  });

  it('drops an owner the new account does not name, so its reps are shown under Every rep', async () => {
    await page();
    fireEvent.change(select('owner'), { target: { value: 'Casey Nguyen' } });
    await ready();
    await waitFor(() => expect(repRows()).toEqual(['Casey Nguyen']));

    fireEvent.change(select('account'), { target: { value: HUBSPOT } });
    await ready();
    await waitFor(() => expect(repRows()).toEqual(['Alex Morgan']));
    expect(shownOwner()).toBe('Every rep');
    expect(select('owner').value).toBe('');
  });

  it('keeps an owner the new account names', async () => {
    await page();
    fireEvent.change(select('owner'), { target: { value: 'Alex Morgan' } });
    await ready();
    fireEvent.change(select('account'), { target: { value: HUBSPOT } });
    await ready();
    await waitFor(() => expect(options('owner')).toEqual(['Every rep', 'Alex Morgan']));
    expect(shownOwner()).toBe('Alex Morgan');
    expect(repRows()).toEqual(['Alex Morgan']);
  });
});
