import { describe, expect, it } from 'vitest';
import { contactPage, previewItem, readContact } from './contact-page';

/**
 * crm-evidence-2.md: pinned items sit above the feed in `pinned-activity-section`, a second copy of
 * an item; the engagement id shows on the older `timeline-card`'s header actions (which can still
 * wrap the newer preview: both generations coexist) or on the pin button (public Selenium page
 * objects, selectors.ts). The pinned copy need not show it: its button unpins. Two identical copies,
 * one with the id and one without, are one call (metrics.md: the same touch captured twice is
 * merged before any count; read-timeline.ts: "else by identical content").
 */
const preview = previewItem({
  header: 'Logged call · Connected',
  date: 'Nov 19, 2026 at 2:26 PM',
  body: 'Pricing for 2027',
  icon: 'Call',
});
/** A copy with a button in its header line, after the timestamp. */
const withButton = (button: string) => preview.replace('</span></div>', `</span>${button}</div>`);
const pinned = `<section data-test-id="pinned-activity-section" aria-label="Pinned"><h3>Pinned</h3>${withButton('<button>Unpin</button>')}</section>`;

describe('HubSpot pinned copy without the engagement id the feed copy shows', () => {
  it.each([
    [
      'the feed copy in an older timeline-card with header actions',
      `<div data-selenium-test="timeline-card"><div data-selenium-test="timeline-header-actions" data-selenium-id="48211"></div>${withButton('<button>Pin</button>')}</div>`,
    ],
    [
      'the feed copy with a pin button carrying the id',
      withButton('<button data-selenium-test="timeline-pin-engagement-button" data-selenium-id="48211">Pin</button>'),
    ],
  ])('counts the pinned call once: %s', (_, feedCopy) => {
    const { activities } = readContact(contactPage({ before: pinned, feed: feedCopy }));
    expect(activities.filter((a) => a.type === 'call')).toHaveLength(1);
  });
});
