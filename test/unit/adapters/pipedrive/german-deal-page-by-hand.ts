// A Pipedrive deal page in German, written by hand from crm-evidence-2.md (the
// stage bar of button.cui5-stage-selector__stage, aria-selected on the current stage, aria-label
// the stage name, the visible "3 T · <stage>" prefix from a live German tenant; fields as
// [data-testid="field-name"] rows; a History feed with filter chips mixing changes and
// activities). GUESSED as in our own German fixture: stage names, the "Phase: A → B" changelog
// wording, the date format "17. November 2026 um 09:30".
export const PIPELINE = [
  'Qualifiziert',
  'Kontakt hergestellt',
  'Demo geplant',
  'Angebot erstellt',
  'Verhandlungen begonnen',
];

export interface PdDeal {
  id: string;
  title: string;
  /** The field row "Pipeline"; absent: no row. */
  pipeline?: string;
  current: string;
  /** Day prefix per stage shown on the bar ("12 T · …"). */
  days?: Record<string, number>;
  /** Newest first: [from, to, "17. November 2026 um 09:30"]. */
  moves?: [string, string, string][];
  created?: string;
  won?: boolean;
  lost?: boolean;
}

export const url = (id: string) => `https://acme.pipedrive.com/deal/${id}`;

export function pdDealDe(d: PdDeal): string {
  const steps = PIPELINE.map((stage) => {
    const n = d.days?.[stage];
    const text = n === undefined ? stage : `${n} T · ${stage}`;
    const cls = stage === d.current ? ' cui5-stage-selector__stage--active' : '';
    return `<button type="button" class="cui5-stage-selector__stage${cls}" aria-selected="${stage === d.current}" aria-label="${stage}">${text}</button>`;
  }).join('\n');
  const moves = (d.moves ?? [])
    .map(
      ([from, to, when]) => `<div class="FlowItem_item__t7Kq2">
  <span class="cui5-icon FlowItem_icon__t7Kq2" aria-label="Änderungsprotokoll" title="Änderungsprotokoll"></span>
  <div class="FlowItem_card__t7Kq2">
    <div class="FlowItem_text__t7Kq2">Phase: ${from} → ${to}</div>
    <div class="FlowItem_meta__t7Kq2"><span class="FlowItem_date__t7Kq2">${when}</span> · <span>Casey Nguyen</span></div>
  </div>
</div>`,
    )
    .join('\n');
  const status = d.won
    ? '<span class="DealHeader_status__q1Wm4 cui5-badge cui5-badge--positive">Gewonnen</span>'
    : d.lost
      ? '<span class="DealHeader_status__q1Wm4 cui5-badge cui5-badge--negative">Verloren</span>'
      : '<button type="button" class="cui5-button cui5-button--positive">Gewonnen</button><button type="button" class="cui5-button cui5-button--negative">Verloren</button>';
  return `<!DOCTYPE html>
<html lang="de-DE"><head><meta charset="utf-8"><title>${d.title} - Deals</title></head>
<body>
<div id="root" class="AppShell_root__p3Xw1">
  <main class="AppShell_content__Vb7tQ">
    <div class="DealDetails_root__s8Lk2">
      <header class="DealHeader_root__q1Wm4">
        <div data-testid="header-title" class="cui5-editable-text"><textarea class="cui5-editable-text__input" rows="1" aria-label="Deal-Titel">${d.title}</textarea></div>
        <div class="DealHeader_summary__q1Wm4"><span class="DealHeader_value__q1Wm4">48.000 €</span> · <a href="/organization/480">Nordhavn Logistics</a></div>
        <div class="DealHeader_actions__q1Wm4">${status}</div>
        <div class="cui5-stage-selector" aria-label="${d.pipeline ?? 'Pipeline'}">
${steps}
        </div>
      </header>
      <div class="DealDetails_body__s8Lk2">
        <aside class="DealDetails_sidebar__s8Lk2">
          <section class="SidebarSection_root__c6Ws2">
            <button type="button" class="cui5-button SidebarSection_toggle__c6Ws2" aria-expanded="true">Zusammenfassung</button>
            <div class="FieldsList_list__r1Pz0">
              ${d.pipeline ? `<div class="FormField__formField--E60Qw"><span data-testid="field-name" class="FormField__label--E60Qw">Pipeline</span><div data-testid="fields-list-row-field-components" class="FormField__value--E60Qw">${d.pipeline}</div></div>` : ''}
              <div class="FormField__formField--E60Qw"><span data-testid="field-name" class="FormField__label--E60Qw">Eigentümer</span><div data-testid="fields-list-row-field-components" class="FormField__value--E60Qw">Casey Nguyen</div></div>
              ${d.created ? `<div class="FormField__formField--E60Qw"><span data-testid="field-name" class="FormField__label--E60Qw">Deal erstellt</span><div data-testid="fields-list-row-field-components" class="FormField__value--E60Qw">${d.created}</div></div>` : ''}
            </div>
          </section>
          <section class="SidebarSection_root__c6Ws2">
            <button type="button" class="cui5-button SidebarSection_toggle__c6Ws2" aria-expanded="true">Personen (1)</button>
            <ul class="LinkedPersons_list__j7Ty3">
              <li><a href="/person/2210">Maya Lindqvist</a><div class="LinkedPersons_email__j7Ty3">maya.lindqvist@nordhavn.example</div></li>
            </ul>
          </section>
        </aside>
        <div class="DealDetails_main__s8Lk2">
          <section class="FlowSection_root__m3Bq6">
            <h2 class="cui5-text FlowSection_title__m3Bq6">Verlauf</h2>
            <div class="FlowFilters_root__z5Hn2" role="group" aria-label="Verlauf filtern"><button type="button" data-testid="filter-button-all" aria-pressed="true">Alle</button><button type="button" data-testid="filter-button-activities" aria-pressed="false">Aktivitäten</button><button type="button" data-testid="filter-button-changelog" aria-pressed="false">Änderungsprotokoll</button></div>
            <div class="FlowList_list__n4Vc7">
${moves}
              <div class="FlowItem_item__t7Kq2">
                <span class="cui5-icon FlowItem_icon__t7Kq2" aria-label="Anruf" title="Anruf"></span>
                <div class="FlowItem_card__t7Kq2">
                  <div class="FlowItem_header__t7Kq2"><button type="button" role="checkbox" aria-checked="true" aria-label="Als nicht erledigt markieren" class="cui5-checkbox"></button><a class="FlowItem_subject__t7Kq2" href="/activities/9${d.id}1">Anruf mit Maya</a></div>
                  <div class="FlowItem_meta__t7Kq2"><span class="FlowItem_date__t7Kq2">16. November 2026 um 16:15</span> · <span>Casey Nguyen</span> · <a href="/person/2210">Maya Lindqvist</a></div>
                </div>
              </div>
            </div>
          </section>
        </div>
      </div>
    </div>
  </main>
</div>
</body></html>`;
}
