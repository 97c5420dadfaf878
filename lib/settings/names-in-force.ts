import { type Crm, crmSchema } from '../schema/activity';
import type { Settings } from '../schema/settings';
import { yourNameIn } from './your-name';

type Names = Settings['yourNames'];

/**
 * The names the user's touches are to carry in each CRM (applyYourNames), and the CRMs held. A
 * name that could not be read is no name cleared: its CRM is held, and its touches keep the name
 * they were last given (`applied`), also once a save has stored the blank that stood in for it,
 * until a name is typed for that CRM. `held` is the CRMs held before with those whose stored name
 * could not be read now.
 */
export function namesInForce(
  settings: Pick<Settings, 'yourNames'>,
  applied: Names,
  held: readonly Crm[],
): { names: Names; held: Crm[] } {
  const before = { yourNames: applied };
  const stillHeld = crmSchema.options.filter(
    (crm) => held.includes(crm) && yourNameIn(settings, crm) === undefined && yourNameIn(before, crm) !== undefined,
  );
  const names: Names = {};
  for (const crm of crmSchema.options) {
    const name = yourNameIn(stillHeld.includes(crm) ? before : settings, crm);
    if (name !== undefined) names[crm] = name;
  }
  return { names, held: stillHeld };
}
