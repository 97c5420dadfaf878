// @vitest-environment happy-dom
import { cleanup } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { RecordView } from '../../../lib/schema/view-model';
import { renderPanel } from './render-panel';
import { jordanLee } from './view-fixtures';

afterEach(cleanup);

const NO_TOUCHES = {
  total: 0,
  byChannel: { call: 0, email: 0, meeting: 0, social: 0, sms: 0 },
  automated: 0,
  manual: 0,
  inbound: 0,
  automatedCounted: true,
};

/** Jordan Lee (14 activities read) with no touch counted in `period`. */
function noTouchesIn(period: RecordView['period']) {
  const view = jordanLee();
  view.period = period;
  view.touches = NO_TOUCHES;
  const { container } = renderPanel({ status: 'ready', view });
  return container;
}

/**
 * Retention below the period's reach (the options page allows 30 days): Touchline no longer keeps
 * what pages showed before `keptFrom`, and the CRM may show touches there. The notice under the
 * touch summary must not say flatly that there were none.
 */
describe('the notice of no touches in the period, with retention shorter than the period', () => {
  it('does not say "No touches in" a period none of which is kept (last quarter, retention 30 days)', () => {
    const container = noTouchesIn({
      label: 'last quarter (Q3 2026)',
      start: '2026-07-01T00:00:00.000Z',
      end: '2026-09-30T23:59:59.999Z',
      choice: 'last-quarter',
      keptFrom: '2026-10-21T15:00:00.000Z',
      timeZone: 'UTC',
    });

    const summary = container.querySelector('[data-notice="beyond-retention"]')?.textContent ?? '';
    expect(summary).toMatch(/^None of last quarter \(Q3 2026\) is kept/);
    expect(container.textContent).not.toContain('No touches in last quarter (Q3 2026)');
    expect(container.textContent).toContain(
      'Touchline keeps nothing read from pages in last quarter (Q3 2026), and no touch was logged in Touchline in it.',
    );
  });

  it('says "No touches" only from where a period kept in part is kept (last 90 days, retention 30 days)', () => {
    const container = noTouchesIn({
      label: 'last 90 days',
      start: '2026-08-23T00:00:00.000Z',
      end: '2026-11-20T23:59:59.999Z',
      choice: '90d',
      keptFrom: '2026-10-21T15:00:00.000Z',
      timeZone: 'UTC',
    });

    expect(container.textContent).not.toContain('No touches in last 90 days.');
    expect(container.textContent).toContain(
      'No touches in last 90 days from 21 Oct 2026, 15:00 on: before that, activities read from pages are no longer kept.',
    );
  });

  it('still says "No touches in" a period kept whole', () => {
    const container = noTouchesIn({ ...jordanLee().period });

    expect(container.textContent).toContain(`No touches in ${jordanLee().period.label}. Log a missed touch below`);
  });
});
