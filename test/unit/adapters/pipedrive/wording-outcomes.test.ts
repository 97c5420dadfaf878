import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { classifyItem, type ItemFacts } from '../../../../lib/adapters/pipedrive/classify-activity';
import { pipedrive } from '../../../../lib/adapters/pipedrive/index';
import { wordingFor } from '../../../../lib/adapters/pipedrive/wording';

const clock = { now: new Date('2026-11-20T15:00:00Z'), timeZone: 'UTC' };

/** The activities a German Pipedrive person page shows for the given feed items. */
function readGerman(items: string): Record<string, unknown>[] {
  const url = 'https://acme.pipedrive.com/person/2210';
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true } });
  window.document.write(`<!DOCTYPE html><html lang="de-DE"><head><title>Maya Lindqvist - Personen</title></head>
    <body><main><h1>Maya Lindqvist</h1>
    <aside><div><span>E-Mail</span><div><a href="mailto:maya@nordhavn.example">maya@nordhavn.example</a></div></div></aside>
    <section><h2>Verlauf</h2>${items}</section></main></body></html>`);
  try {
    const result = pipedrive.read(window.document as unknown as Document, new URL(url), clock);
    if (result.status !== 'read') throw new Error(`not read: ${JSON.stringify(result)}`);
    return result.activities as unknown as Record<string, unknown>[];
  } finally {
    window.close();
  }
}

/** A done activity as Pipedrive's feed marks it up, with one extra line under its title. */
const activity = (id: number, type: string, label: string, title: string, line: string) => `
  <div data-testid="flow-item" data-id="${id}" data-item-type="activity" data-activity-type="${type}">
    <span aria-label="${label}"></span>
    <div><button role="checkbox" aria-checked="true" aria-label="Als nicht erledigt markieren"></button>
      <a href="/activities/${id}">${title}</a><div><span>17. November 2026, 15:10</span> · <span>Casey Nguyen</span></div>
      ${line}</div>
  </div>`;

const mail = (id: number, tag: string) => `
  <div data-testid="flow-item" data-id="${id}" data-item-type="email">
    <span aria-label="E-Mail"></span>
    <div><a href="/mail/${id}">Kurze Frage zu Ihren Routen</a><div><span>17. November 2026, 09:00</span></div>
      <span data-testid="email-direction">Gesendet</span>
      <div data-testid="email-from">Von: Casey Nguyen &lt;casey@touchline.example&gt;</div>
      <div>An: Maya Lindqvist &lt;maya@nordhavn.example&gt;</div>
      <div>Hallo Maya, haben Sie kurz Zeit?</div>${tag}</div>
  </div>`;

describe('German Pipedrive wording for outcomes and sequences', () => {
  it('reads each call outcome from its "Ergebnis:" line', () => {
    const outcome = (text: string) => `<div data-testid="call-outcome">Ergebnis: ${text}</div>`;
    const activities = readGerman(
      [
        activity(1, 'call', 'Anruf', 'Anruf mit Maya', outcome('Verbunden')),
        activity(2, 'call', 'Anruf', 'Anruf mit Maya', outcome('Keine Antwort')),
        activity(3, 'call', 'Anruf', 'Anruf mit Maya', outcome('Mailbox-Nachricht hinterlassen')),
        activity(4, 'call', 'Anruf', 'Anruf mit Maya', outcome('Besetzt')),
      ].join(''),
    );
    expect(activities.map((a) => [a.sourceId, a.type, a.outcome])).toEqual([
      ['activity:1', 'call', 'connected'],
      ['activity:2', 'call', 'no-answer'],
      ['activity:3', 'call', 'voicemail'],
      ['activity:4', 'call', 'busy'],
    ]);
  });

  it('reads a done meeting whose body says nobody came as a no-show, and one without as held', () => {
    const activities = readGerman(
      activity(5, 'meeting', 'Meeting', 'Produktdemo', '<div>Nicht erschienen — wird neu geplant.</div>') +
        activity(6, 'meeting', 'Meeting', 'Produktdemo', '<div>Gute Fragen zur Preisgestaltung.</div>'),
    );
    expect(activities.map((a) => [a.type, a.outcome])).toEqual([
      ['meeting', 'no-show'],
      ['meeting', 'held'],
    ]);
  });

  it('reads a mail tagged "Sequenz:" as automated and an untagged one as written by hand', () => {
    const activities = readGerman(mail(7, '<span>Sequenz: Q4 Hafen-Ansprache</span>') + mail(8, ''));
    expect(activities.map((a) => [a.type, a.direction, a.automated])).toEqual([
      ['email', 'outbound', true],
      ['email', 'outbound', false],
    ]);
  });
});

const facts = (over: Partial<ItemFacts>): ItemFacts => ({
  kind: 'activity',
  typeName: '',
  text: '',
  done: true,
  inFocus: false,
  ...over,
});

describe('no-show and sequence wording in the other page languages', () => {
  it.each([
    ['fr', 'Non présenté — à replanifier.'],
    ['es', 'No se presentó — se reprogramará.'],
    ['pt', 'Não compareceu — será reagendada.'],
    ['nl', 'Niet verschenen — wordt opnieuw gepland.'],
  ])('%s: "%s" is a no-show', (lang, text) => {
    const words = wordingFor(lang);
    expect(classifyItem(facts({ typeName: 'meeting', text }), words)).toMatchObject({ outcome: 'no-show' });
    expect(classifyItem(facts({ typeName: 'meeting', text: 'Demo' }), words)).toMatchObject({ outcome: 'held' });
  });

  it.each([
    ['fr', 'Séquence : Relance Q4'],
    ['es', 'Secuencia: Seguimiento Q4'],
    ['pt', 'Sequência: Follow-up Q4'],
    ['nl', 'Reeks: Opvolging Q4'],
    ['nl', 'Sequentie: Opvolging Q4'],
  ])('%s: a mail tagged "%s" is automated', (lang, tag) => {
    const mailFacts = facts({ kind: 'email', text: `Verzonden ${tag}` });
    expect(classifyItem(mailFacts, wordingFor(lang))).toMatchObject({ type: 'email', automated: true });
  });

  it('a Dutch mail that merely says "een reeks vragen" is not automated', () => {
    const mailFacts = facts({ kind: 'email', text: 'Ik heb een reeks vragen over de offerte.' });
    expect(classifyItem(mailFacts, wordingFor('nl'))).toMatchObject({ automated: false });
  });
});
