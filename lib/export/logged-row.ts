import type { Activity } from '../schema/activity';
import type { Contact, Deal } from '../schema/record';

/** A touch logged in Touchline with the records it names, for one line of a CRM's import file. */
export interface LoggedRow {
  touch: Activity;
  /** The contact the touch is with; read from its page, or known only from the deal's contact list. */
  contact: Pick<Contact, 'recordId' | 'name' | 'email'> | undefined;
  deal: Deal | undefined;
  /** The touch's date and time in the user's zone, as the CRMs' importers read them. */
  date: string;
  time: string;
}

export interface CsvColumn {
  header: string;
  value(row: LoggedRow): string;
}
