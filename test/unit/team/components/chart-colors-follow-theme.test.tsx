// @vitest-environment happy-dom
import { cleanup, render, waitFor } from '@testing-library/preact';
import type { ChartConfiguration } from 'chart.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ChartClass } from '../../../../components/team/charts/load-chart';
import { TeamChart } from '../../../../components/team/charts/TeamChart';

const themeSheet = document.createElement('style');

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  themeSheet.remove();
});

/** A system theme that can be switched: matchMedia's dark query, with its change event. */
function switchableTheme() {
  const listeners = new Set<() => void>();
  const theme = { dark: false };
  vi.stubGlobal('matchMedia', (query: string) => ({
    get matches() {
      return query === '(prefers-color-scheme: dark)' && theme.dark;
    },
    addEventListener: (_: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
  }));
  return (dark: boolean) => {
    theme.dark = dark;
    for (const listener of listeners) listener();
  };
}

/*
 * The charts take their colours from the page's custom properties (team.css sets them per system theme) when
 * drawn. Read once, a switch to the dark theme left the axis text in the light theme's grey (2.98:1 on the dark
 * background) until the page was reloaded: the chart is drawn again with the colours the page has after the switch.
 */
describe('a team chart when the system theme switches', () => {
  it('is drawn again with the colours of the new theme', async () => {
    const switchTo = switchableTheme();
    const drawn: { text: string; destroyed: boolean }[] = [];
    class FakeChart {
      private readonly entry: { text: string; destroyed: boolean };
      constructor(_canvas: unknown, config: ChartConfiguration) {
        this.entry = { text: String(config.options?.color), destroyed: false };
        drawn.push(this.entry);
      }
      destroy() {
        this.entry.destroyed = true;
      }
    }
    // As team.css does per theme (happy-dom applies custom properties from a sheet, not inherited inline ones).
    themeSheet.textContent = 'canvas { --tl-muted: #4b5563; }';
    document.head.append(themeSheet);
    render(
      <TeamChart
        title="t"
        label="l"
        config={(colors) => ({ type: 'line', data: { datasets: [] }, options: { color: colors.text } })}
        loadChart={() => Promise.resolve(FakeChart as unknown as ChartClass)}
        table={null}
      />,
    );
    await waitFor(() => expect(drawn).toEqual([{ text: '#4b5563', destroyed: false }]));

    themeSheet.textContent = 'canvas { --tl-muted: #a9b4c2; }';
    switchTo(true);
    await waitFor(() =>
      expect(drawn).toEqual([
        { text: '#4b5563', destroyed: true },
        { text: '#a9b4c2', destroyed: false },
      ]),
    );
  });
});
