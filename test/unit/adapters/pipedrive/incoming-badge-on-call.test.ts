// @vitest-environment happy-dom
/**
 * From review pdperson (session 46). A logged call marked with a direction badge beside its
 * subject ("Incoming", German "Eingehend"), as a synced mail is marked "Received": the reader took
 * the word as a mail's direction only (wording.ts `received`) and read a call's direction from its
 * subject alone, so the person's call in was stored as the rep's outbound call, which counts as a
 * touch of the rep. A badge standing as a label of its own says the call came in; the same word in
 * the rep's note about the call says nothing. Oracle, by hand: the badge's word.
 */
import { describe, expect, it } from 'vitest';
import { readOk } from './read-written-page';

const page = (lang: string, icon: string, toggle: string, badge: string, date: string, note = '') =>
  readOk(
    '/person/2210',
    `<div id="root"><main><div class="PersonPage_root__k2"><header><h1>Ana Ruiz</h1></header>
<aside><div><span>Email</span> <a href="mailto:ana.ruiz@cobalto.example">ana.ruiz@cobalto.example</a></div></aside>
<div class="Feed_root__p0"><section><h2>History</h2>
<div class="FlowItem_item__t7Kq2"><span aria-label="${icon}"></span><div><button role="checkbox" aria-checked="true" aria-label="${toggle}"></button><a href="/activities/73001">Ana about the invoice</a> ${badge}</div><div><span>${date}</span> · <span>Jordan Blake</span> · <a href="/person/2210">Ana Ruiz</a></div>${note}</div>
</section></div></div></main></div>`,
    { lang, title: 'Ana Ruiz - Persons' },
  );

const badge = (word: string) => `<span class="cui5-badge">${word}</span>`;

describe('Pipedrive person: a call marked incoming by a badge', () => {
  it.each([
    ['en', 'Call', 'Mark as not done', 'Incoming', 'Nov 19, 2026 9:00 AM'],
    ['de', 'Anruf', 'Als nicht erledigt markieren', 'Eingehend', '19. Nov. 2026 09:00'],
    ['fr', 'Appel', 'Marquer comme non terminé', 'Entrant', '19 nov. 2026 09:00'],
    ['es', 'Llamada', 'Marcar como no completada', 'Entrante', '19 nov. 2026 09:00'],
    ['pt', 'Ligação', 'Marcar como não concluída', 'Recebida', '19 de nov. de 2026 09:00'],
  ])('%s "%s": inbound, never the rep’s outbound call', (lang, icon, toggle, word, date) => {
    const [call] = page(lang, icon, toggle, badge(word), date).activities;
    expect(call).toMatchObject({ type: 'call', direction: 'inbound', timestamp: '2026-11-19T09:00:00.000Z' });
  });

  it('(control) without a badge the call is the rep’s: outbound', () => {
    const [call] = page('en', 'Call', 'Mark as not done', '', 'Nov 19, 2026 9:00 AM').activities;
    expect(call).toMatchObject({ type: 'call', direction: 'outbound' });
  });

  it('the word alone on a line of the rep’s note about the call is no badge: outbound', () => {
    const note = '<div data-test="activity-note"><p>Incoming</p><p>She wants the invoice split in two.</p></div>';
    const [call] = page('en', 'Call', 'Mark as not done', '', 'Nov 19, 2026 9:00 AM', note).activities;
    expect(call).toMatchObject({ type: 'call', direction: 'outbound' });
  });
});
