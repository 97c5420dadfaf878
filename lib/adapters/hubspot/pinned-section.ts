/** Pinned items sit above the feed in this section, each a second copy of an item (crm-evidence-2.md). */
export const PINNED_SECTION = '[data-test-id="pinned-activity-section"]';
