import type { PeriodChoice } from '../lib/settings/period-choice';
import type { MenuItem } from './PanelMenu';

/** What the panel asks of the settings: switch the period, open the options or team page. */
export interface SettingsActions {
  /**
   * Saves the period; the numbers follow through the storage change. Where the answer is known, it
   * resolves to why the period was not saved, or to null once it was.
   */
  // biome-ignore lint/suspicious/noConfusingVoidType: an action that answers nothing leaves the switch to follow the numbers
  choosePeriod(period: PeriodChoice): void | Promise<string | null>;
  openOptions(): void;
  openTeam(): void;
}

/** The header menu's items for them (contracts.md: `open-options`, `open-team`). */
export function settingsMenuItems(actions: SettingsActions): MenuItem[] {
  return [
    { action: 'open-options', label: 'Settings and your data', onSelect: actions.openOptions },
    { action: 'open-team', label: 'Team view', onSelect: actions.openTeam },
  ];
}
