import { Window } from 'happy-dom';
import { hubspot } from '../../../../lib/adapters/hubspot/index';
import type { ReadResult } from '../../../../lib/schema/read-result';
import { FIXTURE_NOW, FIXTURE_ZONE, fixtureFiles } from '../../../fixtures/fixture-files';

/** Reads a HubSpot page (optionally changed first, e.g. stripped of classes) at the fixtures' clock. */
export function readPage(html: string, url: string, change?: (doc: Document) => void): ReadResult {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
  try {
    window.document.write(html);
    const doc = window.document as unknown as Document;
    change?.(doc);
    return hubspot.read(doc, new URL(url), { now: FIXTURE_NOW, timeZone: FIXTURE_ZONE });
  } finally {
    window.close();
  }
}

export function readFixture(name: string, change?: (doc: Document) => void): ReadResult {
  const fixture = fixtureFiles().find((f) => f.crm === 'hubspot' && f.name === name);
  if (!fixture) throw new Error(`missing fixture hubspot/${name}`);
  return readPage(fixture.html, fixture.url, change);
}

export function htmlOf(name: string): { html: string; url: string } {
  const fixture = fixtureFiles().find((f) => f.crm === 'hubspot' && f.name === name);
  if (!fixture) throw new Error(`missing fixture hubspot/${name}`);
  return fixture;
}
