import { Window } from 'happy-dom';
import { pipedrive } from '../../../../lib/adapters/pipedrive/index';
import type { NotRead, ReadOk } from '../../../../lib/schema/read-result';

/**
 * A person page as crm-evidence-2.md describes it (hashed classes, header-title, field rows,
 * History filter chips with aria-pressed) holding one done activity: its icon named by aria-label,
 * its subject link and a meta line. Read on Friday 2026-11-20T15:00:00Z in UTC (contracts.md).
 */
const clock = { now: new Date('2026-11-20T15:00:00Z'), timeZone: 'UTC' };

interface Labels {
  email: string;
  owner: string;
  focus: string;
  history: string;
  all: string;
}

const LABELS: Record<string, Labels> = {
  'en-US': { email: 'Email', owner: 'Owner', focus: 'Focus', history: 'History', all: 'All' },
  es: { email: 'Correo electrónico', owner: 'Propietario', focus: 'Enfoque', history: 'Historial', all: 'Todos' },
  fr: { email: 'E-mail', owner: 'Propriétaire', focus: 'Focus', history: 'Historique', all: 'Tout' },
  de: { email: 'E-Mail', owner: 'Besitzer', focus: 'Fokus', history: 'Verlauf', all: 'Alle' },
  'pt-BR': { email: 'E-mail', owner: 'Proprietário', focus: 'Foco', history: 'Histórico', all: 'Todos' },
  it: { email: 'Email', owner: 'Proprietario', focus: 'In evidenza', history: 'Cronologia', all: 'Tutti' },
  nl: { email: 'E-mail', owner: 'Eigenaar', focus: 'Focus', history: 'Geschiedenis', all: 'Alle' },
};

function personPage(name: string, labels: Labels, history: string): string {
  return `<div id="app"><div class="viewContainer"><div class="PersonView_wrap__Ab12c">
<div class="PersonView_top__Ab12c"><div data-testid="header-title"><h1 class="cui5-heading">${name}</h1></div></div>
<div class="PersonView_cols__Ab12c">
 <div class="Sidebar_col__Qw3e">
  <div class="FormField__formField--E60Qw"><div data-testid="field-name">${labels.email}</div><div data-testid="fields-list-row-field-components"><a href="mailto:ana@cliente.example">ana@cliente.example</a></div></div>
  <div class="FormField__formField--E60Qw"><div data-testid="field-name">${labels.owner}</div><div data-testid="fields-list-row-field-components">Marta Ruiz</div></div>
 </div>
 <div class="Flow_col__Zx9k">
  <div class="Flow_focus__Zx9k"><h3>${labels.focus}</h3></div>
  <div class="Flow_history__Zx9k"><h3>${labels.history}</h3>
   <div class="Flow_filters__Zx9k"><button data-testid="filter-button-all" aria-pressed="true">${labels.all}</button></div>
   <div class="Flow_items__Zx9k">${history}</div>
  </div>
 </div>
</div></div></div></div>`;
}

function doneItem(icon: string, subject: string): string {
  return `<div class="FlowItem_row__t7Kq2"><span class="cui5-icon" aria-label="${icon}"></span><div class="FlowItem_body__t7Kq2"><div class="FlowItem_head__t7Kq2"><button role="checkbox" aria-checked="true"></button><a href="/activities/7001">${subject}</a></div><div class="FlowItem_meta__t7Kq2"><span class="FlowItem_date__t7Kq2">2026-11-18 10:00</span> · Marta Ruiz</div></div></div>`;
}

/** Ana Gómez's page in the language, with one done activity of the type the icon names. */
export function readDoneActivity(
  lang: string,
  icon: string,
  subject: string,
): { activity: ReadOk['activities'][number] | undefined; notRead: NotRead[] } {
  const labels = LABELS[lang];
  if (!labels) throw new Error(`no labels for ${lang}`);
  const url = 'https://northwind.pipedrive.com/person/31';
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
  try {
    window.document.write(
      `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>Ana Gómez - Persons</title></head><body>${personPage('Ana Gómez', labels, doneItem(icon, subject))}</body></html>`,
    );
    const r = pipedrive.read(window.document as unknown as Document, new URL(url), clock);
    if (r.status !== 'read') throw new Error(JSON.stringify(r));
    return { activity: r.activities[0], notRead: r.notRead };
  } finally {
    window.close();
  }
}

/** The type names Pipedrive's activity icons carry (their aria-label), per page language. */
const ICON_NAMES: Record<'call' | 'meeting', Record<string, string>> = {
  call: { 'en-US': 'Call', es: 'Llamada', fr: 'Appel', 'pt-BR': 'Chamada', nl: 'Gesprek', it: 'Chiamata' },
  meeting: {
    'en-US': 'Meeting',
    es: 'Reunión',
    fr: 'Réunion',
    de: 'Meeting',
    'pt-BR': 'Reunião',
    it: 'Riunione',
    nl: 'Vergadering',
  },
};

/** The one done call or meeting on Ana Gómez's page in the language (readDoneActivity), read as that type. */
export function readDone(type: 'call' | 'meeting', lang: string, subject: string): ReadOk['activities'][number] {
  const icon = ICON_NAMES[type][lang];
  if (!icon) throw new Error(`no ${type} icon name for ${lang}`);
  const { activity } = readDoneActivity(lang, icon, subject);
  if (activity?.type !== type) throw new Error(`"${subject}" read as ${activity?.type}, not ${type}`);
  return activity;
}
