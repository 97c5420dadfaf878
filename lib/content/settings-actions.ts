import type { SettingsActions } from '../../components/settings-actions';
import { ask } from './messages';

/**
 * The panel's settings actions: the background saves the period (every tab's panel then follows
 * through the storage change; a save that failed is said on the switch) and opens extension
 * pages, which a content script cannot.
 */
export const settingsActions: SettingsActions = {
  choosePeriod: async (period) => {
    const answer = await ask('choosePeriod', { period });
    return answer.ok ? null : answer.error.message;
  },
  openOptions: () => void ask('openPage', { page: 'options' }),
  openTeam: () => void ask('openPage', { page: 'team' }),
};
