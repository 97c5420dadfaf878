import { describe, expect, it } from 'vitest';
import type { ReadResult } from '../../../../lib/schema/read-result';
import { readPage } from './read-page';

const CONTACT_URL = 'https://app.hubspot.com/contacts/2451908/record/0-1/950';
const DEAL_URL = 'https://app.hubspot.com/contacts/2451908/record/0-3/5050';

/** A page with no class, id or test id at all: what a redesign that renamed every hook leaves. */
function bare(lang: string, name: string, sidebar: string, items: [string, string, string][]): string {
  const cards = items
    .map(
      ([header, date, body]) =>
        `<div><div><span>${header}</span><span>${date}</span></div><div><span>${body}</span></div></div>`,
    )
    .join('');
  return `<!DOCTYPE html><html lang="${lang}"><head><title>${name} | HubSpot</title></head><body><main>
<div><h2>${name}</h2>${sidebar}</div><div><section><h3>Activity</h3>${cards}</section></div></main></body></html>`;
}

function read(html: string, url = CONTACT_URL): Extract<ReadResult, { status: 'read' }> {
  const result = readPage(html, url);
  if (result.status !== 'read') throw new Error(`not read: ${result.status}`);
  return result;
}

describe('dates on a HubSpot page', () => {
  it('keeps a numeric date the page leaves ambiguous as text, and says so', () => {
    const result = read(
      bare('en', 'Ana Ruiz', '', [
        ['Logged call', '03/04/2026 10:00 AM', 'Renewal'],
        ['Email', '05/06/2026 9:00 AM', 'Pricing'],
      ]),
    );
    expect(result.activities.map((a) => [a.timestamp, a.dateText])).toEqual([
      [undefined, '03/04/2026 10:00 AM'],
      [undefined, '05/06/2026 9:00 AM'],
    ]);
    expect(result.notRead.map((n) => n.field)).toEqual(
      expect.arrayContaining(['activities[0].timestamp', 'activities[1].timestamp']),
    );
  });

  it('reads numeric dates month first when the same page prints "Nov 3" with the month first', () => {
    const result = read(
      bare('en', 'Ana Ruiz', '', [
        ['Logged call', '03/04/2026 10:00 AM', 'Renewal'],
        ['Email', 'Nov 3 at 4:30 PM', 'Pricing'],
      ]),
    );
    expect(result.activities.map((a) => a.timestamp)).toEqual(['2026-03-04T10:00:00.000Z', '2026-11-03T16:30:00.000Z']);
  });

  it('honours a zone suffix and marks a time of day as minute precision, a bare day as day precision', () => {
    const result = read(
      bare('fr-FR', 'Ana Ruiz', '', [
        ['Appel - Connecté passé par Alex Morgan', '10 sept. 2026 à 11:53 GMT+2', 'Point mensuel'],
        ['E-mail envoyé par Alex Morgan', '8 sept. 2026', 'Devis'],
      ]),
    );
    expect(result.activities.map((a) => [a.type, a.timestamp, a.timePrecision])).toEqual([
      ['call', '2026-09-10T09:53:00.000Z', 'minute'],
      ['email', '2026-09-08T00:00:00.000Z', 'day'],
    ]);
  });
});

describe('an item with no date element', () => {
  it('takes the date from its header line before its body', () => {
    const card = (header: string, body: string) =>
      `<div data-selenium-test="timeline-card"><div><span>${header}</span></div><div><span data-selenium-test="timeline-editable-title">Renewal</span><p>${body}</p></div></div>`;
    const html = `<!DOCTYPE html><html lang="en-US"><head><title>Ana Ruiz | HubSpot</title></head><body>
<div data-test-id="left-sidebar"><h3>Ana Ruiz</h3></div><div data-test-id="middle-pane"><div data-test-id="crm-events-viz-timeline">
${card('Logged call · Nov 18 at 3:15 PM', 'Call back on Dec 1, 2026 at 9:00 AM')}${card('Logged call', 'Held on Nov 12, 2026')}
</div></div></body></html>`;
    expect(read(html).activities.map((a) => a.timestamp)).toEqual([
      '2026-11-18T15:15:00.000Z',
      '2026-11-12T00:00:00.000Z',
    ]);
  });
});

describe('type and direction from wording in the page language', () => {
  it('reads a call from its outcome alone and an email reply as inbound (German)', () => {
    const result = read(
      bare('de-DE', 'Ana Ruiz', '', [
        ['Besetzt · Alex Morgan', '12. Nov. 2026 um 11:00', 'Rückruf'],
        ['E-Mail-Antwort von Ana Ruiz', 'Gestern um 16:45', 'Re: Angebot'],
      ]),
    );
    expect(result.activities.map((a) => [a.type, a.direction, a.outcome, a.owner])).toEqual([
      ['call', 'outbound', 'busy', 'Alex Morgan'],
      ['email', 'inbound', undefined, undefined],
    ]);
  });
});

describe("a deal's stage and time in stage without hooks", () => {
  const items: [string, string, string][] = [
    [
      'Deal stage changed',
      'Nov 10, 2026 at 9:00 AM',
      'Alex Morgan moved the deal from Demo to Proposal (Sales Pipeline)',
    ],
    ['Logged call', 'Nov 12, 2026 at 2:00 PM', 'Proposal walkthrough'],
  ];

  it('takes the current step of an ARIA path (its title) and the path as the stage list', () => {
    const path =
      '<ol aria-label="Deal stages"><li title="Discovery">Discovery</li><li title="Demo">Demo</li><li aria-current="step" title="Proposal">Proposal</li></ol>';
    const result = read(bare('en-US', 'Fleet pilot', path, items), DEAL_URL);
    expect(result.kind === 'deal' && [result.record.stage, result.record.stages]).toEqual([
      'Proposal',
      ['Discovery', 'Demo', 'Proposal'],
    ]);
  });

  it('strips the label from "Stage: X" wording', () => {
    const result = read(bare('en-US', 'Fleet pilot', '<p>Stage: Proposal</p>', items), DEAL_URL);
    expect(result.kind === 'deal' && result.record.stage).toBe('Proposal');
  });

  it('prefers the timeline minute over a "Date entered" day, and fills stages the timeline lacks', () => {
    const dates =
      '<div><span>Date entered "Proposal (Sales Pipeline)"</span><span>11/10/2026</span></div>' +
      '<div><span>Date entered "Demo (Sales Pipeline)"</span><span>10/28/2026 11:00 AM</span></div>';
    const result = read(bare('en-US', 'Fleet pilot', dates, items), DEAL_URL);
    expect(result.kind === 'deal' && result.record.stageHistory).toEqual([
      { stage: 'Demo', enteredAt: '2026-10-28T11:00:00.000Z' },
      { stage: 'Proposal', enteredAt: '2026-11-10T09:00:00.000Z' },
    ]);
  });
});
