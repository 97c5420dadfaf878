import type { Crm } from '../schema/activity';
import type { ReadResult } from '../schema/read-result';
import type { RecordRef } from '../schema/record';
import type { ReadingSteps } from './reading-steps';

/** The page clock relative dates resolve against, and the zone absolute dates are read in. */
export interface PageClock {
  now: Date;
  timeZone: string;
}

/**
 * One CRM's knowledge of its pages. Pure: a URL, or a document and a URL, in; data out.
 * `read` never throws: a page it cannot read yields `status: 'unreadable'` naming what is missing.
 */
export interface Adapter {
  crm: Crm;
  /** True for any page on this CRM's hosts, record page or not. */
  handlesHost(url: URL): boolean;
  /** Record kind, tenant and id from the URL alone; null for anything but a contact or deal page. */
  detect(url: URL): RecordRef | null;
  read(doc: Document, url: URL, clock: PageClock): ReadResult;
  /** The same reading as `read`, in steps the content script runs in slices (reading-steps.ts). */
  readSteps(doc: Document, url: URL, clock: PageClock): ReadingSteps<ReadResult>;
  /** The element whose mutations mean the visible record changed or its timeline grew. */
  observeRoot(doc: Document): Element | null;
  /** Set when the reader walks open shadow roots (Salesforce Lightning): their mutations count too. */
  readsShadowRoots?: true;
}
