import type { Activity } from '../schema/activity';

/** What a page row's page itself showed where a logged touch replaced it (see withUserFields). */
export type PageOwn = NonNullable<Activity['pageOwn']>;

/** A date-only page row's own date, as `pageOwn` keeps it. */
export function datedAsPage(timestamp: string, printedOn: string | undefined): PageOwn {
  return printedOn ? { timestamp, timePrecision: 'day', printedOn } : { timestamp, timePrecision: 'day' };
}
