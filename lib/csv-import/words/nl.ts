import type { Crm } from '../../schema/activity';
import type { ExportWords } from './schema';

/**
 * Dutch export wording of the three CRMs. Cited: HubSpot's Dutch names of the activity kinds
 * ("gesprekken, e-mails, vergaderingen, notities en taken", deals as "deals",
 * https://knowledge.hubspot.com/nl/import-and-export/set-up-your-import-file). Assumed: every
 * column label (no Dutch export or translated field list was found), all of Salesforce's and
 * Pipedrive's wording and the other value words; an assumed label maps a column only when it
 * matches exactly.
 */
export const NL_EXPORT_WORDS: Record<Crm, ExportWords> = {
  hubspot: {
    headers: {
      sourceId: ['Record-ID', 'Activiteit-ID'],
      date: ['Activiteitsdatum', 'Begintijd vergadering', 'Vervaldatum'],
      owner: ['Activiteit toegewezen aan', 'Toegewezen aan', 'Eigenaar activiteit', 'Eigenaar'],
      type: ['Activiteitstype', 'Type'],
      subject: [
        'Titel gesprek',
        'Gesprekstitel',
        'Onderwerp e-mail',
        'Naam vergadering',
        'Taaktitel',
        'Onderwerp',
        'Titel',
      ],
      direction: ['Gespreksrichting', 'Richting e-mail', 'E-mailrichting', 'Richting'],
      outcome: ['Gespreksresultaat', 'Resultaat vergadering', 'Resultaat'],
      status: ['Taakstatus', 'Status'],
      contactName: ['Gekoppelde contactpersoon', 'Gekoppelde contactpersonen', 'Contactpersoon'],
      contactId: ["Gekoppelde contactpersoon-ID's", 'Gekoppelde contactpersoon-ID', 'Contactpersoon-ID'],
      contactEmail: ['E-mail gekoppelde contactpersoon', 'E-mail contactpersoon', 'E-mail'],
      dealName: ['Gekoppelde deal', 'Gekoppelde deals', 'Deal'],
      dealId: ["Gekoppelde deal-ID's", 'Gekoppelde deal-ID', 'Deal-ID'],
    },
    typedHeaders: {
      'Titel gesprek': 'call',
      Gesprekstitel: 'call',
      Gespreksrichting: 'call',
      Gespreksresultaat: 'call',
      'Onderwerp e-mail': 'email',
      'Richting e-mail': 'email',
      'E-mailrichting': 'email',
      'Naam vergadering': 'meeting',
      'Resultaat vergadering': 'meeting',
      'Begintijd vergadering': 'meeting',
      Taaktitel: 'task',
      Taakstatus: 'task',
    },
    types: {
      call: ['Gesprek', 'Gesprekken', 'Oproep', 'Oproepen'],
      email: ['E-mail', 'E-mails', 'Inkomende e-mail', 'Doorgestuurde e-mail'],
      meeting: ['Vergadering', 'Vergaderingen'],
      social: ['LinkedIn-bericht', 'LinkedIn'],
      sms: ['Sms', 'WhatsApp-bericht', 'WhatsApp'],
      note: ['Notitie', 'Notities'],
      task: ['Taak', 'Taken'],
    },
    directions: {
      inbound: ['Inkomend', 'Inkomende e-mail', 'Ontvangen'],
      outbound: ['Uitgaand', 'E-mail', 'Verzonden', 'Doorgestuurde e-mail'],
    },
    outcomes: {
      connected: ['Verbonden'],
      'no-answer': ['Geen antwoord', 'Verkeerd nummer'],
      voicemail: ['Voicemail achtergelaten', 'Live bericht achtergelaten'],
      busy: ['Bezet'],
      held: ['Voltooid'],
      'no-show': ['Niet verschenen'],
      rescheduled: ['Verplaatst', 'Opnieuw gepland'],
      cancelled: ['Geannuleerd'],
    },
    status: {
      done: ['Voltooid', 'Gereed'],
      planned: ['Niet gestart', 'Bezig', 'Wachten', 'Uitgesteld', 'Gepland'],
    },
  },
  salesforce: {
    headers: {
      sourceId: ['Activiteit-ID', 'Taak-ID', 'Gebeurtenis-ID'],
      date: ['Datum', 'Vervaldatum', 'Begin', 'Begindatum/-tijd', 'Voltooiingsdatum/-tijd', 'Activiteitsdatum'],
      time: ['Tijd', 'Begintijd'],
      owner: ['Toegewezen', 'Toegewezen aan', 'Toegewezen aan: Volledige naam', 'Eigenaar'],
      type: ['Type', 'Activiteitstype', 'Taak/Gebeurtenis'],
      subtype: ['Subtype taak', 'Subtype gebeurtenis'],
      subject: ['Onderwerp'],
      direction: ['Gesprekstype'],
      outcome: ['Gespreksresultaat'],
      status: ['Status'],
      contactName: ['Contactpersoon', 'Naam', 'Contactpersoon: Volledige naam', 'Lead'],
      contactId: ['Contactpersoon-ID', 'Naam-ID'],
      leadId: ['Lead-ID'],
      contactEmail: ['E-mail', 'Contactpersoon: E-mail'],
      dealName: ['Verkoopkans', 'Naam verkoopkans', 'Gerelateerd aan'],
      dealId: ['Verkoopkans-ID', 'Gerelateerd aan-ID'],
    },
    typedHeaders: {},
    types: {
      call: ['Gesprek', 'Oproep', 'Gesprek registreren'],
      email: ['E-mail', 'Lijst-e-mail'],
      meeting: ['Vergadering', 'Gebeurtenis'],
      task: ['Taak', 'Overig', 'Te doen', 'Brief verzenden'],
    },
    automatedTypes: ['Lijst-e-mail'],
    directions: { inbound: ['Inkomend'], outbound: ['Uitgaand'] },
    outcomes: {
      connected: ['Verbonden', 'Bereikt'],
      'no-answer': ['Geen antwoord', 'Niet bereikt'],
      voicemail: ['Voicemail achtergelaten', 'Voicemail'],
      busy: ['Bezet'],
    },
    status: {
      done: ['Voltooid', 'Gesloten'],
      planned: ['Niet gestart', 'Bezig', 'Wacht op iemand anders', 'Uitgesteld', 'Open'],
    },
  },
  pipedrive: {
    headers: {
      sourceId: ['ID', 'Activiteit-ID', 'Activiteit - ID'],
      date: ['Vervaldatum', 'Als voltooid gemarkeerd op', 'Datum', 'Activiteit - Vervaldatum'],
      time: ['Vervaltijd', 'Tijd', 'Activiteit - Vervaltijd'],
      owner: ['Toegewezen aan gebruiker', 'Toegewezen aan', 'Eigenaar', 'Activiteit - Toegewezen aan gebruiker'],
      type: ['Type', 'Activiteitstype', 'Activiteit - Type'],
      subject: ['Onderwerp', 'Activiteit - Onderwerp'],
      status: ['Gereed', 'Status', 'Activiteit - Gereed'],
      contactName: [
        'Contactpersoon',
        'Persoon',
        'Deelnemers',
        'Activiteit - Persoon',
        'Activiteit - Contactpersoon',
        'Persoon - Naam',
      ],
      contactId: ['Contactpersoon-ID', 'Persoon-ID', 'Persoon - ID'],
      contactEmail: ['E-mail contactpersoon', 'E-mail', 'Persoon - E-mail'],
      dealName: ['Deal', 'Dealtitel', 'Activiteit - Deal', 'Deal - Titel'],
      dealId: ['Deal-ID', 'Deal - ID'],
    },
    typedHeaders: {},
    types: {
      call: ['Gesprek', 'Bellen', 'Oproep'],
      email: ['E-mail'],
      meeting: ['Vergadering', 'Afspraak', 'Lunch'],
      task: ['Taak', 'Deadline'],
    },
    directions: { inbound: [], outbound: [] },
    outcomes: {},
    status: {
      done: ['Gereed', 'Voltooid', 'Ja', 'Waar'],
      planned: ['Te doen', 'Niet voltooid', 'Open', 'Nee', 'Onwaar'],
    },
  },
};
