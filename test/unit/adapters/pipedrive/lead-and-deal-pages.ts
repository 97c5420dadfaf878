/**
 * Hand-written Pipedrive deal and lead pages, from crm-pages.md and crm-evidence-2.md:
 * header-title textarea, cui5 stage selector buttons (aria-selected, aria-label, "3 T · <stage>" prefix),
 * field-name / fields-list-row-field-components rows with "-" for empty, persons as /person/{id} links,
 * History feed with filter chips (aria-pressed), planned and done activities, mail, notes, changes;
 * tab title "<deal> - Deals". Item markup (icons, checkboxes, meta lines) is GUESSED, as the evidence
 * says no source shows it. Strings per language are my own hand translations of Pipedrive's UI.
 */
import { readPage } from '../page-variation';

export interface Lang {
  lang: string;
  tab: string; // tab title suffix for deals
  leadTab: string;
  deal: string;
  value: string;
  stages: [string, string, string, string, string];
  day: string; // unit in the "3 T · " prefix
  won: string;
  lost: string;
  f: {
    pipeline: string;
    pipelineValue: string;
    close: string;
    closeValue: string;
    owner: string;
    created: string;
    createdValue: string;
    product: string;
    edit: string;
  };
  persons: string;
  org: string;
  morePersons: string;
  tabs: [string, string, string];
  focus: string;
  history: string;
  chips: [string, string, string, string, string];
  icon: { meeting: string; email: string; change: string; call: string; lunch: string; task: string; note: string };
  markDone: string;
  markUndone: string;
  date: {
    planned: string;
    yesterday: string;
    change2: string;
    call: string;
    mailOut: string;
    note: string;
    change1: string;
    lunch: string;
    task: string;
    inCall: string;
    mgrCall: string;
  };
  from: string;
  to: string;
  stageWord: string;
  outcome: { label: string; noAnswer: string; connected: string; voicemail: string };
  subj: {
    meeting: string;
    reply: string;
    call: string;
    mail: string;
    lunch: string;
    task: string;
    inCall: string;
    mgrCall: string;
  };
  noteText: string;
  lead: {
    title: string;
    inbox: string;
    convert: string;
    value: string;
    personLabel: string;
    orgLabel: string;
    email: string;
    phone: string;
    owner: string;
    created: string;
    createdValue: string;
    source: string;
    sourceValue: string;
    listCreated: [string, string, string];
    listHead: [string, string, string, string, string];
  };
}

const EN: Lang = {
  lang: 'en-US',
  tab: 'Deals',
  leadTab: 'Leads',
  deal: 'Nordhavn — Cold chain pilot',
  value: '$48,000',
  stages: ['Qualified', 'Contact Made', 'Demo Scheduled', 'Proposal Made', 'Negotiations Started'],
  day: 'd',
  won: 'Won',
  lost: 'Lost',
  f: {
    pipeline: 'Pipeline',
    pipelineValue: 'Sales pipeline',
    close: 'Expected close date',
    closeValue: 'December 18, 2026',
    owner: 'Owner',
    created: 'Deal created',
    createdValue: 'October 30, 2026 11:00 AM',
    product: 'Product',
    edit: 'Edit',
  },
  persons: 'Persons (2)',
  org: 'Organization',
  morePersons: 'Other people:',
  tabs: ['Notes', 'Activity', 'Email'],
  focus: 'Focus',
  history: 'History',
  chips: ['All', 'Activities', 'Emails', 'Files', 'Changelog'],
  icon: {
    meeting: 'Meeting',
    email: 'Email',
    change: 'Changelog',
    call: 'Call',
    lunch: 'Lunch',
    task: 'Task',
    note: 'Note',
  },
  markDone: 'Mark as done',
  markUndone: 'Mark as not done',
  date: {
    planned: 'November 23, 2026 2:00 PM',
    yesterday: 'Yesterday 11:20 AM',
    change2: 'November 17, 2026 9:30 AM',
    call: 'November 16, 2026 4:15 PM',
    mailOut: 'November 12, 2026 8:45 AM',
    note: 'November 10, 2026 1:05 PM',
    change1: 'November 11, 2026 10:00 AM',
    lunch: 'November 6, 2026 12:30 PM',
    task: 'November 5, 2026 9:00 AM',
    inCall: 'November 4, 2026 10:00 AM',
    mgrCall: 'November 3, 2026 3:30 PM',
  },
  from: 'From:',
  to: 'To:',
  stageWord: 'Stage',
  outcome: { label: 'Outcome:', noAnswer: 'No answer', connected: 'Connected', voicemail: 'Left voicemail' },
  subj: {
    meeting: 'Demo with the operations team',
    reply: 'Re: Pilot scope',
    call: 'Call Maya',
    mail: 'Pilot scope',
    lunch: 'Lunch at the Ferry Building',
    task: 'Send the quote',
    inCall: 'Incoming call from Jonas',
    mgrCall: 'Intro call from Robin',
  },
  noteText: 'Maya wants the pilot to start in January.',
  lead: {
    title: 'Nordhavn Logistics lead',
    inbox: 'Leads Inbox',
    convert: 'Convert to deal',
    value: '$5,000',
    personLabel: 'Person',
    orgLabel: 'Organization',
    email: 'Email',
    phone: 'Phone',
    owner: 'Owner',
    created: 'Lead created',
    createdValue: 'November 2, 2026',
    source: 'Source',
    sourceValue: 'Manually created',
    listCreated: ['November 2, 2026', 'November 9, 2026', 'November 14, 2026'],
    listHead: ['Title', 'Person', 'Organization', 'Value', 'Lead created'],
  },
};

