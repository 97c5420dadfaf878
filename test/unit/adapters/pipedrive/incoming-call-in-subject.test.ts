import { describe, expect, it } from 'vitest';
import { item, personPage, read } from './hashed-person-page';

/**
 * A done call whose subject says, after a dash, that it came in. Pipedrive activities show no
 * direction of their own, so the reader takes it from the subject's wording; on an English page
 * "Callback – incoming call from Maya" reads inbound (activity-direction.ts: "Incoming call …"
 * anywhere). The same subject on a German, French, Spanish, Portuguese or Dutch page reads
 * outbound: the translated words count only at the very start of the subject.
 *
 * Expected: inbound in every language, as in English (metrics.md counts an inbound call apart
 * from outbound attempts and the connect rate). Wording ASSUMED: no source shows Pipedrive's
 * translated call direction; these are the common product terms (German "eingehender Anruf",
 * French "appel entrant", Spanish "llamada entrante", pt-BR "ligação recebida", Dutch
 * "inkomend gesprek"), the same ones the reader already accepts at a subject's start.
 */
describe('Pipedrive person: "incoming call" after a dash in a localised call subject', () => {
  it('en (control): inbound', () => {
    const r = read(
      personPage({
        history: [
          item({
            icon: 'Call',
            done: true,
            subject: 'Callback – incoming call from Maya',
            date: 'Nov 19, 2026 3:10 PM',
          }),
        ],
      }),
    );
    expect(r.activities[0]?.direction).toBe('inbound');
  });
  it.each([
    ['de', 'Anruf', 'Rückruf – eingehender Anruf von Maya', '19. November 2026 um 15:10'],
    ['fr', 'Appel', 'Rappel – appel entrant de Maya', '19 nov. 2026 à 15:10'],
    ['es', 'Llamada', 'Seguimiento – llamada entrante de Maya', '19 de nov. de 2026 15:10'],
    ['pt-BR', 'Ligação', 'Retorno – ligação recebida de Maya', '19 de nov. de 2026 15:10'],
    ['nl', 'Gesprek', 'Terugbellen – inkomend gesprek van Maya', '19 nov 2026 om 15:10'],
  ])('%s: "%s" is an inbound call', (lang, icon, subject, date) => {
    const r = read(personPage({ lang, history: [item({ icon, done: true, subject, date })] }));
    expect(r.activities).toHaveLength(1);
    expect(r.activities[0]?.type).toBe('call');
    expect(r.activities[0]?.direction).toBe('inbound');
  });
});
