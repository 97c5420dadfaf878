// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { contactPage, item, read, timeline } from './contact-page';

/**
 * crm-evidence-2.md: "Type, tense and who are in a summary sentence … 'about' a related record",
 * and "a logged call is a Task with subtype Call": a Task's type comes from its sentence. The
 * record it is about is the org's own text: in French, an opportunity for a tender is commonly
 * named "Appel d'offres …", which holds the words "un appel" ("a call"). Oracle, by hand: a Task
 * the sentence says the viewer had ("Vous aviez une tâche") is a task whatever its record is called.
 */
const task = (summary: string) =>
  item({
    token: 'Task',
    icon: 'task',
    iconTitle: 'Tâche',
    subject: 'Dossier de candidature',
    id: '00T5g00000TaSk1AAA',
    date: '17 nov.',
    summary,
  });
const typeOf = (summary: string) =>
  read(
    contactPage(timeline('', [{ heading: 'novembre • 2026', items: task(summary) }]), { lang: 'fr-FR' }),
  ).activities.find((a) => a.title === 'Dossier de candidature')?.type;

describe('a Task about a record whose name holds a call word', () => {
  it('is a task, not a call', () => {
    expect(typeOf("Vous aviez une tâche avec Maria Jensen concernant Un appel d'offres 2027")).toBe('task');
  });

  it('guard: a call the sentence itself logs is a call', () => {
    expect(typeOf('Vous avez consigné un appel avec Maria Jensen')).toBe('call');
  });
});