const DE: Lang = {
  lang: 'de-DE',
  tab: 'Deals',
  leadTab: 'Leads',
  deal: 'Nordhavn — Kühlketten-Pilot',
  value: '48.000 €',
  stages: ['Qualifiziert', 'Kontakt hergestellt', 'Demo geplant', 'Angebot erstellt', 'Verhandlungen begonnen'],
  day: 'T',
  won: 'Gewonnen',
  lost: 'Verloren',
  f: {
    pipeline: 'Pipeline',
    pipelineValue: 'Vertriebspipeline',
    close: 'Erwartetes Abschlussdatum',
    closeValue: '18. Dezember 2026',
    owner: 'Eigentümer',
    created: 'Deal erstellt',
    createdValue: '30. Oktober 2026 um 11:00',
    product: 'Produkt',
    edit: 'Bearbeiten',
  },
  persons: 'Personen (2)',
  org: 'Organisation',
  morePersons: 'Weitere Personen:',
  tabs: ['Notizen', 'Aktivität', 'E-Mail'],
  focus: 'Fokus',
  history: 'Verlauf',
  chips: ['Alle', 'Aktivitäten', 'E-Mails', 'Dateien', 'Änderungsprotokoll'],
  icon: {
    meeting: 'Meeting',
    email: 'E-Mail',
    change: 'Änderungsprotokoll',
    call: 'Anruf',
    lunch: 'Mittagessen',
    task: 'Aufgabe',
    note: 'Notiz',
  },
  markDone: 'Als erledigt markieren',
  markUndone: 'Als nicht erledigt markieren',
  date: {
    planned: '23. November 2026 um 14:00',
    yesterday: 'Gestern um 11:20',
    change2: '17. November 2026 um 09:30',
    call: '16. November 2026 um 16:15',
    mailOut: '12. November 2026 um 08:45',
    note: '10. November 2026 um 13:05',
    change1: '11. November 2026 um 10:00',
    lunch: '6. November 2026 um 12:30',
    task: '5. November 2026 um 09:00',
    inCall: '4. November 2026 um 10:00',
    mgrCall: '3. November 2026 um 15:30',
  },
  from: 'Von:',
  to: 'An:',
  stageWord: 'Phase',
  outcome: {
    label: 'Ergebnis:',
    noAnswer: 'Keine Antwort',
    connected: 'Verbunden',
    voicemail: 'Nachricht hinterlassen',
  },
  subj: {
    meeting: 'Demo mit dem Betriebsteam',
    reply: 'AW: Pilotumfang',
    call: 'Maya anrufen',
    mail: 'Pilotumfang',
    lunch: 'Mittagessen im Ferry Building',
    task: 'Angebot senden',
    inCall: 'Eingehender Anruf von Jonas',
    mgrCall: 'Kennenlerngespräch mit Robin',
  },
  noteText: 'Maya möchte den Pilot im Januar starten.',
  lead: {
    title: 'Nordhavn Logistics Lead',
    inbox: 'Leads-Eingang',
    convert: 'In Deal umwandeln',
    value: '5.000 €',
    personLabel: 'Person',
    orgLabel: 'Organisation',
    email: 'E-Mail',
    phone: 'Telefon',
    owner: 'Eigentümer',
    created: 'Lead erstellt',
    createdValue: '2. November 2026',
    source: 'Quelle',
    sourceValue: 'Manuell erstellt',
    listCreated: ['2. November 2026', '9. November 2026', '14. November 2026'],
    listHead: ['Titel', 'Person', 'Organisation', 'Wert', 'Lead erstellt'],
  },
};

