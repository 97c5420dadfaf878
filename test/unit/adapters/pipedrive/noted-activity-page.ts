import { Window } from 'happy-dom';
import { pipedrive } from '../../../../lib/adapters/pipedrive/index';
import type { ReadOk } from '../../../../lib/schema/read-result';

/**
 * Ana Gómez's person page as crm-evidence-2.md describes it (hashed classes, header-title, field
 * rows, History filter chip with aria-pressed) holding one done activity with a note under it: its
 * icon named by aria-label, its subject link, a meta line and the note's paragraph. Read on Friday
 * 2026-11-20T15:00:00Z in UTC (contracts.md).
 */
const clock = { now: new Date('2026-11-20T15:00:00Z'), timeZone: 'UTC' };

const LABELS: Record<string, { email: string; owner: string; history: string; all: string }> = {
  'en-US': { email: 'Email', owner: 'Owner', history: 'History', all: 'All' },
  fr: { email: 'E-mail', owner: 'Propriétaire', history: 'Historique', all: 'Tout' },
};

/** The done activity of the page in the language, with the note under its subject. */
export function readNotedActivity(
  lang: string,
  icon: string,
  subject: string,
  note: string,
): ReadOk['activities'][number] | undefined {
  const labels = LABELS[lang];
  if (!labels) throw new Error(`no labels for ${lang}`);
  const url = 'https://northwind.pipedrive.com/person/31';
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
  try {
    window.document.write(`<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>Ana Gómez - Persons</title></head><body>
<div id="app"><div class="viewContainer"><div class="PersonDetails_root__k2Lm8">
 <div class="PersonDetails_header__k2Lm8"><div data-testid="header-title"><h1>Ana Gómez</h1></div></div>
 <div class="PersonDetails_sidebar__k2Lm8">
  <div class="FieldRow_row__z9Y"><div data-testid="field-name">${labels.email}</div><div data-testid="fields-list-row-field-components"><a href="mailto:ana@cliente.example">ana@cliente.example</a></div></div>
  <div class="FieldRow_row__z9Y"><div data-testid="field-name">${labels.owner}</div><div data-testid="fields-list-row-field-components">Marta Ruiz</div></div>
 </div>
 <div class="PersonDetails_main__k2Lm8">
  <section class="Flow_history__r5"><h3>${labels.history}</h3>
   <div class="Flow_chips__r5"><button data-testid="filter-button-all" aria-pressed="true">${labels.all}</button></div>
   <div class="Flow_list__r5"><div class="FlowItem_wrap__m3Rt9">
    <span class="cui5-icon FlowItem_icon__m3Rt9" aria-label="${icon}"></span>
    <div class="FlowItem_content__m3Rt9">
     <div class="FlowItem_title__m3Rt9"><button role="checkbox" aria-checked="true" class="cui5-checkbox"></button><a href="/activities/9101">${subject}</a></div>
     <div class="FlowItem_details__m3Rt9"><span class="FlowItem_date__m3Rt9">2026-11-18 10:00</span> · Marta Ruiz</div>
     <div class="FlowItem_note__p0Qa1" data-test="activity-note"><p>${note}</p></div>
    </div>
   </div></div>
  </section>
 </div>
</div></div></div></body></html>`);
    const r = pipedrive.read(window.document as unknown as Document, new URL(url), clock);
    if (r.status !== 'read') throw new Error(JSON.stringify(r));
    return r.activities.find((a) => a.title === subject);
  } finally {
    window.close();
  }
}
