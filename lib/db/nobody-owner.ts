import { namesNobody } from '../adapters/names-nobody';
import type { Crm } from '../schema/activity';

interface Owned {
  crm: Crm;
  owner?: string;
  ownerBySetting?: true;
}

/**
 * A stored row or record without an owner that names nobody ("No owner", "(No owner)", "--", a
 * Salesforce tool or system user: names-nobody.ts), which versions before the readers dropped
 * such names stored as a rep. A sighting naming no owner keeps the stored one, so without this the
 * placeholder would stay a rep of the team view for good; a placeholder in a sighting is no owner
 * either, so a stored rep's name stays.
 */
export function withoutNobodyOwner<T extends Owned | undefined>(stored: T): T {
  if (stored?.owner === undefined || !namesNobody(stored.owner, stored.crm)) return stored;
  const { owner: _owner, ownerBySetting: _bySetting, ...rest } = stored;
  return rest as T;
}
