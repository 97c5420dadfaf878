import { describe, expect, it } from 'vitest';
import { contactRecord, groupHeading, previewEvent, property, readHubSpot, timeline } from './contact-record';

/**
 * HubSpot's task types (Call, Email, LinkedIn, To-do) lead a task's header: English "Call task
 * assigned to …" is a task (words/en.ts `leadingTypes`), and so are French "Tâche d'appel …", Spanish
 * "Tarea de llamada …" and Dutch "Beltaak …". German joins the type and "Aufgabe" in one compound,
 * "Anruf-Aufgabe" / "E-Mail-Aufgabe" (as the table's own "E-Mail-Antwort"): without a leading task
 * rule the German `anywhereTypes` found "anruf" / "e-mail" first and the task became a logged
 * outbound call (a call attempt lowering the connect rate) or an email touch, with no notRead.
 * metrics.md: tasks are no touches.
 *
 * Oracle, by hand: each item is a task, not a call or an email.
 */
describe('a German HubSpot task named by its task type', () => {
  it.each([
    ['Anruf-Aufgabe zugewiesen an Alex Morgan', 'Rückruf wegen Budget'],
    ['E-Mail-Aufgabe zugewiesen an Alex Morgan', 'Preisliste nachschicken'],
    ['Aufgabe zugewiesen an Alex Morgan', 'Vertrag prüfen'],
  ])('"%s" is a task, not a touch', (header, subject) => {
    const html = contactRecord({
      lang: 'de-DE',
      name: 'Lena Vogt',
      properties: property('E-Mail', 'lena.vogt@northwind.example'),
      middle: timeline(
        groupHeading('November 2026') +
          previewEvent(header, '16. Nov. 2026 um 09:00', `<div>${subject}</div>`) +
          previewEvent('E-Mail gesendet von Alex Morgan', '12. Nov. 2026 um 10:05', '<div>Angebot 2027</div>'),
      ),
    });
    const task = readHubSpot(html, { zone: 'Europe/Berlin' }).activities.find(
      (a) => a.timestamp === '2026-11-16T08:00:00.000Z',
    );
    expect({ type: task?.type, direction: task?.direction }).toEqual({ type: 'task', direction: 'unknown' });
  });
});
