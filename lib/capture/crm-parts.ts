import type { Crm } from '../schema/activity';

/**
 * Where each CRM's pages name people and hold free text, for the page capture. Kept apart from
 * the adapters' selectors (which change as readers improve) and from the masking code, so a
 * missed spot on a real page is a one-line fix here. Sources as in each adapter's selectors.ts.
 */
export interface CrmParts {
  /** Links to people (contacts, leads, users): their text is a person's name. */
  personLinks: string;
  /** Elements whose whole text is free text (note and email bodies). */
  freeText: string;
  /** Labels of label/value pairs whose value is free text (Salesforce's expanded item details). */
  freeTextLabels: readonly string[];
}

export const CRM_PARTS: Record<Crm, CrmParts> = {
  hubspot: {
    // URL shapes from crm-pages.md (HubSpot TIMELINE.contactLink); owners link to /settings/users.
    personLinks: 'a[href*="/record/0-1/"], a[href*="/contact/"], a[href*="/settings/users"]',
    freeText: [
      '[class*="TimelineBody__Text"]', // demo and hand-written fixtures: note text, email body
      '[data-test-id="timeline-note-body"]', // guess: public CSS names the note card, not its body
      '[data-selenium-test="timeline-card-body"]', // guess
      '[data-test-id="email-body"]', // guess
    ].join(', '),
    freeTextLabels: [],
  },
  salesforce: {
    // Lightning record URLs by object name and by id prefix (003 contact, 00Q lead, 005 user).
    personLinks: [
      'a[href*="/lightning/r/Contact/"]',
      'a[href*="/lightning/r/Lead/"]',
      'a[href*="/lightning/r/User/"]',
      'a[href*="/lightning/r/003"]',
      'a[href*="/lightning/r/00Q"]',
      'a[href*="/lightning/r/005"]',
    ].join(', '),
    freeText: [
      'a[href*="/lightning/r/ContentNote/"]', // Notes related list: the link text is the note
      '.slds-rich-text-editor__output', // SLDS: rich text fields (email bodies, descriptions)
      '.emailMessageBody, .emailBody', // guess
    ].join(', '),
    // SLDS timeline item details: label/value pairs (crm-pages.md); the demo's too.
    freeTextLabels: ['Description', 'Comments', 'Body', 'Beschreibung', 'Description de la tâche', 'Descripción'],
  },
  pipedrive: {
    personLinks: 'a[href*="/person/"], a[href*="/users/"], a[href*="/user/"]', // crm-pages.md (URL shape); guess
    freeText: [
      '.note-body', // demo look-alike
      '.flow-item--note [data-testid="flow-item-body"]', // demo look-alike
      '.email-snippet', // demo look-alike
      '[class*="NoteContent"], [class*="EmailBody"]', // guess: generated component class names
    ].join(', '),
    freeTextLabels: [],
  },
};

/**
 * Particles of names ("Ana de la Cruz", "Jan van Dijk", "Ludwig von Mises"): also everyday words of
 * the page languages ("10 de marzo de 2026", "le 3 mars"), so masked only inside a whole name,
 * never alone. Lower case.
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de',
  'del',
  'della',
  'delle',
  'dei',
  'di',
  'da',
  'das',
  'do',
  'dos',
  'du',
  'des',
  'la',
  'las',
  'le',
  'les',
  'lo',
  'el',
  'al',
  'van',
  'von',
  'vom',
  'zu',
  'zum',
  'der',
  'den',
  'het',
  'op',
  'ten',
  'ter',
  'te',
  'y',
  'e',
  'af',
  'av',
]);

const WORD = String.raw`\p{Lu}[\p{L}'’-]+`;
/** Two to four capitalised words, lower-case particles between them ("Jan van Dijk", "Ana de la Cruz"). */
const NAME = String.raw`${WORD}(?:\s+(?:(?:${[...NAME_PARTICLES].join('|')})\s+)*${WORD}){1,3}`;
/** "and" in the page locales Touchline reads, joining the last two names of a list. */
const AND_WORDS = ['and', 'und', 'et', 'y', 'e', 'en', 'ed'];
const LIST_SEPARATOR = String.raw`\s*[,;]\s*|\s+(?:${AND_WORDS.join('|')})\s+`;
/** Names in a list: "Sam Patel and Maria Gomez", "Sam Patel, Maria Gomez". */
const NAMES = `(${NAME}(?:(?:${LIST_SEPARATOR})${NAME})*)`;
/** Where a list of names (a sentence's first group, a person field's value) splits into names. */
export const NAME_LIST_SEPARATOR = new RegExp(LIST_SEPARATOR, 'u');

