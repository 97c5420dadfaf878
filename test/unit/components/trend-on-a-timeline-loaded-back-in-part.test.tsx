// @vitest-environment happy-dom
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, expect, it } from 'vitest';
import { TrendSection } from '../../../components/TrendSection';

afterEach(cleanup);

const weekly = ['2026-10-26', '2026-11-02', '2026-11-09', '2026-11-16'].map((weekStart) => ({
  weekStart,
  byChannel: { call: 0, email: 0, meeting: 0, social: 0, sms: 0 },
}));

it('the opened trend leaves out the weeks not loaded with no touch held, and says why', async () => {
  const { container } = render(
    <TrendSection
      weekly={weekly}
      loadTrendChart={() => Promise.reject(new Error('no chart chunk in this test'))}
      notRead={[{ field: 'activities', reason: 'Load more', part: 'older', olderThan: '2026-11-12T09:05:00.000Z' }]}
      timeZone="UTC"
    />,
  );
  fireEvent.click(container.querySelector('button') as HTMLElement);
  await waitFor(() => expect(container.querySelector('table')).not.toBeNull());
  expect(container.querySelectorAll('tbody tr')).toHaveLength(2);
  expect(container.textContent).toContain('are not shown: their touches were not read');
});
