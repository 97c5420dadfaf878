// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TeamPage } from '../../../components/team/TeamPage';
import { deal, email, history, NOW, settings } from '../metrics/builders';
import { cacheWith } from './team-cache';

vi.mock('../../../components/team/import/CsvImport', () => ({ CsvImport: () => null }));
vi.mock('../../../components/team/charts/load-chart', () => ({
  loadChart: () => Promise.reject(new Error('no canvas here')),
}));

afterEach(cleanup);

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString();

/**
 * docs/team-view.md: filters are CRM account, pipeline, owner, period and motion; "The pipeline
 * filter narrows the deals and the funnel only". The pipeline list holds the chosen account's
 * pipelines (view.choices.pipelines), but the chosen pipeline is kept when the account changes.
 *
 * By hand: a HubSpot deal in "Sales pipeline" and a Pipedrive deal in "Default", both open. The
 * manager picks pipeline "Sales pipeline", then account Pipedrive. The pipeline select can no
 * longer show "Sales pipeline" (not among Pipedrive's pipelines) and falls back to "All pipelines",
 * while the deals are still filtered by "Sales pipeline": the Pipedrive deal is not listed and the
 * section says "No open deal with these filters". What the select shows and what is applied must
 * agree: a pipeline belongs to its account, so choosing an account clears it and the Pipedrive
 * deal is listed under "All pipelines".
 */
describe('the pipeline filter after the account changes (team-view.md: filters)', () => {
  it('clears the pipeline filter, so the chosen account’s open deal is listed under All pipelines', async () => {
    const hubspotDeal = deal({ name: 'HubSpot pilot', stage: 'Demo', stageHistory: history(['Demo', daysAgo(3)]) });
    const pipedriveDeal = deal({
      crm: 'pipedrive',
      tenant: 'acme',
      key: 'pipedrive:acme:deal:77',
      recordId: '77',
      name: 'Pipedrive pilot',
      pipeline: 'Default',
      stage: 'Demo',
      stageHistory: history(['Demo', daysAgo(3)]),
    });
    const db = cacheWith({
      activities: [email(daysAgo(2), 'Intro', { owner: 'Alex Morgan' })],
      deals: [hubspotDeal, pipedriveDeal],
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
    const ready = () =>
      waitFor(() => expect(document.querySelector('[data-state]')?.getAttribute('data-state')).toBe('ready'), {
        timeout: 10_000,
      });
    const pipeline = () => document.querySelector('select[name="pipeline"]') as HTMLSelectElement;
    const account = () => document.querySelector('select[name="account"]') as HTMLSelectElement;

    fireEvent.change(pipeline(), { target: { value: 'Sales pipeline' } });
    await ready();
    await waitFor(() => expect(document.querySelector('[data-deal="pipedrive:acme:deal:77"]')).toBeNull());

    fireEvent.change(account(), { target: { value: 'pipedrive:acme' } });
    await ready();
    await waitFor(() => expect(account().value).toBe('pipedrive:acme'));
    await waitFor(() => expect(document.querySelector(`[data-deal="${hubspotDeal.key}"]`)).toBeNull());

    await waitFor(() => expect(document.querySelector('[data-deal="pipedrive:acme:deal:77"]')).not.toBeNull());
    expect(pipeline().options[pipeline().selectedIndex]?.textContent).toBe('All pipelines');
  });
});
