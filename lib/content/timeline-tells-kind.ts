import type { Crm } from '../schema/activity';
import type { RecordKind } from '../schema/record';

/**
 * CRMs where a record's timeline, as read, is as good as never exactly one a record of another kind
 * shows. Pipedrive: a person's History lists everything done with him across all his deals, a deal's
 * only what is linked to that deal, with its own changelog ("Deal created", stage moves: the feed's
 * `dealChange` kind, crm-evidence-2.md), read as system items; the two are the same only for a deal
 * holding all of its person's items and nothing else shown. Not HubSpot: a deal's timeline shows its
 * contacts' calls and mails, and may be just those (the brief's case, deal-sharing-contact-items.test.ts);
 * nor Salesforce, whose opportunity timeline lists the tasks and events about it, a contact's too,
 * its stage history being a related list, not a timeline item.
 */
const OWN_TIMELINE_PER_KIND: ReadonlySet<Crm> = new Set(['pipedrive']);

/**
 * Whether, in this CRM, a timeline exactly the page left's (a record of kind `left`) under a header
 * of another kind is still the page left's. In every CRM, a contact's header over the timeline of
 * the deal left is: a deal's timeline lists the items of all its contacts (Ben's call on the deal he
 * shares with Ana), so taken for her own, other people's items would count as her touches for good
 * (metrics.md: on a contact's page the number is that contact's touches), while a contact whose
 * timeline really is the deal's is only read later, once the loading time is over. The other way
 * round the doubt is the brief's: a deal listing just its contact's items is shown once the settle
 * time is over (deal-sharing-contact-items.test.ts).
 */
export function timelineTellsKind(crm: Crm, left: string, shown: RecordKind): boolean {
  return OWN_TIMELINE_PER_KIND.has(crm) || (left === 'deal' && shown === 'contact');
}
