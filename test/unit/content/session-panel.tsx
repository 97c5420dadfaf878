import { render } from '@testing-library/preact';
import { vi } from 'vitest';
import type { TrendChartModule } from '../../../components/trend-chart-api';
import { pageReaderOf } from '../../../lib/adapters/page-reader';
import { PanelRoot } from '../../../lib/content/PanelRoot';
import { createPanelStore } from '../../../lib/content/panel-store';
import { createRecordSession } from '../../../lib/content/record-session';
import { JORDAN_REF, JORDAN_URL, jordanReading, setUrl } from './jordan-page';
import { stubAdapter } from './stub-adapter';

/**
 * The whole panel on Jordan Lee's page, driven by a real record session with its actions handed
 * over as lib/content/start-touchline.tsx hands them, and messages answered by `answer` (the
 * background). Mock lib/messaging/content-messenger's `sendToBackground` with it in the test file.
 */
export function mountSessionPanel(lifetime: AbortSignal, answerWithinMs?: number) {
  setUrl(JORDAN_URL);
  const store = createPanelStore({ state: { status: 'not-record' }, collapsed: false, undo: null, notice: null });
  const session = createRecordSession(
    pageReaderOf(stubAdapter(JORDAN_REF, () => jordanReading())),
    store,
    lifetime,
    answerWithinMs === undefined ? {} : { answerWithinMs },
  );
  render(
    <div>
      <button type="button">CRM page control</button>
      <PanelRoot
        store={store}
        actions={{
          toggleCollapsed: vi.fn(),
          log: session.log,
          undo: () => void session.undo(),
          editLogged: session.editLogged,
          holdUndo: session.holdUndo,
          removeLogged: session.removeLogged,
          loadTrendChart: () => new Promise<TrendChartModule>(() => {}),
          saveTestPage: vi.fn(),
          readAgain: session.readAgain,
        }}
      />
    </div>,
  );
  session.onRoute(new URL(JORDAN_URL), false);
  return { store, session };
}
