// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageReaderOf } from '../../../lib/adapters/page-reader';
import { salesforce } from '../../../lib/adapters/salesforce/index';
import { createPanelStore } from '../../../lib/content/panel-store';
import { createRecordSession } from '../../../lib/content/record-session';
import { setUrl } from './jordan-page';

vi.mock('../../../lib/content/messages', () => ({
  ask: vi.fn(async () => ({ ok: false, error: { kind: 'storage', message: 'x' } })),
}));

const CONTACT = 'https://acme.lightning.force.com/lightning/r/Contact/003000000000001AAA/view';
// A Lightning address whose hash holds a bare "%" (an Aloha redirect to a Visualforce page with "5%" in its query).
const ALOHA = 'https://acme.lightning.force.com/one/one.app#/alohaRedirect/apex/Discount?pct=5%';

const lifetime = new AbortController();
afterEach(() => lifetime.abort());

describe('Salesforce: leaving a contact for a page that is no record (README: supported pages)', () => {
  it('hides the panel, and the route change does not throw, when the new address holds a bare "%"', () => {
    setUrl(CONTACT);
    const store = createPanelStore({ state: { status: 'not-record' }, collapsed: false, undo: null, notice: null });
    const session = createRecordSession(pageReaderOf(salesforce), store, lifetime.signal);
    session.onRoute(new URL(CONTACT), false);
    expect(store.get().state.status).toBe('reading');
    setUrl(ALOHA);
    expect(() => session.onRoute(new URL(ALOHA), true)).not.toThrow();
    expect(store.get().state.status).toBe('not-record');
  });
});
