import { type Activity, type Crm, crmSchema } from '../schema/activity';
import type { Settings } from '../schema/settings';
import { spacedAsPages } from './spaced-as-pages';

/** The user's name in a CRM as the settings give it, spaced as pages are read; undefined when left blank. */
export function yourNameIn(settings: Pick<Settings, 'yourNames'>, crm: Crm): string | undefined {
  const name = spacedAsPages(settings.yourNames[crm] ?? '');
  return name ? name : undefined;
}

/** The fields of an owner taken from the setting; none without a name. */
export function ownedBySetting(name: string | undefined): Pick<Activity, 'owner' | 'ownerBySetting'> {
  return name ? { owner: name, ownerBySetting: true } : {};
}

export interface YourNameChange {
  crm: Crm;
  /** The name before (undefined: none), which the user's touches carry until they are moved. */
  from: string | undefined;
  /** The name after (undefined: none). */
  to: string | undefined;
}

/** Per CRM, the user's name before and after a settings change, where it changed. */
export function yourNameChanges(
  previous: Pick<Settings, 'yourNames'>,
  next: Pick<Settings, 'yourNames'>,
): YourNameChange[] {
  return crmSchema.options
    .map((crm) => ({ crm, from: yourNameIn(previous, crm), to: yourNameIn(next, crm) }))
    .filter((change) => change.from !== change.to);
}
