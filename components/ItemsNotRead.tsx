import type { NotRead } from '../lib/schema/read-result';
import { itemLabel } from './not-read-label';
import { itemsNotRead } from './page-not-read';

interface ItemsNotReadProps {
  notRead: readonly NotRead[];
}

/**
 * Said beside the touch figures when some timeline items were read only in part (their type,
 * direction, outcome or date): an item whose type was not read may be a touch not counted, one
 * whose direction or date was not read may be counted where it does not belong. The folded list
 * at the panel's foot alone would leave the figures looking confident.
 */
export function ItemsNotRead({ notRead }: ItemsNotReadProps) {
  const items = itemsNotRead(notRead);
  if (items.length === 0) return null;
  const parts = items.map(itemLabel);
  const reasons = [...new Set(items.map((item) => item.reason))];
  return (
    <p class="tl-notice" role="note" data-notice="items-not-read">
      Some of this page's activities were not fully read ({parts.join(', ')}: {reasons.join('; ')}). The touch figures
      below stand on what was read and may miss or misplace these.
    </p>
  );
}
