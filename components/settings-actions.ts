import type { PeriodChoice } from '../lib/settings/period-choice';
import type { MenuItem } from './PanelMenu';

/** What the panel asks of the settings: switch the period, open the options or team page. */
export interface SettingsActions {
  choosePeriod(period: PeriodChoice): void;
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