/**
 * Sentences that name people in plain text, not in a link: Salesforce's "Casey Nguyen sent an
 * email with …" and "You had a Task with Sam Patel and 2 others", HubSpot's "Alex Morgan moved the
 * deal …", "Created by Alex Morgan". Only names of two to four capitalised words, so "Email sent"
 * or "Call logged" are never taken for people; "with" only after an activity ("had a Task with"),
 * since "Call with Contoso Freight" names a company.
 */
export const NAMING_SENTENCES: readonly RegExp[] = [
  new RegExp(
    String.raw`^\s*${NAMES}\s+(?:sent|logged|had|has|have|created|updated|changed|moved|scheduled|called|emailed|replied|completed|added|booked|made)\b`,
    'u',
  ),
  new RegExp(String.raw`\b(?:[Cc]reated|[Ll]ogged|[Uu]pdated|[Ss]ent|[Oo]wned|[Aa]ssigned)\s+by\s+${NAMES}`, 'u'),
  new RegExp(String.raw`\bsent an email to\s+${NAMES}`, 'u'),
  new RegExp(String.raw`\b(?:had|has|have|logged|scheduled|completed|sent)\s+an?\s+\p{L}+\s+with\s+${NAMES}`, 'u'),
];

/**
 * Labels of fields and table columns whose values are people (owners in record lists, "Created
 * By" in related lists), in the page locales Touchline reads. Lower case.
 */
export const PERSON_LABELS: ReadonlySet<string> = new Set([
  'owner',
  'contact owner',
  'deal owner',
  'lead owner',
  'opportunity owner',
  'record owner',
  'person owner',
  'account owner',
  'created by',
  'last modified by',
  'assigned to',
  'assigned',
  'user',
  'besitzer',
  'inhaber',
  'erstellt von',
  'propriétaire',
  'créé par',
  'propietario',
  'creado por',
  'proprietário',
  'criado por',
  'eigenaar',
  'gemaakt door',
  'proprietario',
  'creato da',
  'assegnato a',
  // Meetings' and emails' people.
  'attendees',
  'participants',
  'guests',
  'invitees',
  'cc',
  'bcc',
  'teilnehmer',
  'gäste',
  'invités',
  'cci',
  'asistentes',
  'participantes',
  'invitados',
  'cco',
  'convidados',
  'deelnemers',
  'gasten',
  'partecipanti',
  'invitati',
  'ccn',
]);

/**
 * An email's "From" and "To" in the page locales Touchline reads, lower case: everyday words too
 * ("de", "a", "van"), so they name people only written as a label, with a colon ("De: Ana Ruiz").
 */
export const ADDRESS_LABELS: ReadonlySet<string> = new Set([
  'from',
  'to',
  'von',
  'an',
  'de',
  'à',
  'a',
  'para',
  'van',
  'aan',
  'da',
]);

/**
 * Words of field labels whose values are phone numbers ("Phone", "Mobile phone number",
 * "Telefonnummer", "Numéro de téléphone"), in the page locales Touchline reads. Lower case; a label
 * counts when one of its words is one of these.
 */
export const PHONE_LABEL_WORDS: ReadonlySet<string> = new Set([
  'phone',
  'telephone',
  'mobile',
  'cell',
  'cellphone',
  'fax',
  'whatsapp',
  'telefon',
  'telefonnummer',
  'mobil',
  'mobiltelefon',
  'mobilnummer',
  'handy',
  'handynummer',
  'festnetz',
  'rufnummer',
  'téléphone',
  'portable',
  'teléfono',
  'móvil',
  'celular',
  'telefone',
  'telefoon',
  'telefoonnummer',
  'mobiel',
  'mobiele',
  'telefono',
  'cellulare',
]);

/**
 * Words that sit beside names in links and sentences but are not names: never masked, so
 * "You logged a call" and "Person created" keep what adapters read. Lower case.
 */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  'you',
  'me',
  'person',
  'contact',
  'lead',
  'user',
  'owner',
  'deal',
  'view',
  'open',
  'new',
  'the',
  'and',
  'with',
  'unassigned',
  'team',
  // Type words: "Sequence Email sent" must not make "Email" a name.
  'email',
  'call',
  'meeting',
  'note',
  'task',
  'sequence',
  'linkedin',
  'sms',
]);
