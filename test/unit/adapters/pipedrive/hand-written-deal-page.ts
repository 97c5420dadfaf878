/** Hand-written Pipedrive deal pages (reviewer pddeal), from crm-evidence-2.md's description. */
export interface L {
  persons: string;
  history: string;
  focus: string;
  all: string;
  won: string;
  lost: string;
  owner: string;
  value: string;
  stage: string;
  pipeline: string;
  created: string;
  day: (n: number) => string;
}
export const LANG: Record<string, L> = {
  en: {
    persons: 'Persons',
    history: 'History',
    focus: 'Focus',
    all: 'All',
    won: 'Won',
    lost: 'Lost',
    owner: 'Owner',
    value: 'Value',
    stage: 'Stage',
    pipeline: 'Pipeline',
    created: 'Deal created',
    day: (n) => `${n}d`,
  },
  de: {
    persons: 'Personen',
    history: 'Verlauf',
    focus: 'Fokus',
    all: 'Alle',
    won: 'Gewonnen',
    lost: 'Verloren',
    owner: 'Besitzer',
    value: 'Wert',
    stage: 'Phase',
    pipeline: 'Pipeline',
    created: 'Deal erstellt',
    day: (n) => `${n} T`,
  },
  fr: {
    persons: 'Personnes',
    history: 'Historique',
    focus: 'Focus',
    all: 'Tout',
    won: 'Gagné',
    lost: 'Perdu',
    owner: 'Propriétaire',
    value: 'Valeur',
    stage: 'Étape',
    pipeline: 'Pipeline',
    created: 'Affaire créée',
    day: (n) => `${n} j`,
  },
  es: {
    persons: 'Personas',
    history: 'Historial',
    focus: 'Enfoque',
    all: 'Todo',
    won: 'Ganado',
    lost: 'Perdido',
    owner: 'Propietario',
    value: 'Valor',
    stage: 'Etapa',
    pipeline: 'Embudo',
    created: 'Trato creado',
    day: (n) => `${n} d`,
  },
  pt: {
    persons: 'Pessoas',
    history: 'Histórico',
    focus: 'Foco',
    all: 'Tudo',
    won: 'Ganho',
    lost: 'Perdido',
    owner: 'Proprietário',
    value: 'Valor',
    stage: 'Etapa',
    pipeline: 'Funil',
    created: 'Negócio criado',
    day: (n) => `${n} d`,
  },
  it: {
    persons: 'Persone',
    history: 'Cronologia',
    focus: 'Focus',
    all: 'Tutto',
    won: 'Vinto',
    lost: 'Perso',
    owner: 'Proprietario',
    value: 'Valore',
    stage: 'Fase',
    pipeline: 'Pipeline',
    created: 'Affare creato',
    day: (n) => `${n} g`,
  },
  nl: {
    persons: 'Personen',
    history: 'Geschiedenis',
    focus: 'Focus',
    all: 'Alles',
    won: 'Gewonnen',
    lost: 'Verloren',
    owner: 'Eigenaar',
    value: 'Waarde',
    stage: 'Fase',
    pipeline: 'Pijplijn',
    created: 'Deal aangemaakt',
    day: (n) => `${n} d`,
  },
};
const ico = (label: string) => `<span class="cui5-icon" role="img" aria-label="${label}"></span>`;

