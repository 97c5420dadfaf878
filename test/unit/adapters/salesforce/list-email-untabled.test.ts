import { describe, expect, it } from 'vitest';
import { contactPage, item, read, type Transform, timeline } from './contact-page';

/**
 * A List Email (crm-evidence-2.md: "Activity kinds Lightning distinguishes: Emails, Events, List
 * Emails, Logged Calls, Tasks"; the SLDS blueprint marks an item's type on its icon: here SLDS's
 * `standard:list_email`, rendered with the class `slds-icon-standard-list-email`, as the reader
 * already reads `standard:log_a_call` from `slds-icon-standard-log-a-call`) on the contact page of a
 * Japanese org. Touchline has no Japanese word table, so the icon's words (リストメール) are unread.
 *
 * Oracle (metrics.md, "Automated: a touch sent by a sequence/cadence tool … counted separately";
 * README: on a page in a language without a table "what only wording tells … is reported as not
 * read rather than guessed"): the email is automated, or the reading says it could not tell.
 * Read as a manual email with nothing reported, it counts as the rep's own touch.
 */
const listEmail = (iconTitle: string) =>
  item({
    token: 'EmailMessage',
    icon: 'list-email' as 'email',
    iconTitle,
    subject: 'Q4 product update',
    id: '02s5g00000DpQF3EAN',
    date: '2026/11/18 09:12',
  });
const reading = (
  lang: string,
  iconTitle: string,
  heading: string,
  items = listEmail(iconTitle),
  t: Transform = 'none',
) => read(contactPage(timeline('', [{ heading, items }]), { lang }), t);
/** The icon as `lightning-icon` draws it: an SVG `<use>` pointing at the SLDS standard sprite (SLDS icon blueprint). */
const withSprite = (html: string, icon: string) =>
  html.replace(
    /(<lightning-icon[^>]*>)/,
    `$1<svg aria-hidden="true"><use xlink:href="/_slds/icons/standard-sprite/svg/symbols.svg?cache=9.4#${icon}"></use></svg>`,
  );
const plainEmail = item({
  token: 'EmailMessage',
  icon: 'email',
  iconTitle: 'メール',
  subject: 'Q4 product update',
  id: '02s5g00000DpQF3EAN',
  date: '2026/11/18 09:12',
});
const automatedNotRead = (r: ReturnType<typeof read>) =>
  r.notRead.filter((n) => n.field === 'automated of "Q4 product update"');

describe('a List Email on a page in a language without a word table (Japanese)', () => {
  it('guard: on an English page the same item is automated', () => {
    const r = reading('en-US', 'List Email', 'November • 2026');
    expect(r.activities.find((a) => a.title === 'Q4 product update')).toMatchObject({ type: 'email', automated: true });
  });

  it('is automated, or the reading says it could not tell', () => {
    const r = reading('ja', 'リストメール', '2026年11月');
    const email = r.activities.find((a) => a.title === 'Q4 product update');
    expect(email).toMatchObject({ type: 'email' });
    const said = r.notRead.some(
      (n) => n.field.includes('"Q4 product update"') && /automat|list|tool|sequence/i.test(`${n.field} ${n.reason}`),
    );
    expect(email?.automated === true || said).toBe(true);
  });

  it('reads the List Email by the sprite its icon points at, with no class names (stripped)', () => {
    const r = reading(
      'ja',
      'リストメール',
      '2026年11月',
      withSprite(listEmail('リストメール'), 'list_email'),
      'stripped',
    );
    expect(r.activities.find((a) => a.title === 'Q4 product update')).toMatchObject({ type: 'email', automated: true });
    expect(automatedNotRead(r)).toEqual([]);
  });

  it('a plain email (SLDS standard:email) is no List Email: not automated, nothing reported', () => {
    const r = reading('ja', 'メール', '2026年11月', plainEmail);
    expect(r.activities.find((a) => a.title === 'Q4 product update')).toMatchObject({ automated: false });
    expect(automatedNotRead(r)).toEqual([]);
  });

  it('says it could not tell when no icon class or sprite is left (stripped, no sprite)', () => {
    const r = reading('ja', 'メール', '2026年11月', plainEmail, 'stripped');
    expect(automatedNotRead(r)).toEqual([
      {
        field: 'automated of "Q4 product update"',
        reason:
          'the page is in "ja", a language Touchline has no words for: whether a tool sent it to a list (a List Email) is only in its icon\'s wording',
      },
    ]);
  });
});