const FR: Lang = {
  lang: 'fr-FR',
  tab: 'Affaires',
  leadTab: 'Prospects',
  deal: 'Nordhavn — Pilote chaîne du froid',
  value: '48 000 €',
  stages: ['Qualifié', 'Contact établi', 'Démo planifiée', 'Proposition faite', 'Négociations commencées'],
  day: 'j',
  won: 'Gagnée',
  lost: 'Perdue',
  f: {
    pipeline: 'Pipeline',
    pipelineValue: 'Pipeline de vente',
    close: 'Date de clôture prévue',
    closeValue: '18 décembre 2026',
    owner: 'Propriétaire',
    created: 'Affaire créée',
    createdValue: '30 octobre 2026 à 11:00',
    product: 'Produit',
    edit: 'Modifier',
  },
  persons: 'Personnes (2)',
  org: 'Organisation',
  morePersons: 'Autres personnes :',
  tabs: ['Notes', 'Activité', 'E-mail'],
  focus: 'Focus',
  history: 'Historique',
  chips: ['Tout', 'Activités', 'E-mails', 'Fichiers', 'Journal des modifications'],
  icon: {
    meeting: 'Réunion',
    email: 'E-mail',
    change: 'Journal des modifications',
    call: 'Appel',
    lunch: 'Déjeuner',
    task: 'Tâche',
    note: 'Note',
  },
  markDone: 'Marquer comme terminé',
  markUndone: 'Marquer comme non terminé',
  date: {
    planned: '23 novembre 2026 à 14:00',
    yesterday: 'Hier à 11:20',
    change2: '17 novembre 2026 à 09:30',
    call: '16 novembre 2026 à 16:15',
    mailOut: '12 novembre 2026 à 08:45',
    note: '10 novembre 2026 à 13:05',
    change1: '11 novembre 2026 à 10:00',
    lunch: '6 novembre 2026 à 12:30',
    task: '5 novembre 2026 à 09:00',
    inCall: '4 novembre 2026 à 10:00',
    mgrCall: '3 novembre 2026 à 15:30',
  },
  from: 'De :',
  to: 'À :',
  stageWord: 'Étape',
  outcome: { label: 'Résultat :', noAnswer: 'Pas de réponse', connected: 'Connecté', voicemail: 'Message laissé' },
  subj: {
    meeting: "Démo avec l'équipe opérations",
    reply: 'RE: Périmètre du pilote',
    call: 'Appeler Maya',
    mail: 'Périmètre du pilote',
    lunch: 'Déjeuner au Ferry Building',
    task: 'Envoyer le devis',
    inCall: 'Appel entrant de Jonas',
    mgrCall: 'Appel de présentation de Robin',
  },
  noteText: 'Maya veut démarrer le pilote en janvier.',
  lead: {
    title: 'Prospect Nordhavn Logistics',
    inbox: 'Boîte de réception des prospects',
    convert: 'Convertir en affaire',
    value: '5 000 €',
    personLabel: 'Personne',
    orgLabel: 'Organisation',
    email: 'E-mail',
    phone: 'Téléphone',
    owner: 'Propriétaire',
    created: 'Prospect créé',
    createdValue: '2 novembre 2026',
    source: 'Source',
    sourceValue: 'Créé manuellement',
    listCreated: ['2 novembre 2026', '9 novembre 2026', '14 novembre 2026'],
    listHead: ['Titre', 'Personne', 'Organisation', 'Valeur', 'Prospect créé'],
  },
};

const ES: Lang = {
  lang: 'es-ES',
  tab: 'Tratos',
  leadTab: 'Leads',
  deal: 'Nordhavn — Piloto de cadena de frío',
  value: '48.000 €',
  stages: ['Calificado', 'Contacto establecido', 'Demo programada', 'Propuesta hecha', 'Negociaciones iniciadas'],
  day: 'd',
  won: 'Ganado',
  lost: 'Perdido',
  f: {
    pipeline: 'Embudo',
    pipelineValue: 'Embudo de ventas',
    close: 'Fecha de cierre prevista',
    closeValue: '18 de diciembre de 2026',
    owner: 'Propietario',
    created: 'Trato creado',
    createdValue: '30 de octubre de 2026 11:00',
    product: 'Producto',
    edit: 'Editar',
  },
  persons: 'Personas (2)',
  org: 'Organización',
  morePersons: 'Otras personas:',
  tabs: ['Notas', 'Actividad', 'Correo electrónico'],
  focus: 'Enfoque',
  history: 'Historial',
  chips: ['Todo', 'Actividades', 'Correos electrónicos', 'Archivos', 'Registro de cambios'],
  icon: {
    meeting: 'Reunión',
    email: 'Correo electrónico',
    change: 'Registro de cambios',
    call: 'Llamada',
    lunch: 'Almuerzo',
    task: 'Tarea',
    note: 'Nota',
  },
  markDone: 'Marcar como completada',
  markUndone: 'Marcar como no completada',
  date: {
    planned: '23 de noviembre de 2026 14:00',
    yesterday: 'Ayer a las 11:20',
    change2: '17 de noviembre de 2026 09:30',
    call: '16 de noviembre de 2026 16:15',
    mailOut: '12 de noviembre de 2026 08:45',
    note: '10 de noviembre de 2026 13:05',
    change1: '11 de noviembre de 2026 10:00',
    lunch: '6 de noviembre de 2026 12:30',
    task: '5 de noviembre de 2026 09:00',
    inCall: '4 de noviembre de 2026 10:00',
    mgrCall: '3 de noviembre de 2026 15:30',
  },
  from: 'De:',
  to: 'Para:',
  stageWord: 'Etapa',
  outcome: { label: 'Resultado:', noAnswer: 'Sin respuesta', connected: 'Conectado', voicemail: 'Buzón de voz' },
  subj: {
    meeting: 'Demo con el equipo de operaciones',
    reply: 'RE: Alcance del piloto',
    call: 'Llamar a Maya',
    mail: 'Alcance del piloto',
    lunch: 'Almuerzo en el Ferry Building',
    task: 'Enviar el presupuesto',
    inCall: 'Llamada entrante de Jonas',
    mgrCall: 'Llamada de presentación de Robin',
  },
  noteText: 'Maya quiere empezar el piloto en enero.',
  lead: {
    title: 'Lead Nordhavn Logistics',
    inbox: 'Bandeja de entrada de leads',
    convert: 'Convertir en trato',
    value: '5.000 €',
    personLabel: 'Persona',
    orgLabel: 'Organización',
    email: 'Correo electrónico',
    phone: 'Teléfono',
    owner: 'Propietario',
    created: 'Lead creado',
    createdValue: '2 de noviembre de 2026',
    source: 'Fuente',
    sourceValue: 'Creado manualmente',
    listCreated: ['2 de noviembre de 2026', '9 de noviembre de 2026', '14 de noviembre de 2026'],
    listHead: ['Título', 'Persona', 'Organización', 'Valor', 'Lead creado'],
  },
};

