/** Shared page edits for the Pipedrive deal review (hand-made variations of the saved deal page). */
import { edited, fixturePage } from '../page-variation';

export const deal = fixturePage('pipedrive', 'deal-hashed');

/** Older stage bars show no day counts: the changelog and the creation date are the only dated sources. */
export function withoutDayCounts(html: string): string {
  return edited(
    html,
    ['>12 d · Qualified<', '>Qualified<'],
    ['>6 d · Contact Made<', '>Contact Made<'],
    ['>3 d · Demo Scheduled<', '>Demo Scheduled<'],
  );
}

const ITEM_OPEN = '<div class="FlowItem_item__t7Kq2">';
const ITEM_CLOSE = '</div>\n              </div>\n';

/** The page without the feed item holding `text` (its whole `FlowItem_item` block). */
export function withoutItem(html: string, text: string): string {
  const at = html.indexOf(text);
  const start = html.lastIndexOf(ITEM_OPEN, at);
  const end = html.indexOf(ITEM_CLOSE, at);
  if (at < 0 || start < 0 || end < 0) throw new Error(`no feed item holds ${text}`);
  return html.slice(0, start) + html.slice(end + ITEM_CLOSE.length);
}

/** A "Show more" control below the History list, as Pipedrive shows when older entries are not loaded. */
export function withShowMore(html: string): string {
  return edited(html, [
    '</section>\n        </div>\n      </div>',
    '<button type="button" class="cui5-button">Show more</button></section>\n        </div>\n      </div>',
  ]);
}

/** The History filter set to "Activities" (aria-pressed chips, crm-evidence-2.md): changelog entries are not listed. */
export function filteredToActivities(html: string): string {
  const pressed = edited(
    html,
    ['data-testid="filter-button-all" aria-pressed="true"', 'data-testid="filter-button-all" aria-pressed="false"'],
    [
      'data-testid="filter-button-activities" aria-pressed="false"',
      'data-testid="filter-button-activities" aria-pressed="true"',
    ],
  );
  return withoutItem(withoutItem(pressed, 'Stage: Contact Made → Demo Scheduled'), 'Stage: Qualified → Contact Made');
}
