// @vitest-environment happy-dom
// Review e2e53. Lars Holm's Pipedrive person page (Focus + History) shows 6 activities: an overdue
// call and today's demo in Focus, his reply, the pricing call, the pricing email and the intro
// meeting in History. The deal page "Brightline — Fleet app" shows the same six naming him (its
// emails by the same mail thread, no activity id), plus Ines's call and a stage change. Opening his
// page again, the panel's coverage ("activities-read": activities Touchline has for this record,
// contracts.md) must still say 6: the deal showed no activity of his that his page did not —
// his touches count once (metrics.md Duplicate, rule 3) and so must his activities.
import { cleanup } from '@testing-library/preact';
import { afterEach, expect, it } from 'vitest';
import { metric, renderPanel } from '../components/render-panel';
import { asContact, extension } from './chain';
import { openPage } from './open-hand-written-page';
import { DEAL_URL, dealPage, items as i, LARS_URL, personPage } from './pipedrive-brightline-day';

afterEach(cleanup);

it("the deal's copies of a person's emails do not raise the person's activities read", async () => {
  const ext = extension();
  const person = () => personPage(i.overdueCall + i.demoToday, i.reply + i.call + i.email + i.meeting);
  const alone = asContact((await openPage(ext, person(), LARS_URL)).view);
  expect(alone.activitiesRead).toBe(6);
  await openPage(
    ext,
    dealPage('4 d', i.overdueCall + i.demoToday, i.reply + i.inesCall + i.call + i.email + i.stage + i.meeting),
    DEAL_URL,
  );
  const again = asContact((await openPage(ext, person(), LARS_URL)).view);
  const { container } = renderPanel({ status: 'ready', view: again });
  // The touches hold: email 2 (pricing, reply), call 1, meeting 1.
  expect(metric(container, 'touches-total').dataset.value).toBe('4');
  expect(metric(container, 'activities-read').dataset.value).toBe('6');
});