const PT: Lang = {
  lang: 'pt-BR',
  tab: 'Negócios',
  leadTab: 'Leads',
  deal: 'Nordhavn — Piloto de cadeia fria',
  value: 'R$ 48.000,00',
  stages: ['Qualificado', 'Contato feito', 'Demonstração agendada', 'Proposta feita', 'Negociações iniciadas'],
  day: 'd',
  won: 'Ganho',
  lost: 'Perdido',
  f: {
    pipeline: 'Funil',
    pipelineValue: 'Funil de vendas',
    close: 'Data de fechamento esperada',
    closeValue: '18 de dezembro de 2026',
    owner: 'Proprietário',
    created: 'Negócio criado',
    createdValue: '30 de outubro de 2026 11:00',
    product: 'Produto',
    edit: 'Editar',
  },
  persons: 'Pessoas (2)',
  org: 'Organização',
  morePersons: 'Outras pessoas:',
  tabs: ['Anotações', 'Atividade', 'E-mail'],
  focus: 'Foco',
  history: 'Histórico',
  chips: ['Tudo', 'Atividades', 'E-mails', 'Arquivos', 'Registro de alterações'],
  icon: {
    meeting: 'Reunião',
    email: 'E-mail',
    change: 'Registro de alterações',
    call: 'Ligação',
    lunch: 'Almoço',
    task: 'Tarefa',
    note: 'Anotação',
  },
  markDone: 'Marcar como concluída',
  markUndone: 'Marcar como não concluída',
  date: {
    planned: '23 de novembro de 2026 às 14:00',
    yesterday: 'Ontem às 11:20',
    change2: '17 de novembro de 2026 às 09:30',
    call: '16 de novembro de 2026 às 16:15',
    mailOut: '12 de novembro de 2026 às 08:45',
    note: '10 de novembro de 2026 às 13:05',
    change1: '11 de novembro de 2026 às 10:00',
    lunch: '6 de novembro de 2026 às 12:30',
    task: '5 de novembro de 2026 às 09:00',
    inCall: '4 de novembro de 2026 às 10:00',
    mgrCall: '3 de novembro de 2026 às 15:30',
  },
  from: 'De:',
  to: 'Para:',
  stageWord: 'Etapa',
  outcome: { label: 'Resultado:', noAnswer: 'Sem resposta', connected: 'Conectado', voicemail: 'Caixa postal' },
  subj: {
    meeting: 'Demonstração com a equipe de operações',
    reply: 'RE: Escopo do piloto',
    call: 'Ligar para Maya',
    mail: 'Escopo do piloto',
    lunch: 'Almoço no Ferry Building',
    task: 'Enviar o orçamento',
    inCall: 'Ligação recebida de Jonas',
    mgrCall: 'Ligação de apresentação do Robin',
  },
  noteText: 'Maya quer começar o piloto em janeiro.',
  lead: {
    title: 'Lead Nordhavn Logistics',
    inbox: 'Caixa de entrada de leads',
    convert: 'Converter em negócio',
    value: 'R$ 5.000,00',
    personLabel: 'Pessoa',
    orgLabel: 'Organização',
    email: 'E-mail',
    phone: 'Telefone',
    owner: 'Proprietário',
    created: 'Lead criado',
    createdValue: '2 de novembro de 2026',
    source: 'Origem',
    sourceValue: 'Criado manualmente',
    listCreated: ['2 de novembro de 2026', '9 de novembro de 2026', '14 de novembro de 2026'],
    listHead: ['Título', 'Pessoa', 'Organização', 'Valor', 'Lead criado'],
  },
};

