import { contactPage, item, read, timeline } from './contact-page';

/** A logged call's expanded Comments row (crm-evidence-2.md: expanded fields are `.slds-item--detail`). */
const comments = (label: string, text: string) =>
  `<div class="showMore"><dl class="slds-list_horizontal"><dt class="slds-item_label">${label}:</dt><dd class="slds-item--detail">${text}</dd></dl></div>`;

/** The outcome read from a done logged call whose comments say `text`, on a contact page in `lang`. */
export function commentedCallOutcome(
  lang: string,
  subject: string,
  date: string,
  summary: string,
  label: string,
  text: string,
) {
  const call = item({
    token: 'Task',
    icon: 'log-a-call',
    iconTitle: subject,
    subject,
    id: '00T5g00000LmN3aEAF',
    date,
    summary,
    body: comments(label, text),
    checkbox: 'checked',
  });
  const r = read(
    contactPage(timeline('', [{ heading: 'November • 2026', items: call }], 'Upcoming'), { lang, name: 'Contact' }),
  );
  return r.activities.find((a) => a.type === 'call')?.outcome;
}
