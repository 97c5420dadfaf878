import type { Crm } from '../../lib/schema/activity';
import type { DemoContact, DemoDeal, DemoWorld } from './world';

/** What the demo SPA needs from one CRM's look-alike. Render functions are pure DOM builders. */
export interface DemoCrm {
  crm: Crm;
  /** The real CRM host the demo is served as (the browser maps it to 127.0.0.1). */
  host: string;
  contactPath(world: DemoWorld, contact: DemoContact): string;
  dealPath(world: DemoWorld, deal: DemoDeal): string;
  /**
   * Renders the page at `url` into `doc`, like the CRM's single-page app: called on load and
   * after every client-side route change, first with `loading` (the CRM's placeholders), then
   * `ready`. It may keep earlier views in the DOM, hidden, as the real CRM does.
   */
  render(doc: Document, url: URL, world: DemoWorld, phase: 'loading' | 'ready'): void;
  /** Stylesheet text that makes the pages look like the CRM. */
  css: string;
  /** Pages saved as fixtures under test/fixtures/<crm>/ by `npm run fixtures`. */
  fixturePages(world: DemoWorld): { name: string; path: string }[];
}
