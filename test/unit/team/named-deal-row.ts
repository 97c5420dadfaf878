import type { DealRow } from '../../../lib/team/deal-row';

/** A HubSpot deal row named `name`, with nothing known but what `change` gives: the sort tests' row. */
export const namedDealRow = (name: string, change: Partial<DealRow> = {}): DealRow => ({
  key: `hubspot:1:deal:${name}`,
  crm: 'hubspot',
  name,
  url: `https://app.hubspot.com/contacts/1/record/0-3/${name}`,
  daysInStage: null,
  typicalDays: null,
  warning: 'none',
  warningReason: '',
  daysSinceTouch: null,
  contactsWorked: 0,
  contactsOnDeal: 0,
  ...change,
});
