/**
 * Reviewer s42: a modal dialog opened over the record (a "Log call", task or email composer) makes
 * React modal libraries mark the app behind it `aria-hidden="true"` (react-modal hides its app
 * element; the `aria-hidden` package behind Radix hides every sibling of the dialog and of its
 * ancestors). The page behind stays drawn: the record is still the record. `aria-hidden` that is no
 * modal's (a closed dialog's, a decorative avatar's) still hides.
 */
import { describe, expect, it } from 'vitest';
import type { ReadResult } from '../../../../lib/schema/read-result';
import { CONTACT_URL, contactPage, previewItem } from './contact-page';
import { readPage } from './read-page';

const record = contactPage({
  sidebar:
    '<div data-selenium-test="highlightedPropertySidebar"><div><span data-selenium-test="property-label">Email</span><div>lena.vogt@northwind.example</div></div></div>',
  feed: previewItem({
    header: 'Call - Connected made by Alex Morgan',
    date: 'Nov 18, 2026 at 10:00 AM',
    body: 'Intro',
  }),
});

const LOG_CALL = '<h2>Log call</h2><textarea></textarea><button>Save</button>';

/** react-modal: the app element hidden, the dialog's portal beside it in the body. */
const reactModal = (dialog = `<div role="dialog" aria-modal="true">${LOG_CALL}</div>`) =>
  record
    .replace('<main>', '<main aria-hidden="true">')
    .replace('</main>', `</main><div class="ReactModalPortal">${dialog}</div>`);

/** The `aria-hidden` package: each sibling of the dialog's ancestors hidden, here an app shell around the record. */
const hideOthers = record
  .replace('<main>', '<div id="app" aria-hidden="true" data-aria-hidden="true"><main>')
  .replace(
    '</main>',
    `</main></div><div data-radix-portal=""><div role="presentation"><div role="alertdialog">${LOG_CALL}</div></div></div>`,
  );

const names = (result: ReadResult) =>
  result.status === 'read' && result.kind === 'contact'
    ? [result.record.name, result.record.email, result.activities.length]
    : result.status;

describe('a HubSpot record with a modal dialog open over it', () => {
  it('is read as the record when the app behind an aria-modal dialog is aria-hidden', () => {
    expect(names(readPage(reactModal(), CONTACT_URL))).toEqual(['Lena Vogt', 'lena.vogt@northwind.example', 1]);
  });

  it('is read as the record when a wrapper around the app is hidden beside the dialog’s portal', () => {
    expect(names(readPage(hideOthers, CONTACT_URL))).toEqual(['Lena Vogt', 'lena.vogt@northwind.example', 1]);
  });

  it('the dialog is not read as part of the record', () => {
    const dialog = `<div role="dialog" aria-modal="true"><h2 data-selenium-test="highlightTitle">Mia Chen</h2><div><span data-selenium-test="property-label">Email</span><div>mia.chen@northwind.example</div></div></div>`;
    expect(names(readPage(reactModal(dialog), CONTACT_URL))).toEqual(['Lena Vogt', 'lena.vogt@northwind.example', 1]);
  });

  it('stays unreadable when the dialog beside the hidden app is closed (no modal holds it hidden)', () => {
    const closed = readPage(reactModal(`<div role="dialog" aria-modal="true" hidden>${LOG_CALL}</div>`), CONTACT_URL);
    expect(closed.status).toBe('unreadable');
  });

  it('stays unreadable when the app is aria-hidden with no dialog at all', () => {
    const hidden = readPage(record.replace('<main>', '<main aria-hidden="true">'), CONTACT_URL);
    expect(hidden.status).toBe('unreadable');
  });
});
