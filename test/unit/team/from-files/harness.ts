import type { TouchlineDb } from '../../../../lib/db/schema';
import type { Settings } from '../../../../lib/schema/settings';
import { defaultSettings } from '../../../../lib/schema/settings';
import type { TeamFilters } from '../../../../lib/team/filters';
import { loadTeamView } from '../../../../lib/team/load-team-view';

export { importDeals } from '../../csv-import/deal-fixture';
export { CLOCK, dump, fixture, freshDb, importText } from '../../csv-import/import-fixture';

export const NOW = new Date('2026-11-20T15:00:00Z');
export function settingsFor(overrides: Partial<Settings> = {}): Settings {
  return { ...defaultSettings('Europe/Berlin'), ...overrides };
}
export function view(db: TouchlineDb, extra: Partial<TeamFilters> = {}, s: Partial<Settings> = {}) {
  return loadTeamView({
    db,
    filters: { period: '30d', motion: 'mid-market', ...extra },
    settings: settingsFor(s),
    now: NOW,
  });
}
