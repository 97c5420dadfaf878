import { describe, expect, it } from 'vitest';
import { noraView } from '../../metrics/relative-times/hubspot-view';
import { edited, fixturePage, readPage } from '../page-variation';

/**
 * Regression of e6b3cc3 (HubSpot: "an icon's inbound words" come before the header's words).
 *
 * The rule was meant for a type icon labelled "Inbound call". But the icon is the card's FIRST
 * element matching TIMELINE.icon (any `[role="img"][aria-label]`, `svg[aria-label]`,
 * `[data-icon-name]`), and it now decides the direction of every type, emails included. A card
 * whose header shows no type icon (fixture contact-relative-dates: "Email" as text) and whose
 * action bar draws a "Reply" control as an icon gets the control's label as its icon; "reply" is
 * an inbound word, so the rep's own email becomes a reply from the contact.
 * ASSUMED markup: the icon style is the one the fixture contact-preview-feed uses for type icons;
 * no source shows HubSpot's action icons, but email cards offering Reply / Forward are ordinary.
 *
 * Card 80000003: "Email", "from Robin Fischer to Nora Kowalski", 2 days ago (18 Nov).
 * By hand: outbound (the header says the rep sent it; a Reply button is a control, not a direction).
 * metrics.md Reply rate, last 30 days: outbound emails 2 Nov and 18 Nov; Nora's reply 19 Nov 16:45
 * follows the 18 Nov email → 1 of 2 answered. With the email read inbound it is 0 of 1.
 */
describe('HubSpot: the rep’s email with a "Reply" action drawn as an icon', () => {
  const page = fixturePage('hubspot', 'contact-relative-dates');
  const html = edited(page.html, [
    '<div data-selenium-test="timeline-header-actions" data-selenium-id="80000003"><button>Actions</button>',
    '<div data-selenium-test="timeline-header-actions" data-selenium-id="80000003"><button type="button"><span role="img" aria-label="Reply" class="UIIcon__Wrapper-sc-0x1"></span></button><button>Actions</button>',
  ]);
  const reading = readPage(html, page.url);

  it('stays the rep’s outbound email', () => {
    expect(reading.activities.find((a) => a.sourceId === '80000003')).toMatchObject({
      type: 'email',
      direction: 'outbound',
    });
  });

  it('reply rate stays 1 of 2 emails answered', () => {
    expect(noraView(reading).outcomes.replyRate).toMatchObject({ numerator: 1, denominator: 2 });
  });
});
