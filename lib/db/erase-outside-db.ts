import { clearRestorePending } from '../backup/restore-pending';
import { forgetAccountMappings, forgetEveryMapping } from '../csv-import/forget-mappings';
import { forgetPruneMark } from '../settings/storage';
import type { EraseScope } from './erase-scopes';

/**
 * What an erase removes from `storage.local` besides the database rows (docs/your-data.md
 * "Erase"): an account's remembered CSV column mappings, activity and deal exports' (their column
 * names are the account's too), and on erasing everything every mapping and what described the erased cache:
 * the pruning mark (settings' `prunedBefore`, which would hold a restored backup's activities to
 * the old cutoff: lib/settings/kept-from.ts) and a restore left unfinished. The settings stay.
 */
export async function eraseOutsideDb(scope: EraseScope): Promise<void> {
  if (scope.kind === 'account') await forgetAccountMappings(scope.crm, scope.tenant);
  if (scope.kind !== 'all') return;
  await Promise.all([forgetEveryMapping(), forgetPruneMark(), clearRestorePending()]);
}
