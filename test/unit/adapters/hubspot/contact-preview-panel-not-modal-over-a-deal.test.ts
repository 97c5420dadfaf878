import { describe, expect, it } from 'vitest';
import { NOW, readFixture } from '../../page-to-panel/chain';
import { readPage } from './read-page';

/**
 * Review console54. The rep clicked Lena Vogt in a deal's contacts card: HubSpot opens her record
 * preview as a side panel over the deal, with her own highlight title and her own recent activity.
 * No source shows that panel's markup (other-record-layer.ts); here it is a `role="dialog"` that
 * does not declare `aria-modal` (a side panel that leaves the deal behind it usable), drawn in the
 * right sidebar or in a portal at the end of the body. It names another record, so its items are
 * not the deal's. A dialog of the deal's own (its whole timeline in a panel) names no other
 * record and stays part of the deal. The deal is written as crm-pages.md and crm-evidence-2.md
 * describe it (highlight title and stage, preview timeline, contacts card); without test ids, the
 * saved deal fixture is read, whose contacts card links Lena Vogt.
 */
const DEAL_URL = 'https://app.hubspot.com/contacts/4410021/record/0-3/88120';

const event = (header: string, time: string, subject: string, icon = 'Call') =>
  `<div data-test-id="collapsible-event-accordion"><div role="button" aria-expanded="false"><div data-test-id="timeline-preview-event"><div data-test-id="generic-preview-event-header"><span role="img" aria-label="${icon}"></span><span data-test-id="header-message">${header}</span><span data-test-id="event-timestamp">${time}</span></div><div>${subject}</div></div></div></div>`;

const highlight = (name: string) =>
  `<div data-card-type="OBJECT_HIGHLIGHT"><div data-test-id="record-highlight-main-content"><h3 data-selenium-test="highlightTitle">${name}</h3></div></div>`;

/** Lena's preview: her highlight title and two calls about another deal. */
const LENA_PREVIEW = `<div role="dialog" aria-label="Contact preview">${highlight('Lena Vogt')}
<div data-test-id="crm-events-viz-timeline">
${event('Call - Connected made by Alex Morgan', 'Nov 19, 2026 at 9:00 AM', 'Call about the Contoso depot deal')}
${event('Call - No answer made by Alex Morgan', 'Nov 17, 2026 at 9:00 AM', 'Second try about Contoso')}
</div></div>`;

const dealPage = ({
  tab = 'Northwind — Fleet renewal | HubSpot',
  inSidebar = '',
  atEnd = '',
}: {
  tab?: string;
  inSidebar?: string;
  atEnd?: string;
}) => `<!DOCTYPE html><html lang="en"><head><title>${tab}</title></head><body>
<div data-test-id="left-sidebar">${highlight('Northwind — Fleet renewal')}
<div data-test-id="highlight-property-item-dealstage"><span>Deal stage</span> <span>Contract sent</span></div></div>
<div data-test-id="middle-pane"><div data-test-id="crm-events-viz-timeline">
${event('Call - Connected made by Alex Morgan', 'Nov 18, 2026 at 2:00 PM', 'Pricing call')}
${event('Email - sent by Alex Morgan', 'Nov 16, 2026 at 10:00 AM', 'Contract draft', 'Email')}
</div></div>
<div data-test-id="records-right-sidebar"><div data-test-id="card-wrapper-contacts"><div data-test-id="associated-objects-card-content-contacts"><a data-selenium-test="contact-chicklet-title-link" href="/contacts/4410021/record/0-1/501">Lena Vogt</a></div></div>
${inSidebar}</div>
${atEnd}</body></html>`;

const reading = (html: string) => {
  const r = readPage(html, DEAL_URL);
  if (r.status !== 'read' || r.kind !== 'deal') throw new Error(`not read: ${JSON.stringify(r)}`);
  return { name: r.record.name, titles: r.activities.map((a) => a.title) };
};

const DEAL_ALONE = { name: 'Northwind — Fleet renewal', titles: ['Pricing call', 'Contract draft'] };

describe("HubSpot: a contact's preview panel that is not modal, over a deal", () => {
  it('the deal alone reads its two touches', () => {
    expect(reading(dealPage({}))).toEqual(DEAL_ALONE);
  });

  it('drawn in the right sidebar, it adds none of its calls to the deal', () => {
    expect(reading(dealPage({ inSidebar: LENA_PREVIEW }))).toEqual(DEAL_ALONE);
  });

  it('drawn at the end of the body, it adds none of its calls to the deal', () => {
    expect(reading(dealPage({ atEnd: LENA_PREVIEW }))).toEqual(DEAL_ALONE);
  });

  it('with a tab title naming no record, the deal’s own highlight title tells the preview apart', () => {
    expect(reading(dealPage({ tab: 'HubSpot', inSidebar: LENA_PREVIEW }))).toEqual(DEAL_ALONE);
  });

  it('the deal’s stage is still read with the preview open', () => {
    const r = readPage(dealPage({ inSidebar: LENA_PREVIEW }), DEAL_URL);
    expect(r.status === 'read' && r.kind === 'deal' && r.record.stage).toBe('Contract sent');
  });
});

describe("HubSpot: a dialog of the deal's own stays part of the deal", () => {
  const older = event('Call - Connected made by Alex Morgan', 'Nov 2, 2026 at 11:00 AM', 'Kick-off call');
  const ownDialogs = {
    'titled by the deal': `<div role="dialog" aria-label="Activities">${highlight('Northwind — Fleet renewal')}<div data-test-id="crm-events-viz-timeline">${older}</div></div>`,
    'headed by no record': `<div role="dialog" aria-label="Activities"><h2>All activities</h2><div data-test-id="crm-events-viz-timeline">${older}</div></div>`,
  };
  it.each(Object.entries(ownDialogs))('a panel %s: its items are the deal’s', (_kind, dialog) => {
    expect(reading(dealPage({ atEnd: dialog })).titles).toEqual(['Pricing call', 'Contract draft', 'Kick-off call']);
  });
});

describe('HubSpot: the same preview over a deal without test ids (the second path)', () => {
  /** What a redesign leaves: every class, id and data attribute removed (roles, ARIA and links kept). */
  const stripped = (html: string) => html.replace(/\s(?:class|id|data-[\w-]+)="[^"]*"/g, '');
  const SIDEBAR = '<div data-test-id="records-right-sidebar" class="RightSidebar__Column-sc-2">';
  const read = (edit: (html: string) => string) => {
    const r = readFixture('hubspot', 'deal-highlight-stage', NOW, 'UTC', (html) => stripped(edit(html)));
    return r.status === 'read' ? { name: r.record.name, titles: r.activities.map((a) => a.title) } : r.status;
  };
  const alone = read((html) => html);

  it('the deal alone reads its five timeline items', () => {
    expect(alone).toMatchObject({ name: 'Northwind — Fleet telematics', titles: expect.any(Array) });
    expect(typeof alone !== 'string' && alone.titles).toHaveLength(5);
  });

  it.each([
    ['in the right sidebar', (html: string) => html.replace(SIDEBAR, `${SIDEBAR}${LENA_PREVIEW}`)],
    ['at the end of the body', (html: string) => html.replace('</body>', `${LENA_PREVIEW}</body>`)],
  ])('drawn %s, its heading (a contact the deal links) keeps its calls out of the deal', (_place, edit) => {
    expect(read(edit)).toEqual(alone);
  });
});