const NL: Lang = {
  lang: 'nl-NL',
  tab: 'Deals',
  leadTab: 'Leads',
  deal: 'Nordhavn — Koelketenpilot',
  value: '€ 48.000',
  stages: ['Gekwalificeerd', 'Contact gelegd', 'Demo gepland', 'Voorstel gedaan', 'Onderhandelingen gestart'],
  day: 'd',
  won: 'Gewonnen',
  lost: 'Verloren',
  f: {
    pipeline: 'Pipeline',
    pipelineValue: 'Verkooppipeline',
    close: 'Verwachte sluitingsdatum',
    closeValue: '18 december 2026',
    owner: 'Eigenaar',
    created: 'Deal aangemaakt',
    createdValue: '30 oktober 2026 11:00',
    product: 'Product',
    edit: 'Bewerken',
  },
  persons: 'Personen (2)',
  org: 'Organisatie',
  morePersons: 'Andere personen:',
  tabs: ['Notities', 'Activiteit', 'E-mail'],
  focus: 'Focus',
  history: 'Geschiedenis',
  chips: ['Alles', 'Activiteiten', 'E-mails', 'Bestanden', 'Wijzigingslogboek'],
  icon: {
    meeting: 'Vergadering',
    email: 'E-mail',
    change: 'Wijzigingslogboek',
    call: 'Gesprek',
    lunch: 'Lunch',
    task: 'Taak',
    note: 'Notitie',
  },
  markDone: 'Markeren als voltooid',
  markUndone: 'Markeren als niet voltooid',
  date: {
    planned: '23 november 2026 om 14:00',
    yesterday: 'Gisteren om 11:20',
    change2: '17 november 2026 om 09:30',
    call: '16 november 2026 om 16:15',
    mailOut: '12 november 2026 om 08:45',
    note: '10 november 2026 om 13:05',
    change1: '11 november 2026 om 10:00',
    lunch: '6 november 2026 om 12:30',
    task: '5 november 2026 om 09:00',
    inCall: '4 november 2026 om 10:00',
    mgrCall: '3 november 2026 om 15:30',
  },
  from: 'Van:',
  to: 'Aan:',
  stageWord: 'Fase',
  outcome: {
    label: 'Resultaat:',
    noAnswer: 'Geen antwoord',
    connected: 'Verbonden',
    voicemail: 'Voicemail ingesproken',
  },
  subj: {
    meeting: 'Demo met het operationele team',
    reply: 'RE: Omvang van de pilot',
    call: 'Maya bellen',
    mail: 'Omvang van de pilot',
    lunch: 'Lunch in het Ferry Building',
    task: 'Offerte versturen',
    inCall: 'Inkomend gesprek van Jonas',
    mgrCall: 'Kennismakingsgesprek met Robin',
  },
  noteText: 'Maya wil de pilot in januari starten.',
  lead: {
    title: 'Nordhavn Logistics lead',
    inbox: 'Leads-inbox',
    convert: 'Omzetten naar deal',
    value: '€ 5.000',
    personLabel: 'Persoon',
    orgLabel: 'Organisatie',
    email: 'E-mail',
    phone: 'Telefoon',
    owner: 'Eigenaar',
    created: 'Lead aangemaakt',
    createdValue: '2 november 2026',
    source: 'Bron',
    sourceValue: 'Handmatig aangemaakt',
    listCreated: ['2 november 2026', '9 november 2026', '14 november 2026'],
    listHead: ['Titel', 'Persoon', 'Organisatie', 'Waarde', 'Lead aangemaakt'],
  },
};

export const LANGS: Record<string, Lang> = { en: EN, de: DE, fr: FR, es: ES, pt: PT, nl: NL };

function item(icon: string, inner: string): string {
  return `<div class="FlowItem_item__t7Kq2"><span class="cui5-icon FlowItem_icon__t7Kq2" aria-label="${icon}" title="${icon}"></span><div class="FlowItem_card__t7Kq2">${inner}</div></div>`;
}
function meta(date: string, who: string, person?: [string, string]): string {
  return `<div class="FlowItem_meta__t7Kq2"><span class="FlowItem_date__t7Kq2">${date}</span> · <span>${who}</span>${person ? ` · <a href="/person/${person[0]}">${person[1]}</a>` : ''}</div>`;
}
function header(L: Lang, done: boolean | null, href: string, subject: string): string {
  const box =
    done === null
      ? ''
      : `<button type="button" role="checkbox" aria-checked="${done}" aria-label="${done ? L.markUndone : L.markDone}" class="cui5-checkbox"></button>`;
  return `<div class="FlowItem_header__t7Kq2">${box}<a class="FlowItem_subject__t7Kq2" href="${href}">${subject}</a></div>`;
}
const MAYA: [string, string] = ['2210', 'Maya Lindqvist'];
const JONAS: [string, string] = ['2231', 'Jonas Berg'];

