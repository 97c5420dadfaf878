import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../../lib/adapters/index';
import { readRecordPage, recordPageOf } from '../../../lib/adapters/record-page';
import { capturePage } from '../../../lib/capture/capture-page';
import { FIXTURE_NOW, FIXTURE_ZONE, fixtureFiles } from '../../fixtures/fixture-files';
import { captureHtml, SALESFORCE_CONTACT_URL, unreadReading } from './capture-html';
import { loadPage } from './page-window';

// README: "When Touchline cannot read a page ... click Save a test page": the page Touchline could
// not read still names its record in the tab title and the header, and the capture masks it there.
describe('the capture of a contact page Touchline could not read', () => {
  it("masks the contact's name in HubSpot's highlight title (an h3) and in document.title", async () => {
    const html = await captureHtml(
      '<div data-selenium-test="contact-highlight-details"><h3 data-selenium-test="highlightTitle">Jordan Lee</h3></div>',
      unreadReading('hubspot', 'contact'),
    );
    expect(html).not.toContain('Jordan');
    expect(html).not.toContain('Lee');
  });

  it('masks the first name alone ("Hi Jordan") and "Lee, Jordan" when the name is the h1', async () => {
    const html = await captureHtml(
      '<h1>Jordan Lee</h1><p>Lee, Jordan</p><div title="Follow up: Hi Jordan">Task</div>',
      unreadReading('hubspot', 'contact'),
    );
    expect(html).not.toContain('Jordan');
    expect(html).toContain('<div title="Follow up: Hi ');
  });

  it("masks the name in Salesforce's primaryField slot when the tab title does not give it", async () => {
    const html = await captureHtml(
      '<records-highlights2><span slot="primaryField">Jordan Lee</span></records-highlights2><p>Hi Jordan,</p>',
      unreadReading('salesforce', 'contact'),
      { url: SALESFORCE_CONTACT_URL, title: 'Salesforce' },
    );
    expect(html).not.toContain('Jordan');
    expect(html).toContain('<title>Salesforce</title>');
  });

  it('masks the name Pipedrive\'s tab title gives ("Jordan Lee - Persons - Pipedrive") on a person page', async () => {
    const html = await captureHtml('<p>Hi Jordan,</p>', unreadReading('pipedrive', 'contact'), {
      url: 'https://acme.pipedrive.com/person/901',
      title: 'Jordan Lee - Persons - Pipedrive',
    });
    expect(html).not.toContain('Jordan');
    expect(html).toMatch(/<title>\S+ \S+ - Persons - Pipedrive<\/title>/);
  });

  it('test/fixtures/salesforce/contact-loading.html: the tab title "Jordan Lee | Contact | Salesforce" names no one', async () => {
    const fixture = fixtureFiles().find((f) => f.crm === 'salesforce' && f.name === 'contact-loading');
    if (!fixture) throw new Error('fixture missing');
    const url = new URL(fixture.url);
    const page = recordPageOf(url, ADAPTERS);
    if (!page) throw new Error('not a record page');
    const { doc, close } = loadPage(fixture.html, fixture.url);
    try {
      const reading = readRecordPage(page, doc, url, { now: FIXTURE_NOW, timeZone: FIXTURE_ZONE });
      expect(reading.status).toBe('loading');
      const { html } = await capturePage(doc, { crm: 'salesforce', url: fixture.url, reading });
      expect(html).not.toContain('Jordan');
      expect(html).toMatch(/<title>\S+ \S+ \| Contact \| Salesforce<\/title>/);
    } finally {
      close();
    }
  });
});

describe('the capture of a deal page Touchline could not read', () => {
  it("masks the deal's name from the tab title as a whole, leaving its words alone elsewhere", async () => {
    const html = await captureHtml('<p>Fleet pilot</p><p>Fleet Manager</p>', unreadReading('salesforce', 'deal'), {
      url: 'https://acme.lightning.force.com/lightning/r/Opportunity/0065g00000001IfAAI/view',
      title: 'Fleet pilot | Opportunity | Salesforce',
    });
    expect(html).not.toContain('Fleet pilot');
    expect(html).toContain('<p>Fleet Manager</p>');
    expect(html).toMatch(/<title>\S+ \S+ \| Opportunity \| Salesforce<\/title>/);
  });
});
