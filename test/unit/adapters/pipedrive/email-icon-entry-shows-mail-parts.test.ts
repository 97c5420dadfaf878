/**
 * An entry named "Email" by its icon alone, with no done toggle and no link to an activity
 * (crm-evidence-2.md: the feed mixes `mailMessage` entries with activities, the type may live
 * only in an icon's label). It is a synced mail where it shows what one shows: a sent or received
 * badge, or a sender's address; its direction is then read from them, and an address alone,
 * without a From or To label, tells no direction: unknown and reported. With nothing of a mail
 * shown it stays the rep's logged Email activity (the reviewer's case:
 * synced-mail-without-thread-link-keeps-its-direction.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { readOk } from './read-written-page';

const page = (rows: string, meta: string) =>
  readOk(
    '/person/812',
    `<div id="root"><main><div class="PersonPage_root__k9">
<header><div data-testid="header-title"><h1>Jonas Keller</h1></div></header>
<aside><div><span data-testid="field-name">Email</span><div data-testid="fields-list-row-field-components"><a href="mailto:jonas.keller@helvetia.example">jonas.keller@helvetia.example</a></div></div>
<div><span data-testid="field-name">Owner</span><div data-testid="fields-list-row-field-components">Priya Raman</div></div></aside>
<section class="Timeline_root__t2"><h2>History</h2>
<div class="TimelineEntry_root__r8Uq2"><span class="cui5-icon" role="img" aria-label="Call"></span><div><button type="button" role="checkbox" aria-checked="true"></button><a href="/activities/88201">Intro call</a></div><div><span>Nov 16, 2026 10:00 AM</span> · <span>Priya Raman</span></div></div>
<div class="MailEntry_root__m3Zp8"><span class="cui5-icon" role="img" aria-label="Email"></span><div class="MailEntry_subject__m3Zp8"><b>Pricing for 2027</b></div>${rows}<div class="MailEntry_meta__m3Zp8">${meta}</div></div>
</section></div></main></div>`,
    { title: 'Jonas Keller - Persons' },
  );

const emailOf = (result: ReturnType<typeof page>) => result.activities.find((a) => a.title === 'Pricing for 2027');
const directionReported = (result: ReturnType<typeof page>) =>
  result.notRead.some((n) => n.field === 'activities.direction');

describe('Pipedrive: an entry named "Email" by its icon alone', () => {
  it('with a "Sent" badge is the rep’s outbound mail', () => {
    const result = page('', '<span>Nov 17, 2026 9:02 AM</span> <span class="cui5-badge">Sent</span>');
    expect(emailOf(result)).toMatchObject({ type: 'email', direction: 'outbound' });
    expect(directionReported(result)).toBe(false);
  });

  it('with an address alone as its sender row tells no direction, and says so', () => {
    const result = page(
      '<div class="MailEntry_from__m3Zp8"><span>jonas.keller@helvetia.example</span></div>',
      '<span>Nov 17, 2026 9:02 AM</span>',
    );
    expect(emailOf(result)).toMatchObject({ type: 'email', direction: 'unknown' });
    expect(directionReported(result)).toBe(true);
  });

  it('with only its date and owner stays the rep’s logged Email', () => {
    const result = page('', '<span>Nov 17, 2026 9:02 AM</span> · <span>Priya Raman</span>');
    expect(emailOf(result)).toMatchObject({ type: 'email', direction: 'outbound', owner: 'Priya Raman' });
    expect(directionReported(result)).toBe(false);
  });
});