/** The History feed (and Focus) shared by the deal and lead pages. */
export function feed(L: Lang, opts: { changes: boolean; filtered?: boolean; lead?: boolean }): string {
  const t = (s: string) => `<div class="FlowItem_text__t7Kq2">${s}</div>`;
  const mailLines = (from: string, to: string) =>
    `<div class="MailLines_root__e2Tt5"><div>${L.from} ${from}</div><div>${L.to} ${to}</div></div>`;
  const focus = item(
    L.icon.meeting,
    header(L, false, '/activities/91230', L.subj.meeting) + meta(L.date.planned, 'Casey Nguyen', MAYA),
  );
  const history = [
    opts.lead
      ? item(
          L.icon.email,
          header(L, null, '/mail/thread/88502', L.subj.reply) +
            meta(L.date.yesterday, 'Casey Nguyen', MAYA) +
            mailLines(
              'Maya Lindqvist &lt;maya.lindqvist@nordhavn.example&gt;',
              'Casey Nguyen &lt;casey@acme-sales.example&gt;',
            ) +
            t('OK.'),
        )
      : item(
          L.icon.email,
          header(L, null, '/mail/thread/88502', L.subj.reply) +
            meta(L.date.yesterday, 'Casey Nguyen', JONAS) +
            mailLines(
              'Jonas Berg &lt;jonas.berg@nordhavn.example&gt;',
              'Casey Nguyen &lt;casey@acme-sales.example&gt;',
            ) +
            t('OK.'),
        ),
    opts.changes
      ? item(L.icon.change, t(`${L.stageWord}: ${L.stages[1]} → ${L.stages[2]}`) + meta(L.date.change2, 'Casey Nguyen'))
      : '',
    item(
      L.icon.call,
      header(L, true, '/activities/91190', L.subj.call) +
        meta(L.date.call, 'Casey Nguyen', MAYA) +
        t(`${L.outcome.label} ${L.outcome.noAnswer}`),
    ),
    item(
      L.icon.email,
      header(L, null, '/mail/thread/88460', L.subj.mail) +
        meta(L.date.mailOut, 'Casey Nguyen', MAYA) +
        mailLines(
          'Casey Nguyen &lt;casey@acme-sales.example&gt;',
          'Maya Lindqvist &lt;maya.lindqvist@nordhavn.example&gt;',
        ) +
        t('…'),
    ),
    opts.changes
      ? item(L.icon.change, t(`${L.stageWord}: ${L.stages[0]} → ${L.stages[1]}`) + meta(L.date.change1, 'Casey Nguyen'))
      : '',
    item(
      L.icon.note,
      `<div class="FlowItem_text__t7Kq2" data-test="activity-note">${L.noteText}</div>` +
        meta(L.date.note, 'Casey Nguyen'),
    ),
    item(L.icon.lunch, header(L, true, '/activities/91140', L.subj.lunch) + meta(L.date.lunch, 'Casey Nguyen', MAYA)),
    item(L.icon.task, header(L, true, '/activities/91120', L.subj.task) + meta(L.date.task, 'Casey Nguyen')),
    item(
      L.icon.call,
      header(L, true, '/activities/91100', L.subj.inCall) +
        meta(L.date.inCall, 'Casey Nguyen', JONAS) +
        t(`${L.outcome.label} ${L.outcome.connected}`),
    ),
    item(
      L.icon.call,
      header(L, true, '/activities/91080', L.subj.mgrCall) +
        meta(L.date.mgrCall, 'Robin Adler', MAYA) +
        t(`${L.outcome.label} ${L.outcome.voicemail}`),
    ),
  ].join('\n');
  return `
  <div class="cui5-tabs Composer_tabs__w9Dd1" role="tablist"><button type="button" role="tab" aria-selected="true">${L.tabs[0]}</button><button type="button" role="tab" aria-selected="false">${L.tabs[1]}</button><button type="button" role="tab" aria-selected="false">${L.tabs[2]}</button></div>
  <section class="FlowSection_root__m3Bq6"><h2 class="cui5-text FlowSection_title__m3Bq6">${L.focus}</h2>${focus}</section>
  <section class="FlowSection_root__m3Bq6"><h2 class="cui5-text FlowSection_title__m3Bq6">${L.history}</h2>
    <div class="FlowFilters_root__z5Hn2" role="group"><button type="button" data-testid="filter-button-all" aria-pressed="${!opts.filtered}">${L.chips[0]}</button><button type="button" data-testid="filter-button-activities" aria-pressed="${!!opts.filtered}">${L.chips[1]}</button><button type="button" data-testid="filter-button-emails" aria-pressed="false">${L.chips[2]}</button><button type="button" data-testid="filter-button-files" aria-pressed="false">${L.chips[3]}</button><button type="button" data-testid="filter-button-changelog" aria-pressed="false">${L.chips[4]}</button></div>
    <div class="FlowList_list__n4Vc7">${history}</div>
  </section>`;
}

