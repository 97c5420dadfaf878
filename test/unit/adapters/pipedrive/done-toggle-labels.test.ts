import { describe, expect, it } from 'vitest';
import { personPage, read } from './hashed-person-page';

/**
 * A not-done activity in the person's History whose done toggle is an icon button named only by its
 * aria-label (crm-evidence-2.md: "No source shows a history item's markup (its type icon, date text,
 * done state)"; type and state may live only in an icon's aria-label/title). The same page in
 * English, German and French reads this call as planned (its "Mark as done" / "Als erledigt
 * markieren" / "Marquer comme terminé" label says it is not done). In Spanish, Brazilian Portuguese
 * and Dutch the reader has no toggle words at all, so it reads the call as a done outbound touch
 * with nothing reported.
 *
 * metrics.md: planned items of any type are never touches while the CRM shows them as planned. The
 * labels below are ASSUMED (Pipedrive's help centres use "marcar como completada" / "marcar como
 * concluída" / "als voltooid markeren"; no source shows the button). So either outcome is right:
 * the call is read as planned, or the reader says it could not read the done state (a notRead entry
 * for activities). A confident done touch is not.
 */
const card = (subject: string, date: string, toggle: string, icon: string, id: number) =>
  `<div class="FlowItem_item__t7Kq2"><span class="cui5-icon" aria-label="${icon}" title="${icon}"></span><div class="FlowItem_card__t7Kq2"><div class="FlowItem_header__t7Kq2"><button type="button" class="cui5-button cui5-button--icon" aria-label="${toggle}"></button><a href="/activities/${id}">${subject}</a></div><div class="FlowItem_meta__t7Kq2"><span>${date}</span> · <span>Casey Nguyen</span></div></div></div>`;

describe('Pipedrive person in es / pt-BR / nl: an icon-button "mark as done" toggle in History', () => {
  it.each([
    ['es', 'Llamada', 'Marcar como completada', '19 de nov. de 2026 15:10'],
    ['pt-BR', 'Ligação', 'Marcar como concluída', '19 de nov. de 2026 15:10'],
    ['nl', 'Gesprek', 'Als voltooid markeren', '19 nov 2026 om 15:10'],
  ])('%s: the not-done call is planned or reported, never a done touch', (lang, call, toggle, date) => {
    const reading = read(personPage({ lang, history: [card('Seguimiento', date, toggle, call, 7101)] }));
    const touch = reading.activities.find((a) => a.title === 'Seguimiento');
    expect(touch).toBeDefined();
    const reported = reading.notRead.some((n) => n.field.startsWith('activities'));
    expect(touch?.planned === true || reported).toBe(true);
  });

  it('en (control): the same call is planned', () => {
    const reading = read(
      personPage({ history: [card('Follow-up', 'Nov 19, 2026 3:10 PM', 'Mark as done', 'Call', 7102)] }),
    );
    expect(reading.activities.find((a) => a.title === 'Follow-up')?.planned).toBe(true);
  });
});
