import { describe, expect, it } from 'vitest';
import { capturePage } from '../../../lib/capture/capture-page';
import type { ReadResult } from '../../../lib/schema/read-result';
import { loadPage } from './page-window';

const URL_ = 'https://app.hubspot.com/contacts/123/record/0-1/901';

const reading: ReadResult = {
  status: 'read',
  crm: 'hubspot',
  tenant: '123',
  kind: 'contact',
  recordId: '901',
  record: { name: 'Jordan Lee', email: 'jordan.lee@contoso.example', phone: '+1 415 555 1037', owner: 'Alex Morgan' },
  activities: [],
  crmFigures: {},
  notRead: [],
};

const PAGE = `<!DOCTYPE html><html lang="en-GB"><head><title>Jordan Lee | HubSpot</title>
<link rel="stylesheet" href="https://static.hsappstatic.net/app.css">
<style>.card { color: red }</style>
<script>window.secret = 1</script>
<meta http-equiv="refresh" content="0; url=https://evil.example">
</head><body>
<h1 title="Jordan Lee" style="font-weight: bold">Jordan Lee</h1>
<a href="mailto:jordan.lee@contoso.example" aria-label="Email Jordan Lee">jordan.lee@contoso.example</a>
<a href="tel:+14155551037">+1 415 555 1037</a>
<a href="javascript:alert(1)" onclick="steal()">Open</a>
<img src="https://avatars.example/jordan.png" alt="Jordan Lee's photo">
<iframe src="https://app.hubspot.com/embed" srcdoc="<p>Jordan</p>"></iframe>
<div hidden data-test-id="clone"><span>Call with Jordan Lee</span></div>
<p class="summary">Alex Morgan logged a call with <a href="/contacts/123/record/0-1/902">Priya Raman</a> on Nov 20, 2026 at 3:00 PM</p>
<p>Lee, Jordan — owner Alex Morgan</p>
<div class="TimelineBody__Text-sc-1">Hi Jordan, the pilot starts on Monday 3 March. Call me on 020 7946 0018.</div>
<input value="Jordan Lee" data-field="name">
<time datetime="2026-11-20T15:00:00Z">20 Nov 2026</time>
<div id="host"></div>
<table><thead><tr><th>Name</th><th>Owner</th></tr></thead>
<tbody><tr><td><a href="/contacts/123/record/0-1/903">Nora Haas</a></td><td>Casey Nguyen</td></tr></tbody></table>
<dl><dt>Created By</dt><dd>You, Nov 3, 2026 2:15 PM</dd></dl>
</body></html>`;

async function capture(prepare?: (doc: Document) => void) {
  const { doc, close } = loadPage(PAGE, URL_);
  try {
    prepare?.(doc);
    return await capturePage(doc, { crm: 'hubspot', url: URL_, reading });
  } finally {
    close();
  }
}

