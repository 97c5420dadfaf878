// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { renderPanel } from './render-panel';
import { jordanLee } from './view-fixtures';

afterEach(cleanup);

/** A log whose answer the test gives when it wants: the background is busy meanwhile. */
function slowBackground() {
  const answers: Array<() => void> = [];
  const onLog = () =>
    new Promise<void>((resolve) => {
      answers.push(resolve);
    });
  return { onLog, answer: async (at: number) => act(async () => answers[at]?.()) };
}

/** The log section's heading line, which says when a log is under way. */
const underWay = () => screen.getByRole('region', { name: 'Log a missed touch' }).querySelector('p')?.textContent;

describe('A log the background has not answered yet', () => {
  it('says the log is under way until its answer comes, then says nothing more', async () => {
    const background = slowBackground();
    renderPanel({ status: 'ready', view: jordanLee() }, { onLog: background.onLog });
    expect(underWay()).toBe('Log a missed touch');

    fireEvent.click(screen.getByRole('button', { name: 'Log a call' }));
    expect(underWay()).toBe('Log a missed touch · logging a call…');
    expect(screen.getByRole('region', { name: 'Log a missed touch' }).getAttribute('aria-busy')).toBe('true');

    await background.answer(0);
    expect(underWay()).toBe('Log a missed touch');
    expect(screen.getByRole('region', { name: 'Log a missed touch' }).hasAttribute('aria-busy')).toBe(false);
  });

  it('keeps the buttons usable and stays under way while any log is unanswered', async () => {
    const background = slowBackground();
    renderPanel({ status: 'ready', view: jordanLee() }, { onLog: background.onLog });
    fireEvent.click(screen.getByRole('button', { name: 'Log a call' }));
    fireEvent.click(screen.getByRole('button', { name: 'Log an email' }));
    expect(underWay()).toBe('Log a missed touch · logging an email…');

    await background.answer(1);
    expect(underWay()).toBe('Log a missed touch · logging a call…');
    await background.answer(0);
    expect(underWay()).toBe('Log a missed touch');
  });
});
