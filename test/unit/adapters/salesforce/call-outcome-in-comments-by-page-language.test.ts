import { describe, expect, it } from 'vitest';
import { commentedCallOutcome } from './commented-call';

/**
 * metrics.md: connect rate = calls with a connected outcome / call attempts. A rep logging a call
 * in Lightning writes how it went in its Comments (crm-evidence-2.md: a logged call is a Task with
 * subtype Call; expanded fields are `.slds-item--detail`). The comments' outcome words were English
 * only (outcome.ts): "Connecté avec Camille, …" on a French page was `unknown`, with nothing said,
 * and the rep's connected call dropped out of the connect rate (0 of 1 where the English page says
 * 1 of 1). Each table now words its comments (words/*.ts `callComments`, guesses), under the English
 * rules: a comment says its outcome outright or not at all, and a connect only mentioned as earlier
 * or denied is none.
 *
 * Oracle, by hand: the outcome the comment says.
 */
describe("a logged call's outcome said in its comments, in the page's language", () => {
  it.each([
    [
      'en-US',
      'Call',
      'Nov 12',
      'You logged a call with Maria Jensen',
      'Comments',
      'Connected with Maria, she wants a demo in December',
      'connected',
    ],
    [
      'fr-FR',
      'Appel',
      '12 nov.',
      'Vous avez consigné un appel avec Camille Durand',
      'Commentaires',
      'Connecté avec Camille, elle veut une démo en décembre',
      'connected',
    ],
    [
      'es-ES',
      'Llamada',
      '12 nov.',
      'Usted registró una llamada con Lucía Gómez',
      'Comentarios',
      'Conectado con Lucía, quiere una demo en diciembre',
      'connected',
    ],
    [
      'de-DE',
      'Anruf',
      '12. Nov.',
      'Sie haben einen Anruf mit Lena Vogt protokolliert',
      'Kommentare',
      'Verbunden, Lena möchte eine Demo im Dezember',
      'connected',
    ],
    [
      'pt-BR',
      'Chamada',
      '12 de nov.',
      'Você registrou uma chamada com João Silva',
      'Comentários',
      'Falei com João, quer uma demo em dezembro',
      'connected',
    ],
    [
      'it-IT',
      'Chiamata',
      '12 nov',
      'Hai registrato una chiamata con Giulia Rossi',
      'Commenti',
      'Ho parlato con Giulia, vuole una demo a dicembre',
      'connected',
    ],
    [
      'nl-NL',
      'Gesprek',
      '12 nov.',
      'U hebt een gesprek met Sanne de Vries geregistreerd',
      'Opmerkingen',
      'Verbonden, Sanne wil een demo in december',
      'connected',
    ],
    [
      'fr-FR',
      'Appel',
      '12 nov.',
      'Vous avez consigné un appel avec Camille Durand',
      'Commentaires',
      'Pas de réponse, message vocal laissé',
      'voicemail',
    ],
    [
      'es-ES',
      'Llamada',
      '12 nov.',
      'Usted registró una llamada con Lucía Gómez',
      'Comentarios',
      'Sin respuesta',
      'no-answer',
    ],
    [
      'de-DE',
      'Anruf',
      '12. Nov.',
      'Sie haben einen Anruf mit Lena Vogt protokolliert',
      'Kommentare',
      'Nur Mailbox erreicht, Nachricht hinterlassen',
      'voicemail',
    ],
    [
      'it-IT',
      'Chiamata',
      '12 nov',
      'Hai registrato una chiamata con Giulia Rossi',
      'Commenti',
      'Nessuna risposta',
      'no-answer',
    ],
    [
      'nl-NL',
      'Gesprek',
      '12 nov.',
      'U hebt een gesprek met Sanne de Vries geregistreerd',
      'Opmerkingen',
      'Geen gehoor, terugbellen maandag',
      'no-answer',
    ],
  ] as const)('%s "%s": %s', (lang, subject, date, summary, label, text, said) => {
    expect(commentedCallOutcome(lang, subject, date, summary, label, text)).toBe(said);
  });

  it.each([
    // A connect denied, or put before this call, is none.
    [
      'fr-FR',
      'Appel',
      '12 nov.',
      'Vous avez consigné un appel avec Camille Durand',
      'Commentaires',
      'Pas connectée, je rappelle lundi',
    ],
    ['de-DE', 'Anruf', '12. Nov.', 'Sie haben einen Anruf mit Lena Vogt protokolliert', 'Kommentare', 'Nicht erreicht'],
    [
      'es-ES',
      'Llamada',
      '12 nov.',
      'Usted registró una llamada con Lucía Gómez',
      'Comentarios',
      'Buzón de voz; hablamos la semana pasada',
    ],
  ] as const)('%s "%s" is no connect', (lang, subject, date, summary, label, text) => {
    expect(commentedCallOutcome(lang, subject, date, summary, label, text)).not.toBe('connected');
  });
});