describe('a captured page', () => {
  it('starts with the "saved from" line and keeps the doctype and <html lang>', async () => {
    const { html } = await capture();
    expect(html.startsWith(`<!-- saved from url=(0051)${URL_} -->\n<!DOCTYPE html>\n<html lang="en-GB">`)).toBe(true);
  });

  it('has no scripts, event handlers, javascript: URLs, external styles, refreshes or frame contents', async () => {
    const { html } = await capture();
    expect(html).not.toContain('<script');
    expect(html).not.toContain('window.secret');
    expect(html).not.toMatch(/\son\w+=/);
    expect(html).not.toContain('javascript:');
    expect(html).not.toContain('<link');
    expect(html).not.toContain('hsappstatic');
    expect(html).not.toContain('http-equiv');
    expect(html).not.toContain('srcdoc');
    expect(html).not.toContain('avatars.example');
    expect(html).toContain('<iframe></iframe>');
  });

  it('keeps inline styles, style elements, hidden clones, classes, ids, data attributes and dates', async () => {
    const { html } = await capture();
    expect(html).toContain('style="font-weight: bold"');
    expect(html).toContain('<style>.card { color: red }</style>');
    expect(html).toContain('<div hidden="" data-test-id="clone">');
    expect(html).toContain('class="summary"');
    expect(html).toContain('<div id="host"');
    expect(html).toContain('<time datetime="2026-11-20T15:00:00Z">20 Nov 2026</time>');
    expect(html).toContain('on Nov 20, 2026 at 3:00 PM');
    expect(html).toContain('data-field="name"');
    expect(html).toContain('<dd>You, Nov 3, 2026 2:15 PM</dd>');
  });

  it('masks names, emails and phones in text and in title, aria-label, alt, value, href and the document title', async () => {
    const { html } = await capture();
    for (const personal of ['Jordan', 'Lee', 'Alex', 'Morgan', 'Priya', 'Raman', 'Nora', 'Haas', 'Casey', 'Nguyen']) {
      expect(html).not.toContain(personal);
    }
    for (const personal of ['contoso', '415', '1037', '7946']) {
      expect(html).not.toContain(personal);
    }
    expect(html).toMatch(/<title>\S+ \S+ \| HubSpot<\/title>/);
    expect(html).toMatch(/<a href="mailto:[^"]+@[^"]+\.example" aria-label="Email \S+ \S+">/);
    expect(html).toMatch(/<a href="tel:\+\d{11}">\+\d \d{3} \d{3} \d{4}<\/a>/);
  });

  it('gives each person one placeholder everywhere, shaped like the name', async () => {
    const { html } = await capture();
    const heading = html.match(/<h1 title="([^"]+)"[^>]*>([^<]+)<\/h1>/);
    const name = heading?.[2] ?? '';
    expect(heading?.[1]).toBe(name);
    expect(name).toMatch(/^\p{Lu}\p{Ll}{5} \p{Lu}\p{Ll}{2}$/u);
    expect(html).toContain(`<input value="${name}"`);
    const [first, last] = name.split(' ');
    expect(html).toContain(`${last}, ${first} — owner`);
    expect(html).toContain(`alt="${name}'s photo"`);
    // Two people, two placeholders.
    const summary = html.match(/<p class="summary">(\S+ \S+) logged a call with <a [^>]+>(\S+ \S+)<\/a>/);
    expect(summary?.[1]).not.toBe(summary?.[2]);
    expect(summary?.[1]).not.toBe(name);
  });

  it('replaces the words of a note or email body, keeping dates and the shape of the text', async () => {
    const { html } = await capture();
    const body = html.match(/<div class="TimelineBody__Text-sc-1">([^<]*)<\/div>/)?.[1];
    expect(body).toMatch(/^Xx \S+, xxx xxxxx xxxxxx xx Monday 3 March\. Xxxx xx xx [\d ]+\.$/);
    expect(body).not.toContain('020 7946 0018');
  });

  it('writes open shadow roots into the file, masked, with slotted content in place', async () => {
    const { html } = await capture((doc) => {
      const host = doc.getElementById('host') as HTMLElement;
      const slotted = doc.createElement('span');
      slotted.slot = 'name';
      slotted.textContent = 'Jordan Lee';
      host.append(slotted);
      const section = doc.createElement('section');
      section.className = 'inner';
      const slot = doc.createElement('slot');
      slot.name = 'name';
      section.append('Owner: Alex Morgan ', slot, ' jordan.lee@contoso.example');
      host.attachShadow({ mode: 'open' }).append(section);
    });
    const host = html.match(/<div id="host" data-touchline-shadow="flattened">(.*?)<\/div>/)?.[1] ?? '';
    expect(host).toMatch(
      /^<section class="inner">Owner: \S+ \S+ <span slot="name">\S+ \S+<\/span> \S+@\S+<\/section>$/,
    );
    expect(host).not.toMatch(/Alex|Jordan|contoso/);
  });

  it("leaves out the elements it is told to (Touchline's own panel)", async () => {
    const { doc, close } = loadPage(PAGE, URL_);
    const panel = doc.createElement('touchline-panel');
    panel.textContent = 'Jordan Lee: 12 touches';
    doc.body.append(panel);
    const { html } = await capturePage(doc, { crm: 'hubspot', url: URL_, reading, leaveOut: [panel] });
    close();
    expect(html).not.toContain('touchline-panel');
    expect(html).not.toContain('12 touches');
  });

  it('says what it masked', async () => {
    const { counts } = await capture();
    expect(counts.emails).toBe(1);
    expect(counts.phones).toBe(2);
    expect(counts.freeText).toBe(1);
    expect(counts.names).toBeGreaterThanOrEqual(6);
  });
});
