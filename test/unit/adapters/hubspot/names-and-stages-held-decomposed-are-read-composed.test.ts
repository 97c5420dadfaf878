import { describe, expect, it } from 'vitest';
import { stripPage } from '../../../robustness/page-transforms';
import { hsDeal, readHs } from './built-deal-page';
import { CONTACT_URL, contactPage, previewItem } from './contact-page';
import { dealPage, readDeal } from './deal-page';
import { readPage } from './read-page';

/**
 * A portal may hold a name, an owner or a stage decomposed ("Jose\u0301", imported from a Mac file)
 * while the page draws other copies of it composed. The page's text is read composed (dom.ts
 * pageText); what the page puts in its tab title, its attributes and its form controls is read the
 * same way, or the two copies never meet: the record the tab names is not found, the owner is
 * another rep than the export's, the current stage is not the one its history names.
 */
const NFD = (text: string) => text.normalize('NFD');
const call = previewItem({ header: 'Logged call with José Núñez', date: 'Nov 18, 2026 at 9:00 AM', body: 'Pricing' });

function readContact(html: string, change: (doc: Document) => void) {
  const result = readPage(html, CONTACT_URL, change);
  if (result.status !== 'read') throw new Error(`not read: ${result.status}`);
  return result;
}

describe('HubSpot: a record found by the name its tab title gives', () => {
  it('is read when the tab title holds the name decomposed and the header composed', () => {
    const result = readContact(contactPage({ name: 'José Núñez', feed: call }), (doc) => {
      stripPage(doc);
      doc.title = `${NFD('José Núñez')} | HubSpot`;
    });
    expect(result.record.name).toBe('José Núñez');
  });

  it('is read when the page shows the name decomposed, outside any heading', () => {
    const result = readContact(contactPage({ name: 'José Núñez', feed: call }), (doc) => {
      stripPage(doc);
      const heading = doc.querySelector('h2');
      const plain = doc.createElement('div');
      plain.textContent = NFD('José Núñez');
      heading?.replaceWith(plain);
    });
    expect(result.record.name).toBe('José Núñez');
  });
});

describe('HubSpot: an owner held decomposed', () => {
  const ownerRow = (value: string) =>
    `<div data-selenium-test="highlightedPropertySidebar"><div><span data-selenium-test="property-label">Contact owner</span><div>${value}</div></div></div>`;

  it('shown as text, is the composed name', () => {
    const result = readContact(contactPage({ sidebar: ownerRow(NFD('Zoë Park')) }), () => {});
    expect(result.record.owner).toBe('Zoë Park');
  });

  it('in an editable field, is the composed name', () => {
    const field = `<input type="text" value="${NFD('Zoë Park')}">`;
    const result = readContact(contactPage({ sidebar: ownerRow(field) }), () => {});
    expect(result.record.owner).toBe('Zoë Park');
  });
});

describe('HubSpot: a deal whose pipeline path names its stages decomposed', () => {
  const step = (name: string, current = false) =>
    `<li data-stage="${NFD(name)}"${current ? ' aria-current="step"' : ''}>${name}</li>`;
  const html = dealPage({
    sidebar: `<ul data-test-id="deal-stage-path">${step('Qualifié')}${step('Négociation', true)}${step('Gagné')}</ul>`,
    items: [
      {
        header: 'Deal stage changed',
        date: 'Nov 18, 2026 at 2:05 PM',
        body: 'Alex Morgan moved the deal from Qualifié to Négociation',
      },
    ],
  });

  it('reads the current stage composed, the stage its history entered', () => {
    const { record } = readDeal(html);
    expect(record.stage).toBe('Négociation');
    expect(record.stageHistory.filter((e) => e.stage === record.stage)).toHaveLength(1);
  });
});

describe('HubSpot: a deal contact named only by its link’s label, held decomposed', () => {
  it('is the composed name', () => {
    const right = `<div data-test-id="card-wrapper-contacts"><h2>Contacts (1)</h2><div data-test-id="associated-objects-card-content-0-1"><a href="/contacts/11/record/0-1/502" aria-label="${NFD('Zoë Park')}"><span aria-hidden="true">ZP</span></a></div></div>`;
    expect(readHs(hsDeal({ lang: 'en', right })).record.contacts).toEqual([{ id: '502', name: 'Zoë Park' }]);
  });
});
