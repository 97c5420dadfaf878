import { describe, expect, it } from 'vitest';
import { date, entry, readPerson } from './person-page-with-focus-and-history';

/**
 * Pipedrive's History shows mail tracking events under the Email icon: "<who> opened your email
 * <thread link>" and its date. Who is the person's name as entered: "lena vogt" typed lowercase, a
 * Chinese contact "王伟". metrics.md counts sync events in no touch figure.
 *
 * Review s52 (regress52c, fixed): isMailTrackingEvent wanted who to read as a name with capitals,
 * which lowercase and Chinese names lack, so each open became an email touch the rep never sent
 * (a second touch for every open). Now who is a few words, none a first-person pronoun ("I
 * clicked a link in your proposal" stays her mail: wording.ts firstPerson).
 */
const opened = (who: string) =>
  entry(
    'Email',
    `<div>${who} opened your email <a href="/mail/thread/7001">Pilot pricing</a></div><div>${date('November 18, 2026 at 9:30 AM')}</div>`,
  );

describe('a mail tracking event by a contact whose name has no capitals', () => {
  it.each(['lena vogt', '王伟'])('"%s opened your email" is no email', (who) => {
    const r = readPerson(opened(who));
    if (r.status !== 'read') throw new Error(r.status);
    expect(r.activities.map((a) => a.type)).toEqual(['system']);
  });
});
