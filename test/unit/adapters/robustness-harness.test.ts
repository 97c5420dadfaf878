import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import type { ReadResult } from '../../../lib/schema/read-result';
import { renamePage, stripPage } from '../../robustness/page-transforms';
import { type Expected, rate, scoreReading } from '../../robustness/read-rates';

function page(html: string): Document {
  const window = new Window({ url: 'https://example.test/' });
  window.document.write(html);
  return window.document as unknown as Document;
}

const SAMPLE =
  '<div id="a" class="timeline-card slds-is-active" data-test-id="x" data-name="Proposal" aria-label="Call" title="t" style="display:none" hidden>' +
  '<time datetime="2026-11-18T10:00:00Z" class="FlowItem_date__t7Kq2" data-testid="date">Nov 18</time></div>';

describe('the page transforms', () => {
  it('stripping removes every class, id and data attribute and keeps ARIA, title, datetime, style and hidden', () => {
    const doc = page(SAMPLE);
    stripPage(doc);
    const div = doc.querySelector('div') as Element;
    expect(div.getAttributeNames().sort()).toEqual(['aria-label', 'hidden', 'style', 'title']);
    expect(doc.querySelector('time')?.getAttributeNames()).toEqual(['datetime']);
  });

  it('renaming keeps no part of any class name and removes test ids only', () => {
    const doc = page(SAMPLE);
    renamePage(doc);
    const classes = Array.from(doc.querySelectorAll('[class]')).flatMap((el) =>
      (el.getAttribute('class') ?? '').split(' '),
    );
    expect(classes).toHaveLength(3);
    for (const original of ['timeline', 'card', 'slds', 'active', 'FlowItem', 'date', 't7Kq2'])
      for (const hashed of classes) expect(hashed.toLowerCase()).not.toContain(original.toLowerCase());
    const div = doc.querySelector('div') as Element;
    expect(div.hasAttribute('data-test-id')).toBe(false);
    expect(div.getAttribute('data-name')).toBe('Proposal');
    expect(doc.querySelector('time')?.hasAttribute('data-testid')).toBe(false);
  });
});

const expected: Expected = {
  kind: 'deal',
  record: { name: 'Fleet pilot', stage: 'Proposal' },
  activities: [
    { type: 'call', direction: 'outbound', timestamp: '2026-11-18T10:00:00.000Z', title: 'Call' },
    { type: 'email', direction: 'inbound', timestamp: '2026-11-17T09:30:00.000Z', title: 'Re: pricing' },
  ],
};

function reading(activities: object[], stage = 'Proposal', notRead: object[] = []): ReadResult {
  return {
    crm: 'pipedrive',
    tenant: 'acme',
    kind: 'deal',
    recordId: '1',
    status: 'read',
    record: { name: 'Fleet pilot', stage, stageHistory: [], contacts: [] },
    activities,
    crmFigures: {},
    notRead,
  } as ReadResult;
}

describe('scoring a reading', () => {
  it('a reading equal to the expectation is right on every field', () => {
    const tally = scoreReading(expected, reading(expected.activities.map((a) => ({ ...a, automated: false }))));
    for (const field of Object.values(tally)) expect(rate(field)).toBe(1);
  });

  it('a wrong date, a wrong direction, a missing activity and a wrong stage count against', () => {
    const [call] = expected.activities;
    const tally = scoreReading(
      expected,
      reading([{ ...call, automated: false, direction: 'inbound', timestamp: '2026-11-18T11:00:00.000Z' }], 'Demo'),
    );
    expect(tally.channel).toEqual({ right: 1, counted: 2 });
    expect(tally.date).toEqual({ right: 0, counted: 2 });
    expect(tally.direction).toEqual({ right: 0, counted: 2 });
    expect(tally.stage).toEqual({ right: 0, counted: 1 });
  });

  it('an unknown direction reported as not read is left out, not counted right', () => {
    const activities = expected.activities.map((a) => ({ ...a, automated: false, direction: 'unknown' }));
    const tally = scoreReading(
      expected,
      reading(activities, 'Proposal', [{ field: 'direction', reason: 'no sender' }]),
    );
    expect(tally.direction).toEqual({ right: 0, counted: 0 });
  });
});

describe('a missing activity', () => {
  it('counts against every field even when the page reported something not read', () => {
    const tally = scoreReading(expected, reading([], 'Proposal', [{ field: 'activities', reason: 'none found' }]));
    expect(tally.channel).toEqual({ right: 0, counted: 2 });
    expect(tally.date).toEqual({ right: 0, counted: 2 });
    expect(tally.direction).toEqual({ right: 0, counted: 2 });
  });
});