function row(label: string, value: string, edit?: string): string {
  return `<div class="FormField__formField--E60Qw"><span data-testid="field-name" class="FormField__label--E60Qw">${label}</span><div data-testid="fields-list-row-field-components" class="FormField__value--E60Qw">${value}</div>${edit ? `<button type="button" class="cui5-button cui5-button--icon" aria-label="${edit}"></button>` : ''}</div>`;
}

export type DealState = 'open' | 'won' | 'lost';

export function dealPage(L: Lang, state: DealState = 'open', filtered = false): string {
  const [s0, s1, s2, s3, s4] = L.stages;
  const step = (name: string, days: number | null, current: boolean) =>
    `<button type="button" class="cui5-stage-selector__stage${current ? ' cui5-stage-selector__stage--active' : days ? ' cui5-stage-selector__stage--passed' : ''}" aria-selected="${current}" aria-label="${name}">${days ? `${days} ${L.day} · ` : ''}${name}</button>`;
  const actions =
    state === 'open'
      ? `<button type="button" class="cui5-button cui5-button--positive">${L.won}</button><button type="button" class="cui5-button cui5-button--negative">${L.lost}</button>`
      : `<span class="cui5-badge cui5-badge--${state === 'won' ? 'positive' : 'negative'} DealHeader_status__q1Wm4">${state === 'won' ? L.won : L.lost}</span>`;
  return `<!DOCTYPE html>
<html lang="${L.lang}"><head><meta charset="utf-8"><title>${L.deal} - ${L.tab}</title></head>
<body>
<div id="root" class="AppShell_root__p3Xw1">
  <nav class="cui5-navigation AppNav_nav__Lq2s9"><a href="/pipeline" aria-label="${L.tab}" title="${L.tab}"></a><a href="/leads/inbox" aria-label="${L.leadTab}" title="${L.leadTab}"></a></nav>
  <main class="AppShell_content__Vb7tQ">
    <div class="DealDetails_root__s8Lk2">
      <header class="DealHeader_root__q1Wm4">
        <div data-testid="header-title" class="cui5-editable-text"><textarea class="cui5-editable-text__input" rows="1">${L.deal}</textarea></div>
        <div class="DealHeader_summary__q1Wm4"><span class="DealHeader_value__q1Wm4">${L.value}</span> · <a href="/organization/480">Nordhavn Logistics</a></div>
        <div class="DealHeader_actions__q1Wm4">${actions}</div>
        <div class="cui5-stage-selector">
          ${step(s0, 12, false)}
          ${step(s1, 6, false)}
          ${step(s2, 3, true)}
          ${step(s3, null, false)}
          ${step(s4, null, false)}
        </div>
      </header>
      <div class="DealDetails_body__s8Lk2">
        <aside class="DealDetails_sidebar__s8Lk2">
          <section class="SidebarSection_root__c6Ws2">
            <div class="FieldsList_list__r1Pz0">
              ${row(L.f.pipeline, L.f.pipelineValue)}
              ${row(L.f.close, L.f.closeValue, L.f.edit)}
              ${row(L.f.owner, 'Casey Nguyen')}
              ${row(L.f.created, L.f.createdValue)}
              ${row(L.f.product, '-', L.f.edit)}
            </div>
          </section>
          <section class="SidebarSection_root__c6Ws2">
            <button type="button" class="cui5-button SidebarSection_toggle__c6Ws2" aria-expanded="true">${L.persons}</button>
            <ul class="LinkedPersons_list__j7Ty3">
              <li><a href="/person/2210">Maya Lindqvist</a><div class="LinkedPersons_email__j7Ty3">maya.lindqvist@nordhavn.example</div></li>
              <li><a href="/person/2231">Jonas Berg</a><div class="LinkedPersons_email__j7Ty3">jonas.berg@nordhavn.example</div></li>
            </ul>
          </section>
          <section class="SidebarSection_root__c6Ws2">
            <button type="button" class="cui5-button SidebarSection_toggle__c6Ws2" aria-expanded="true">${L.org}</button>
            <div class="OrgCard_root__f3Qa8"><a href="/organization/480">Nordhavn Logistics</a><div>${L.morePersons} <a href="/person/2245">Ola Svensson</a></div></div>
          </section>
        </aside>
        <div class="DealDetails_main__s8Lk2">${feed(L, { changes: !filtered, filtered })}</div>
      </div>
    </div>
  </main>
</div>
</body></html>`;
}

