// @vitest-environment happy-dom
/**
 * crm-evidence-2.md: the timeline's groups are one `div.open-activity-group` headed by a button
 * "Upcoming & Overdue", then the past groups ("This Month", …). A contact page whose timeline is
 * fully drawn — an upcoming Task "Send quote", then "This Month" with a logged call — and whose
 * view then shows a record-layout section the org named "Next Steps" (SLDS expandable section:
 * `h3 > button > span` title, its fields inside: "Next Step: Send quote"). Read without classes
 * (decisions.md "Reading pages": a second path needing no class name). By hand: both activities
 * are read and nothing of the timeline is missing: no "past activity has not been drawn" report
 * (which tells the user the contact's history is incomplete when it is whole).
 */
import { expect, it } from 'vitest';
import { contactPage, item, read, timeline } from './contact-page';

const section = (title: string, label: string) =>
  `<records-record-layout-section><div class="slds-section slds-is-open"><h3 class="slds-section__title test-id__section-header-container"><button class="slds-button section-header-title" aria-expanded="true"><span class="test-id__section-header-title">${title}</span></button></h3><div class="slds-section__content"><records-record-layout-item field-label="${label}"><span class="test-id__field-label">${label}</span><div class="slds-form-element__control"><span slot="outputField">Send quote</span></div></records-record-layout-item></div></div></records-record-layout-section>`;

it.each([
  [
    'en-US',
    'Upcoming &amp; Overdue',
    'This Month',
    'Next Steps',
    'Next Step',
    'You have an upcoming Task with Maria Jensen',
    'You logged a call with Maria Jensen',
  ],
  [
    'de',
    'Anstehend und überfällig',
    'Dieser Monat',
    'Nächste Schritte',
    'Nächster Schritt',
    'Sie haben eine anstehende Aufgabe mit Maria Jensen',
    'Sie haben einen Anruf mit Maria Jensen protokolliert',
  ],
] as const)(
  '%s: a layout section named "Next Steps" after the whole timeline is no upcoming group (stripped page)',
  (lang, upcoming, month, title, label, planned, done) => {
    const task = item({
      token: 'Task',
      icon: 'task',
      iconTitle: 'Task',
      subject: 'Send quote',
      id: '00T5g00000DpQM7EAN',
      date: 'Nov 24',
      summary: planned,
      checkbox: 'unchecked',
    });
    const call = item({
      token: 'Task',
      icon: 'log-a-call',
      iconTitle: 'Call',
      subject: 'Call',
      id: '00T5g00000DpQM5EAN',
      date: 'Nov 18',
      summary: done,
    });
    const page = contactPage(timeline(task, [{ heading: month, items: call }], upcoming) + section(title, label), {
      lang,
    });
    const r = read(page, 'stripped');
    expect(r.activities).toHaveLength(2);
    expect(r.notRead.filter((n) => n.field === 'activities' && /not been drawn/.test(n.reason))).toEqual([]);
  },
);
