import type { SalesforceWords } from './types';

/**
 * German as Lightning's translation prints it. Object and field labels follow Salesforce's German
 * UI (Phase, Betrag, Schlusstermin, Phasenverlauf, Kontaktrollen); the sentence wording is a
 * guess from that translation's style, no German capture was found (crm-evidence-2.md, trust C).
 */
export const de: SalesforceWords = {
  typeWords: {
    call: ['Anruf', 'Protokollierter Anruf', 'Anruf protokollieren'],
    email: ['E-Mail', 'Listen-E-Mail'],
    meeting: ['Ereignis', 'Termin', 'Besprechung'],
    task: ['Aufgabe'],
  },
  sentenceType: {
    call: ['einen anruf', 'anruf protokolliert'],
    email: ['e-mail gesendet', 'eine e-mail'],
    meeting: ['ein ereignis', 'anstehendes ereignis'],
  },
  upcoming: ['anstehende', 'anstehendes', 'überfällige'],
  done: ['hatten', 'hatte', 'protokolliert', 'gesendet'],
  inboundEmail: ['hat ihnen eine e-mail gesendet'],
  you: ['Sie'],
  from: ['Von'],
  to: ['An'],
  overdue: ['Überfällig'],
  noDueDate: ['Kein Fälligkeitsdatum'],
  upcomingSection: ['Anstehend und überfällig', 'Anstehend & überfällig'],
  currentStep: ['Aktuelle Phase'],
  closedPlaceholder: ['Geschlossen'],
  closedWon: ['Geschlossen und gewonnen', 'Geschlossen/Gewonnen'],
  closedLost: ['Geschlossen und verloren', 'Geschlossen/Verloren'],
  inboundCall: ['Eingehend'],
  labels: {
    contactName: ['Name', 'Vollständiger Name'],
    dealName: ['Opportunity-Name', 'Name'],
    email: ['E-Mail'],
    phone: ['Telefon', 'Mobiltelefon'],
    company: ['Accountname', 'Firma'],
    contactOwner: ['Kontaktinhaber', 'Lead-Inhaber', 'Inhaber'],
    dealOwner: ['Opportunity-Inhaber', 'Inhaber'],
    lastActivity: ['Letzte Aktivität'],
    created: ['Erstellt von', 'Erstellungsdatum'],
    stage: ['Phase'],
    amount: ['Betrag'],
    closeDate: ['Schlusstermin'],
    lastStageChange: ['Datum der letzten Phasenänderung'],
    stageDuration: ['Tage in Phase', 'Phasendauer'],
    stageHistory: ['Phasenverlauf'],
    contactRoles: ['Kontaktrollen', 'Opportunity-Kontaktrollen'],
    historyStage: ['Phase'],
    historyDate: ['Zuletzt geändert', 'Datum der letzten Änderung', 'Datum'],
    roleContact: ['Kontaktname', 'Name', 'Kontakt'],
    notes: ['Notizen', 'Notizen und Anhänge'],
    noteTitle: ['Titel', 'Name'],
    noteDate: ['Erstellungsdatum', 'Zuletzt geändert', 'Datum'],
    noteOwner: ['Erstellt von', 'Inhaber'],
    fieldHistory: ['Kontaktverlauf', 'Lead-Verlauf', 'Opportunity-Feldverlauf'],
    historyField: ['Feld', 'Aktion'],
    historyNewValue: ['Neuer Wert'],
    historyUser: ['Benutzer'],
    historyWhen: ['Datum'],
  },
};
