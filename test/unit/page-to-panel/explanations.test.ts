// Figures, and the explanations beside them, where metrics.md and the page leave one answer.
// Saved pages read at contracts.md's clock (Fri 2026-11-20 15:00 UTC, zone UTC), saved through the
// background's save path, shown as the panel's view model.
import { describe, expect, it } from 'vitest';
import { asContact, extension } from './chain';

describe('lead response time when the page shows only the day the person was created', () => {
  // Pipedrive prints "Person created: November 5, 2026" (no time of day); the first outbound touch is the
  // site visit "November 5, 2026 at 1:00 PM". The person may have been created at 12:55 or at 18:00 (after
  // the visit): the creation time is unknown, so metrics.md says the figure is not shown, not "13 hours".
  it('is not shown', async () => {
    const view = asContact(
      await extension().open('pipedrive', 'person-hashed', (h) =>
        h.replace('>September 14, 2026<', '>November 5, 2026<'),
      ),
    );
    expect(view.outcomes.leadResponseHours).toBeNull();
  });
});

describe("Pipedrive's last activity date beside Touchline's last touch", () => {
  // Rita Kowalski's page, read Nov 20, shows her synced email "Case study: Northwind" of Oct 14 and, in the
  // sidebar, "Last activity date: Oct 11" (the call). Pipedrive had recorded the email: the page shows it.
  // Pipedrive's last activity date follows activities (calls, meetings, tasks), and a synced email is not one.
  it('does not tell the rep that Pipedrive had not recorded a touch the page itself shows', async () => {
    const view = asContact(await extension().open('pipedrive', 'demo-person-other'));
    const row = view.crmComparisons.find((r) => r.label === 'Last activity');
    expect(row).toMatchObject({ crmValue: 'Oct 11, 2026', touchlineValue: 'Oct 14, 2026' });
    expect(row?.explanation ?? '').not.toMatch(/had not recorded/);
  });
});

describe("HubSpot's times contacted beside Touchline's count", () => {
  // The deal was created Sep 20, 2026 (its page shows "created this deal in Discovery"); retention keeps
  // everything from Oct 16, 2025 on. HubSpot says 6, Touchline counts 3 (call, demo, email): retention cannot
  // be why, nothing on this deal is older than what Touchline keeps.
  it('does not blame the retention setting for a deal younger than what retention keeps', async () => {
    const view = await extension().open('hubspot', 'deal-stage-history');
    const row = view.crmComparisons.find((r) => r.label === 'Times contacted');
    expect(row).toMatchObject({ crmValue: '6', touchlineValue: '3' });
    expect(row?.explanation ?? '').not.toMatch(/retention/);
  });

  // Dana Whitfield was created Oct 1, 2026: HubSpot 11, Touchline 8.
  it('does not blame the retention setting for a contact created within what retention keeps', async () => {
    const view = await extension().open('hubspot', 'contact-long-timeline');
    const row = view.crmComparisons.find((r) => r.label === 'Times contacted');
    expect(row).toMatchObject({ crmValue: '11', touchlineValue: '8' });
    expect(row?.explanation ?? '').not.toMatch(/retention/);
  });
});