export const LEAD_ID = '5f2c1e8a-3b4d-4c6e-9a1b-2d3e4f5a6b7c';
const OTHER_LEADS = ['a1b2c3d4-1111-4222-8333-444455556666', 'b2c3d4e5-2222-4333-8444-555566667777'];

/** A lead open over the Leads Inbox list (crm-pages.md: leads at /leads/inbox/{uuid}). */
export function leadPage(L: Lang, nextActivity = false): string {
  const lr = (
    id: string,
    title: string,
    person: [string, string],
    org: string,
    value: string,
    created: string,
    sel: boolean,
  ) =>
    `<div role="row" class="LeadsList_row__k2Jd8${sel ? ' LeadsList_row--selected__k2Jd8' : ''}" aria-selected="${sel}"><div role="gridcell"><a href="/leads/inbox/${id}">${title}</a></div><div role="gridcell"><a href="/person/${person[0]}">${person[1]}</a></div><div role="gridcell">${org}</div><div role="gridcell">${value}</div><div role="gridcell">${created}</div>${nextActivity ? `<div role="gridcell"><span class="cui5-icon LeadsList_activityIcon__k2Jd8" aria-label="${L.icon.call}" title="${L.icon.call}"></span><span>${L.lead.listCreated[2].replace(/14/, sel ? '18' : '17')}</span></div>` : ''}</div>`;
  return `<!DOCTYPE html>
<html lang="${L.lang}"><head><meta charset="utf-8"><title>${L.lead.title} - ${L.leadTab}</title></head>
<body>
<div id="root" class="AppShell_root__p3Xw1">
  <nav class="cui5-navigation AppNav_nav__Lq2s9"><a href="/pipeline" aria-label="${L.tab}" title="${L.tab}"></a><a href="/leads/inbox" aria-label="${L.leadTab}" title="${L.leadTab}"></a></nav>
  <main class="AppShell_content__Vb7tQ">
    <div class="LeadsInbox_root__r8Tt1">
      <div class="LeadsInbox_list__r8Tt1">
        <h1 class="cui5-text">${L.lead.inbox}</h1>
        <div role="grid" class="LeadsList_grid__k2Jd8">
          <div role="row" class="LeadsList_head__k2Jd8">${L.lead.listHead.map((h) => `<div role="columnheader">${h}</div>`).join('')}</div>
          ${lr(LEAD_ID, L.lead.title, MAYA, 'Nordhavn Logistics', L.lead.value, L.lead.listCreated[0], true)}
          ${lr(OTHER_LEADS[0] as string, 'Fjordline Freight', ['3301', 'Per Aas'], 'Fjordline AS', L.lead.value, L.lead.listCreated[1], false)}
          ${lr(OTHER_LEADS[1] as string, 'Baltic Reefer', ['3302', 'Liis Tamm'], 'Baltic Reefer OÜ', L.lead.value, L.lead.listCreated[2], false)}
        </div>
      </div>
      <div class="LeadDetails_panel__p0Qz3" role="dialog">
        <header class="LeadDetails_header__p0Qz3">
          <div data-testid="header-title" class="cui5-editable-text"><textarea class="cui5-editable-text__input" rows="1">${L.lead.title}</textarea></div>
          <button type="button" class="cui5-button cui5-button--positive">${L.lead.convert}</button>
        </header>
        <div class="LeadDetails_body__p0Qz3">
          <aside class="LeadDetails_sidebar__p0Qz3">
            <div class="FieldsList_list__r1Pz0">
              ${row(L.lead.personLabel, '<a href="/person/2210">Maya Lindqvist</a>')}
              ${row(L.lead.email, 'maya.lindqvist@nordhavn.example', L.f.edit)}
              ${row(L.lead.phone, '+46 8 123 456 78', L.f.edit)}
              ${row(L.lead.orgLabel, '<a href="/organization/480">Nordhavn Logistics</a>')}
              ${row(L.f.owner, 'Casey Nguyen')}
              ${row(L.lead.source, L.lead.sourceValue)}
              ${row(L.lead.created, L.lead.createdValue)}
            </div>
          </aside>
          <div class="LeadDetails_main__p0Qz3">${feed(L, { changes: false, lead: true })}</div>
        </div>
      </div>
    </div>
  </main>
</div>
</body></html>`;
}

/** What a redesign leaves: every class, id and data attribute removed (style, hidden, aria, role kept). */
export function stripped(html: string): string {
  return html.replace(/\s(?:class|id|data-[\w-]+)="[^"]*"/g, '');
}

export const DEAL_URL = 'https://acme.pipedrive.com/deal/3150';
export const LEAD_URL = `https://acme.pipedrive.com/leads/inbox/${LEAD_ID}`;

export { readPage };
