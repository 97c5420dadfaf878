import type { LocaleWords } from './schema';

export const de: LocaleWords = {
  types: {
    call: ['Anruf', 'Anrufe', 'Telefonat', 'Telefonanruf'],
    email: ['E-Mail', 'E-Mails', 'Email', 'Mail'],
    meeting: ['Meeting', 'Besprechung', 'Termin', 'Treffen', 'Mittagessen'],
    note: ['Notiz', 'Notizen', 'Kommentar'],
    task: ['Aufgabe', 'Aufgaben', 'Frist'],
    sms: ['SMS', 'Textnachricht'],
    social: [],
  },
  direction: {
    sent: ['gesendet', 'versendet', 'verschickt', 'ausgehend'],
    received: ['empfangen', 'erhalten', 'eingehend'],
    from: ['von'],
    to: ['an'],
  },
  planned: ['anstehend', 'geplant', 'überfällig', 'fällig', 'offen'],
  done: ['erledigt', 'abgeschlossen', 'protokolliert', 'erfasst', 'durchgeführt'],
  outcomes: {
    connected: ['verbunden', 'erreicht'],
    'no-answer': ['keine Antwort', 'nicht erreicht', 'nicht angenommen', 'verpasst'],
    voicemail: ['Nachricht hinterlassen', 'Sprachnachricht', 'Mailbox', 'Voicemail'],
    busy: ['besetzt'],
  },
  outOfOffice: ['Abwesenheitsnotiz', 'nicht im Büro', 'außer Haus', 'automatische Antwort', 'Abwesenheit', 'im Urlaub'],
};
