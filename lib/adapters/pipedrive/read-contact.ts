import type { NotRead } from '../../schema/read-result';
import type { ContactFields } from '../../schema/record';
import { textOf } from '../dom';
import type { PageClock } from '../types';
import { emailAddressesIn } from './email-addresses';
import { fieldDate, fieldText, labelledValue, withoutKindSuffix } from './fields';
import { pipedriveOwner } from './owner-shown';
import type { PageLanguage } from './page-locale';
import { personLinksIn } from './person-links';
import { timelineItems } from './read-timeline';
import { FIELDS } from './selectors';
import { firstOutsideTimeline } from './view';

/**
 * A person's (or lead's) fields from the sidebar: by field key, by label, then by link shape
 * (mailto:, tel:, /organization/) outside the feed. Missing ones are listed in notRead. A person with several
 * addresses ("… (Work) … (Home)") has the first as its email; `emails` are all of them, for
 * telling the person's mail from the company's; `persons` the names linked in its Person field.
 */
export function readContactFields(
  view: Element,
  name: string,
  clock: PageClock,
  language: PageLanguage,
  notRead: NotRead[],
): { record: ContactFields; emails: string[]; persons: string[] } {
  const { words } = language;
  const items = timelineItems(view, clock, language);
  const linkText = (selector: string) => textOf(firstOutsideTimeline(view, selector, items)) || undefined;
  const emailText = fieldText(view, FIELDS.email, words, items);
  const emails = emailAddressesIn(emailText ?? '');
  // An email field holds an address; text without one is not an email (a label matched elsewhere).
  const email = emails[0] ?? linkText('a[href^="mailto:"]');
  const phone = withoutKindSuffix(fieldText(view, FIELDS.phone, words, items), words) ?? linkText('a[href^="tel:"]');
  const company = fieldText(view, FIELDS.organization, words, items) ?? linkText('a[href*="/organization/"]');
  const owner = pipedriveOwner(fieldText(view, FIELDS.owner, words, items), words);
  const createdAt = fieldDate(view, FIELDS.personCreated, clock, language, 'createdAt', notRead);
  const found = { email, phone, company, owner, createdAt };
  for (const [field, value] of Object.entries(found)) {
    if (value === undefined && !notRead.some((n) => n.field === field))
      notRead.push({ field, reason: `no ${field} field found on the page` });
  }
  const record = {
    name,
    ...(email ? { email } : {}),
    ...(phone ? { phone } : {}),
    ...(company ? { company } : {}),
    ...(owner ? { owner } : {}),
    ...(createdAt ? { createdAt } : {}),
  };
  // A lead names its person in a "Person" field (a link to /person/{id}): the one who writes back.
  const personField = labelledValue(view, words.labels.persons, items);
  const persons = personField ? personLinksIn(personField, words).map((p) => p.name) : [];
  return { record, emails: emails.length > 0 ? emails : email ? [email] : [], persons };
}