export function activity(o: {
  type: string;
  subject: string;
  when: string;
  done: boolean;
  id: number;
  by?: string;
  person?: [number, string];
}) {
  return `<li class="FeedItem_row__Hh3">${ico(o.type)}<div class="FeedItem_body__Hh3">
<div><span class="cui5-checkbox" role="checkbox" aria-checked="${o.done}"></span><a href="/activities/${o.id}">${o.subject}</a></div>
<div class="FeedItem_meta__Hh3"><time class="FeedItem_when__Hh3">${o.when}</time> · <span>${o.by ?? 'Lena Vogel'}</span>${o.person ? ` · <a href="/person/${o.person[0]}">${o.person[1]}</a>` : ''}</div></div></li>`;
}
export function change(o: { field: string; from: string; to: string; when: string; by?: string; icon?: string }) {
  return `<li class="FeedItem_row__Hh3">${ico(o.icon ?? 'Changelog')}<div class="FeedItem_body__Hh3">
<div><b>${o.field}</b>: ${o.from} → ${o.to}</div>
<div class="FeedItem_meta__Hh3"><time class="FeedItem_when__Hh3">${o.when}</time> · <span>${o.by ?? 'Lena Vogel'}</span></div></div></li>`;
}
export function sentence(o: { text: string; when: string; icon?: string; by?: string }) {
  return `<li class="FeedItem_row__Hh3">${ico(o.icon ?? 'Changelog')}<div class="FeedItem_body__Hh3">
<div>${o.text}</div>
<div class="FeedItem_meta__Hh3"><time class="FeedItem_when__Hh3">${o.when}</time> · <span>${o.by ?? 'Lena Vogel'}</span></div></div></li>`;
}
export function mail(o: {
  subject: string;
  when: string;
  from: string;
  to: string;
  id: number;
  fromLabel?: string;
  toLabel?: string;
}) {
  return `<li class="FeedItem_row__Hh3">${ico('Email')}<div class="FeedItem_body__Hh3">
<div><a href="/mail/threads/${o.id}">${o.subject}</a> <time class="FeedItem_when__Hh3">${o.when}</time></div>
<div>${o.fromLabel ?? 'From'}: ${o.from}</div><div>${o.toLabel ?? 'To'}: ${o.to}</div><p>Hello, following up on the proposal.</p></div></li>`;
}
export const person = (id: number, name: string, email: string) =>
  `<div class="PersonRow_row__b2"><a href="/person/${id}">${name}</a> <a href="mailto:${email}">${email}</a></div>`;

export function deal(o: {
  lang: string;
  title: string;
  stages: { name: string; days?: number; current?: boolean }[];
  persons: string;
  history: string;
  focus?: string;
  status?: string;
  fields?: [string, string][];
  org?: string;
}) {
  const l = LANG[o.lang] ?? (LANG.en as L);
  const bar = o.stages
    .map(
      (s) =>
        `<button class="cui5-stage-selector__stage" aria-label="${s.name}" aria-selected="${s.current ? 'true' : 'false'}">${s.days !== undefined ? `${l.day(s.days)} · ` : ''}${s.name}</button>`,
    )
    .join('');
  const fields = [[l.value, '12.000 €'], [l.owner, 'Lena Vogel'], ...(o.fields ?? [])]
    .map(
      ([k, v]) =>
        `<div class="FieldRow_row__z1"><div data-testid="field-name">${k}</div><div data-testid="fields-list-row-field-components">${v}</div></div>`,
    )
    .join('');
  return `<div id="root"><div class="DealView_wrap__a1">
<div class="DealView_header__a1"><div data-testid="header-title"><textarea class="cui5-editable-text__input">${o.title}</textarea></div>
<div class="DealView_status__a1">${o.status ?? `<button class="cui5-button">${l.won}</button><button class="cui5-button">${l.lost}</button>`}</div></div>
<div class="cui5-stage-selector">${bar}</div>
<div class="DealView_body__a1"><aside>${fields}${o.org ? `<section><h3>Organization</h3><a href="/organization/9">${o.org}</a></section>` : ''}<section><h3>${l.persons}</h3>${o.persons}</section></aside>
<div class="DealView_flow__a1"><section><h3>${l.focus}</h3><ul>${o.focus ?? ''}</ul></section>
<section><h3>${l.history}</h3><div><button data-testid="filter-button-all" aria-pressed="true">${l.all}</button></div><ul>${o.history}</ul></section></div></div></div></div>`;
}
