// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SettingsActions } from '../../../components/settings-actions';
import type { RecordView } from '../../../lib/schema/view-model';
import type { PeriodChoice } from '../../../lib/settings/period-choice';
import { renderPanel } from './render-panel';
import { jordanLee } from './view-fixtures';

afterEach(cleanup);

const switchShown = () => screen.getByRole('combobox', { name: /Period the touches/ }) as HTMLSelectElement;
const lastThirtyDays = (): RecordView => {
  const view = jordanLee();
  view.period = { ...view.period, choice: '30d', label: 'last 30 days' };
  return view;
};

/** A save answered when the test says: each choice's answer, in the order asked. */
function savesAnsweredLater() {
  const answers: ((why: string | null) => void)[] = [];
  const asked: PeriodChoice[] = [];
  const choosePeriod = vi.fn(
    (period: PeriodChoice) =>
      new Promise<string | null>((resolve) => {
        asked.push(period);
        answers.push(resolve);
      }),
  );
  const settings: SettingsActions = { choosePeriod, openOptions: vi.fn(), openTeam: vi.fn() };
  return { settings, asked, answer: (index: number, why: string | null) => answers[index]?.(why) };
}

/** ArrowDown on a focused, closed <select> in Chrome on Windows and Linux: the next option is chosen at once. */
function arrowDown(select: HTMLSelectElement) {
  fireEvent.keyDown(select, { key: 'ArrowDown' });
  select.selectedIndex = Math.min(select.selectedIndex + 1, select.options.length - 1);
  fireEvent.change(select);
}

const answered = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the period switch while a choice is being saved', () => {
  it('shows that choice, so a second ArrowDown asks for the period after it', () => {
    const saves = savesAnsweredLater();
    renderPanel({ status: 'ready', view: lastThirtyDays() }, { settings: saves.settings });

    arrowDown(switchShown());
    expect(switchShown().value).toBe('90d');
    arrowDown(switchShown());

    expect(saves.asked).toEqual(['90d', 'this-quarter']);
    expect(switchShown().value).toBe('this-quarter');
  });

  it('goes back to the period the numbers are for when the save is refused, and says why', async () => {
    const saves = savesAnsweredLater();
    renderPanel({ status: 'ready', view: lastThirtyDays() }, { settings: saves.settings });
    arrowDown(switchShown());

    saves.answer(0, 'Touchline could not save the period.');
    await answered();

    expect(switchShown().value).toBe('30d');
    expect(screen.getByRole('alert').textContent).toContain('Every number is still for last 30 days.');
  });

  it('keeps showing the latest choice when an earlier one’s save is answered first', async () => {
    const saves = savesAnsweredLater();
    renderPanel({ status: 'ready', view: lastThirtyDays() }, { settings: saves.settings });
    arrowDown(switchShown());
    arrowDown(switchShown());

    saves.answer(0, null);
    await answered();

    expect(switchShown().value).toBe('this-quarter');
  });
});
