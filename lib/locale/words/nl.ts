import type { LocaleWords } from './schema';

export const nl: LocaleWords = {
  types: {
    call: ['Gesprek', 'Telefoongesprek', 'Oproep', 'Telefoontje'],
    email: ['E-mail', 'E-mails', 'Email', 'Mail'],
    meeting: ['Vergadering', 'Afspraak', 'Bespreking', 'Meeting'],
    note: ['Notitie', 'Notities', 'Opmerking'],
    task: ['Taak', 'Taken', 'Deadline'],
    sms: ['Sms', 'Tekstbericht'],
    social: [],
  },
  direction: {
    sent: ['verzonden', 'verstuurd', 'uitgaand'],
    received: ['ontvangen', 'inkomend'],
    from: ['van'],
    to: ['aan'],
  },
  planned: ['gepland', 'aankomend', 'achterstallig', 'verlopen', 'openstaand', 'te doen'],
  done: ['voltooid', 'afgerond', 'gedaan', 'gelogd', 'geregistreerd'],
  outcomes: {
    connected: ['verbonden', 'bereikt', 'beantwoord'],
    'no-answer': ['geen antwoord', 'niet beantwoord', 'niet bereikt', 'gemist'],
    voicemail: ['voicemail ingesproken', 'bericht ingesproken', 'voicemail'],
    busy: ['bezet', 'in gesprek'],
  },
  outOfOffice: ['afwezig', 'niet op kantoor', 'buiten kantoor', 'automatisch antwoord', 'met vakantie'],
};
