/**
 * A row of a list grid or table: a lead opens over the Leads Inbox list (crm-pages.md), whose rows
 * (title, person, organization, value, lead created, next activity) stay beside the lead's panel.
 * Each row is another record; the feed is a list of entries, not a grid.
 */
export const LIST_ROW = '[role="row"], [role="gridcell"], [role="cell"], [role="columnheader"], tr';
