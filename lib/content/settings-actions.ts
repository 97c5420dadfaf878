import type { SettingsActions } from '../../components/settings-actions';
import { ask } from './messages';

/**
 * The panel's settings actions: the background saves the period (every tab's panel then follows
 * through the storage change) and opens extension pages, which a content script cannot.
 */
export const settingsActions: SettingsActions = {
  choosePeriod: (period) => void ask('choosePeriod', { period }),
  openOptions: () => void ask('openPage', { page: 'options' }),
  openTeam: () => void ask('openPage', { page: 'team' }),
};
