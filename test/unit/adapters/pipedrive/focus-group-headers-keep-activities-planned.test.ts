import { describe, expect, it } from 'vitest';
import { date, doneCall, entry, readPerson } from './person-page-with-focus-and-history';

/**
 * Review s52 (fixed). Pipedrive's Focus section sits above the History and holds the planned
 * activities (crm-evidence-2.md: the feed mixes `plannedActivity` and done items; wording.ts and
 * classify-activity.ts take an item shown in Focus with no readable done state as planned). A
 * Focus that groups its activities under "Overdue" / "Today" / "Tomorrow" headers (German
 * "Überfällig" / "Heute" / "Morgen") still shows planned activities only. metrics.md: "Planned
 * items of any type are never touches while the CRM shows them as planned"; a meeting "whose date
 * passed but that the CRM still shows as planned (not done) is not held".
 *
 * The done toggle here is a round button drawn by a hashed class with no role or label, so only
 * the section says the items are planned. Without the group headers they are read as planned;
 * with them, the overdue meeting is read as a held meeting and tomorrow's call as a call made.
 */
const toggle = '<span class="Checkbox_round__h7Tt2"></span>';
const planned = (icon: string, id: number, subject: string, when: string) =>
  entry(
    icon,
    `<div class="FlowItem_header__z8Qp1">${toggle}<a href="/activities/${id}">${subject}</a></div><div class="FlowItem_meta__z8Qp1">${date(when)} · Sam Ortiz</div>`,
  );

describe('Pipedrive Focus grouped under Overdue / Today / Tomorrow headers', () => {
  it('keeps every Focus activity planned (English)', () => {
    const focus =
      '<h3 class="Focus_group__p2">Overdue</h3>' +
      planned('Meeting', 901, 'Pilot kickoff', 'November 18, 2026 at 10:00 AM') +
      '<h3 class="Focus_group__p2">Today</h3>' +
      planned('Call', 902, 'Check-in call', '11:00 AM') +
      '<h3 class="Focus_group__p2">Tomorrow</h3>' +
      planned('Call', 903, 'Follow-up call', '9:30 AM');
    const r = readPerson(doneCall, focus);
    if (r.status !== 'read') throw new Error(r.status);
    const byTitle = (t: string) => r.activities.find((a) => a.title === t);
    expect(byTitle('Pilot kickoff')?.planned).toBe(true);
    expect(byTitle('Pilot kickoff')?.outcome).toBeUndefined();
    expect(byTitle('Check-in call')?.planned).toBe(true);
    expect(byTitle('Follow-up call')?.planned).toBe(true);
    // The History's done call stays a done call.
    expect(byTitle('Call with Lena')?.planned).toBeUndefined();
  });

  it('keeps every Focus activity planned (German)', () => {
    const focus =
      '<h3 class="Focus_group__p2">Überfällig</h3>' +
      planned('Meeting', 901, 'Pilot-Kickoff', '18. November 2026 um 10:00') +
      '<h3 class="Focus_group__p2">Heute</h3>' +
      planned('Anruf', 902, 'Kurzer Abgleich', '11:00') +
      '<h3 class="Focus_group__p2">Morgen</h3>' +
      planned('Anruf', 903, 'Nachfassen', '09:30');
    const history = doneCall.replace('November 13, 2026 at 2:00 PM', '13. November 2026 um 14:00');
    const r = readPerson(history, focus.replace('<h3', '<h2>Fokus</h2><h3'), 'de-DE');
    if (r.status !== 'read') throw new Error(r.status);
    const plannedTitles = r.activities.filter((a) => a.planned).map((a) => a.title);
    expect(plannedTitles).toEqual(['Pilot-Kickoff', 'Kurzer Abgleich', 'Nachfassen']);
  });

  it('(control) reads the same items as planned without the group headers', () => {
    const focus =
      planned('Meeting', 901, 'Pilot kickoff', 'November 18, 2026 at 10:00 AM') +
      planned('Call', 902, 'Check-in call', 'November 20, 2026 at 11:00 AM');
    const r = readPerson(doneCall, focus);
    if (r.status !== 'read') throw new Error(r.status);
    expect(r.activities.filter((a) => a.planned).map((a) => a.title)).toEqual(['Pilot kickoff', 'Check-in call']);
  });
});
