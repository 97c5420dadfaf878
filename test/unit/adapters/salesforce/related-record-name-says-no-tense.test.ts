// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { contactPage, item, read, timeline } from './contact-page';

/**
 * crm-evidence-2.md: "Type, tense and who are in a summary sentence … 'with' names a contact or
 * lead, 'about' a related record". The related record's name is the org's own text (an opportunity
 * "Renovación próximo año", "Relance facture en retard", "Anstehende Vertragsverlängerung"): a word
 * in it is no tense. metrics.md: "Planned items of any type are never touches while the CRM shows
 * them as planned." Oracle, by hand: a call the sentence says was logged, under a past month, is
 * done whatever the record it is about is called; a task the sentence says is upcoming stays open
 * whatever its record is called. (Moved from zz-review-salesforce.)
 */
const call = (summary: string) =>
  item({
    token: 'Task',
    icon: 'log-a-call',
    iconTitle: 'Call',
    subject: 'Call',
    id: '00T5g00000CaLl1AAA',
    date: '15:15 | 17 nov.',
    summary,
  });

const readCall = (lang: string, heading: string, li: string, title = 'Call') =>
  read(contactPage(timeline('', [{ heading, items: li }]), { lang })).activities.find((a) => a.title === title);

describe('a logged call about a record whose name holds an "upcoming" or "overdue" word', () => {
  it.each([
    ['es-ES', 'noviembre • 2026', 'Usted registró una llamada con Maria Jensen sobre Renovación próximo año'],
    ['fr-FR', 'novembre • 2026', 'Vous avez consigné un appel avec Maria Jensen concernant Relance facture en retard'],
    [
      'de-DE',
      'November • 2026',
      'Sie haben einen Anruf mit Maria Jensen zu Anstehende Vertragsverlängerung protokolliert',
    ],
  ])('%s: a done call under "%s"', (lang, heading, summary) => {
    const done = readCall(lang, heading, call(summary));
    expect(done?.type).toBe('call');
    expect(done?.planned).toBeUndefined();
  });

  it('the related record shown as a link (Lightning links it) and the page stripped of classes: still done', () => {
    const summary =
      'Usted registró una llamada con <a href="/lightning/r/Contact/0035g00000DpQ9xAAF/view">Maria Jensen</a> sobre <a href="/lightning/r/Opportunity/0065g00000DpQ00AAF/view">Renovación próximo año</a>';
    const html = contactPage(timeline('', [{ heading: 'noviembre • 2026', items: call(summary) }]), { lang: 'es-ES' });
    expect(read(html, 'stripped').activities.find((a) => a.title === 'Call')?.planned).toBeUndefined();
  });

  it('guard: an upcoming task about a record stays open', () => {
    const task = item({
      token: 'Task',
      icon: 'task',
      iconTitle: 'Tarea',
      subject: 'Enviar propuesta',
      id: '00T5g00000OpEnTAAA',
      date: '24 nov.',
      summary: 'Usted tiene una próxima tarea con Maria Jensen sobre Cierre trimestral',
    });
    const html = contactPage(timeline(task, []), { lang: 'es-ES' });
    expect(read(html).activities.find((a) => a.title === 'Enviar propuesta')?.planned).toBe(true);
  });
});
