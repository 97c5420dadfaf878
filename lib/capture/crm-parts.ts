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

const NAME = String.raw`(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})`;

/**
 * Sentences that name a person in plain text, not in a link: Salesforce's "Casey Nguyen sent an
 * email with …", HubSpot's "Alex Morgan moved the deal …", "Created by Alex Morgan". Only names of
 * two to four capitalised words, so "Email sent" or "Call logged" are never taken for people.
 */
export const NAMING_SENTENCES: readonly RegExp[] = [
  new RegExp(
    String.raw`^\s*${NAME}\s+(?:sent|logged|had|has|have|created|updated|changed|moved|scheduled|called|emailed|replied|completed|added|booked|made)\b`,
    'u',
  ),
  new RegExp(String.raw`\b(?:[Cc]reated|[Ll]ogged|[Uu]pdated|[Ss]ent|[Oo]wned|[Aa]ssigned)\s+by\s+${NAME}`, 'u'),
  new RegExp(String.raw`\bsent an email to\s+${NAME}`, 'u'),
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
