/**
 * A lead opens over the Leads Inbox at /leads/inbox/{uuid} (crm-pages.md) and is read as
 * a contact; its "Lead created" field is its creation time, which metrics.md's lead response time
 * needs ("first outbound touch time minus the contact's (or lead's) creation time; not shown when
 * either is unknown"). The word tables claim Italian, and every other language's table has its
 * lead's field ("Lead created", "Lead erstellt", "Lead créé", "Lead creado", "Lead criado", "Lead
 * aangemaakt"); on an Italian lead the field "Lead creato" was not found: the lead response time
 * was never shown for an Italian team's leads, though the page shows the date.
 */
import { describe, expect, it } from 'vitest';
import { activity, readAt } from './person-and-deal-pages';

const LEAD = '3f2a9c1e-7b4d-4e8a-9c21-5d6e7f8a9b0c';
const row = (label: string, value: string) =>
  `<div class="FieldsList_row__a8Kd2"><span data-testid="field-name">${label}</span><div data-testid="fields-list-row-field-components">${value}</div></div>`;

function leadPage(lang: 'it' | 'es') {
  const w =
    lang === 'it'
      ? {
          inbox: 'Lead in entrata',
          convert: 'Converti in affare',
          person: 'Persona',
          org: 'Organizzazione',
          owner: 'Proprietario',
          created: 'Lead creato',
          createdValue: '2 novembre 2026',
          history: 'Cronologia',
          call: 'Chiamata',
          toggle: 'Segna come non completata',
          when: '18 novembre 2026 alle 16:00',
        }
      : {
          inbox: 'Bandeja de entrada de leads',
          convert: 'Convertir en trato',
          person: 'Persona',
          org: 'Organización',
          owner: 'Propietario',
          created: 'Lead creado',
          createdValue: '2 de noviembre de 2026',
          history: 'Historial',
          call: 'Llamada',
          toggle: 'Marcar como no completada',
          when: '18 de noviembre de 2026 16:00',
        };
  return `<div id="application"><main class="AppShell_main__Rr4t1"><div class="LeadsInbox_root__r8Tt1">
  <div class="LeadsInbox_list__r8Tt1"><h1>${w.inbox}</h1><div role="grid">
    <div role="row" aria-selected="true"><div role="gridcell"><a href="/leads/inbox/${LEAD}">Lead Rossi</a></div><div role="gridcell"><a href="/person/4411">Giulia Rossi</a></div></div>
    <div role="row" aria-selected="false"><div role="gridcell"><a href="/leads/inbox/aaaaaaaa-7b4d-4e8a-9c21-5d6e7f8a9b0c">Lead Verdi</a></div><div role="gridcell"><a href="/person/4413">Anna Verdi</a></div></div>
  </div></div>
  <div class="LeadDetails_panel__p0Qz3" role="dialog">
    <header><div data-testid="header-title"><textarea class="cui5-editable-text__input">Lead Rossi</textarea></div><button type="button">${w.convert}</button></header>
    <aside>${row(w.person, '<a href="/person/4411">Giulia Rossi</a>')}${row('E-mail', 'giulia.rossi@rossi.example')}${row(w.org, '<a href="/organization/55">Rossi S.p.A.</a>')}${row(w.owner, 'Sam Ortiz')}${row(w.created, w.createdValue)}</aside>
    <div class="LeadDetails_main__p0Qz3"><section><h2>${w.history}</h2><div>
      ${activity({ icon: w.call, id: 602, subject: 'Giulia Rossi', done: true, toggle: w.toggle, when: w.when, owner: 'Sam Ortiz' })}
    </div></section></div>
  </div></div></main></div>`;
}

describe('Pipedrive lead in the Leads Inbox: its creation date', () => {
  it.each([
    ['es', 'es-ES', 'Lead Rossi - Leads'],
    ['it', 'it-IT', 'Lead Rossi - Lead'],
  ] as const)('%s: the "Lead created" field gives the lead’s creation day', (code, lang, title) => {
    const r = readAt(`/leads/inbox/${LEAD}`, leadPage(code), lang, title);
    if (r.status !== 'read') throw new Error(JSON.stringify(r));
    expect(r.notRead.filter((n) => n.field === 'createdAt')).toEqual([]);
    expect(String((r.record as { createdAt?: string }).createdAt).slice(0, 10)).toBe('2026-11-02');
  });
});
