// @vitest-environment happy-dom
// Review s55: contact A (Ana) → contact B (Ben). HubSpot (React) moves the address, then redraws the
// header card as a skeleton while it fetches B (LOADING's `[class*="SkeletonText-"]`), keeping A's
// feed in the middle pane until the feed's own fetch ends (crm-pages.md: "cards load late"). Then
// B's header is drawn, still over A's feed, and B's feed a second later. route-settle.ts took the
// nameless skeleton reading for the next page and ended the wait, so the next reading (Ben's name
// over Ana's calls) was saved as Ben's touches; a nameless reading no longer ends the wait. Every
// item is worded the same under either name (rep-side wording): not the direction case of
// next-header-over-feed-read-otherwise-saves-none-of-it.test.ts.
import { describe, expect, it, vi } from 'vitest';
import {
  contactUrl,
  drawBody,
  drawInto,
  header,
  hubspotSession,
  item,
  recordBody,
  timeline,
} from './hubspot-record-page';
import { savedUnder, sessionPerTest, setUrl, wait } from './spa-world';

vi.mock('../../../lib/content/messages', () => ({ ask: vi.fn() }));

const lifetime = sessionPerTest();

const ANA_FEED = timeline(
  item('Call - Connected made by Alex Morgan', 'Nov 18, 2026 at 10:00 AM', 'Intro call') +
    item('Call - Left voicemail made by Alex Morgan', 'Nov 13, 2026 at 4:15 PM', 'Follow-up on pricing'),
);
const BEN_FEED = timeline(item('Call - No answer made by Alex Morgan', 'Nov 16, 2026 at 11:30 AM', 'Left no message'));
const HEADER_SKELETON =
  '<div data-card-type="OBJECT_HIGHLIGHT"><div class="SkeletonText-sc-1x2y3z"></div><div class="SkeletonText-sc-1x2y3z"></div></div>';

describe("contact A → contact B: header skeleton, then B's header over A's feed, then B's feed", () => {
  it("saves none of A's touches under B", async () => {
    setUrl(contactUrl('501'));
    document.title = 'Ana Alvarez | HubSpot';
    drawBody(recordBody(header('Ana Alvarez', 'ana@northwind.example'), ANA_FEED));
    const { session, shown } = hubspotSession(lifetime.signal);
    session.onRoute(new URL(contactUrl('501')), false);
    await vi.waitFor(() => expect(shown()).toBe('hubspot:2451908:contact:501|Ana Alvarez'), { timeout: 5000 });

    setUrl(contactUrl('502'));
    session.onRoute(new URL(contactUrl('502')), true);
    // The header card turns into a skeleton; Ana's feed stays.
    await wait(100);
    drawInto('left', HEADER_SKELETON);
    // Ben's header (and tab title) 500 ms later, still over Ana's feed.
    await wait(500);
    document.title = 'Ben Brooks | HubSpot';
    drawInto('left', header('Ben Brooks', 'ben@contoso.example'));
    // Ben's own feed 1 s after that.
    await wait(1000);
    drawInto('middle', BEN_FEED);
    await wait(2500);

    const underBen = savedUnder('502').items;
    expect(underBen).toContain('Left no message');
    expect(underBen).not.toContain('Intro call');
    expect(underBen).not.toContain('Follow-up on pricing');
  }, 15_000);
});
