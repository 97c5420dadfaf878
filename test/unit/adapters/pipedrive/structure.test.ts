import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { pipedrive } from '../../../../lib/adapters/pipedrive/index';
import type { ReadResult } from '../../../../lib/schema/read-result';

const clock = { now: new Date('2026-11-20T15:00:00Z'), timeZone: 'UTC' };

/** Reads a page with no class, id or data attribute at all, as a redesign could leave it. */
function read(path: string, body: string, { lang = 'en-US', title = '' } = {}): ReadResult {
  const url = `https://acme.pipedrive.com${path}`;
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true } });
  const langAttribute = lang ? ` lang="${lang}"` : '';
  window.document.write(
    `<!DOCTYPE html><html${langAttribute}><head><title>${title}</title></head><body>${body}</body></html>`,
  );
  try {
    return pipedrive.read(window.document as unknown as Document, new URL(url), clock);
  } finally {
    window.close();
  }
}

function readOk(path: string, body: string, options?: { lang?: string; title?: string }) {
  const result = read(path, body, options);
  if (result.status !== 'read') throw new Error(`not read: ${JSON.stringify(result)}`);
  return result;
}

const item = (icon: string, header: string, meta: string, extra = '') =>
  `<div><span aria-label="${icon}"></span><div><div>${header}</div><div>${meta}</div>${extra}</div></div>`;
const done = (checked: boolean) => `<button role="checkbox" aria-checked="${checked}"></button>`;

const person = (feed: string) => `
  <main><header><h1>Maya Lindqvist</h1></header>
  <aside><div><span>Email</span><div><a href="mailto:maya@nordhavn.example">maya@nordhavn.example</a></div></div></aside>
  <section>${feed}</section></main>`;

describe('Pipedrive items found by structure alone', () => {
  it('reads each item’s type from its icon label, date from its own text and done state from its checkbox', () => {
    const result = readOk(
      '/person/2210',
      person(`<h2>History</h2>
        ${item('Call', `${done(true)}<a href="/activities/1">Call with Maya</a>`, '<span>November 17, 2026 at 3:10 PM</span> · <span>Casey Nguyen</span>')}
        ${item('Meeting', `${done(false)}<a href="/activities/2">Demo</a>`, '<span>November 24, 2026 at 10:00 AM</span> · <span>Casey Nguyen</span>')}
        ${item('Task', `${done(true)}<a href="/activities/3">Send rate card</a>`, '<span>Nov 3, 2026</span>')}`),
    );
    expect(result.activities).toMatchObject([
      {
        type: 'call',
        direction: 'outbound',
        timestamp: '2026-11-17T15:10:00.000Z',
        timePrecision: 'minute',
        title: 'Call with Maya',
        owner: 'Casey Nguyen',
        sourceId: 'activity:1',
      },
      { type: 'meeting', planned: true, timestamp: '2026-11-24T10:00:00.000Z' },
      { type: 'task', timestamp: '2026-11-03T00:00:00.000Z', timePrecision: 'day' },
    ]);
    expect(result.activities[0]).not.toHaveProperty('planned');
  });

  it('tells received mail from sent mail by the From line against the person’s address and the mail’s owner, not by words in the body', () => {
    const mail = (from: string, to: string, id: number) =>
      item(
        'Email',
        `<a href="/mail/thread/${id}">Re: volumes</a>`,
        '<span>Yesterday at 4:40 PM</span> · <span>Casey Nguyen</span>',
        `<div>From: ${from}</div><div>To: ${to}</div><div>I sent the figures.</div>`,
      );
    const result = readOk(
      '/person/2210',
      person(
        `${mail('Maya &lt;maya@nordhavn.example&gt;', 'Casey Nguyen &lt;casey@acme.example&gt;', 1)}${mail('Casey Nguyen &lt;casey@acme.example&gt;', 'Maya &lt;maya@nordhavn.example&gt;', 2)}`,
      ),
    );
    expect(result.activities.map((a) => [a.type, a.direction])).toEqual([
      ['email', 'inbound'],
      ['email', 'outbound'],
    ]);
  });

  it('takes an item’s date from its header line before a date its body mentions', () => {
    const result = readOk(
      '/person/2210',
      person(
        `${item('Note', 'Prefers email', '<span>November 10, 2026 at 2:30 PM</span>', '<div>Follow up · November 2, 2026</div>')}${item('Call', `${done(true)}<a href="/activities/9">Call</a>`, '<span>November 9, 2026 at 9:00 AM</span>')}`,
      ),
    );
    expect(result.activities.map((a) => a.timestamp)).toEqual(['2026-11-10T14:30:00.000Z', '2026-11-09T09:00:00.000Z']);
  });

  it('marks planned what sits under a Focus heading and done what is struck through', () => {
    const result = readOk(
      '/person/2210',
      person(`<section><h2>Focus</h2>${item('Call', '<a href="/activities/5">Call back</a>', '<span>November 24, 2026 at 10:00 AM</span>')}</section>
        <section><h2>History</h2>${item('Task', '<a href="/activities/6" style="text-decoration: line-through">Send deck</a>', '<span>November 2, 2026</span>')}${item('Call', '<a href="/activities/7">Call</a>', '<span>November 1, 2026</span>')}</section>`),
    );
    expect(result.activities.map((a) => [a.sourceId, a.planned ?? false])).toEqual([
      ['activity:5', true],
      ['activity:6', false],
      ['activity:7', false],
    ]);
  });

  it('reads an item the page renders twice (a clipped accessibility copy, a pinned copy) once', () => {
    const note = item('Note', 'Decision in January.', '<span>November 10, 2026 at 2:30 PM</span>');
    const call = item(
      'Call',
      `${done(true)}<a href="/activities/8">Call</a>`,
      '<span>November 9, 2026 at 9:00 AM</span>',
    );
    const clipped = `<div style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)">${call}</div>`;
    const result = readOk(
      '/person/2210',
      person(`<section><h2>Pinned</h2>${note}</section><section><h2>History</h2>${call}${clipped}${note}</section>`),
    );
    expect(result.activities.map((a) => a.type)).toEqual(['note', 'call']);
  });

  it('keeps a numeric date the page does not settle as text and says so', () => {
    const result = read(
      '/person/2210',
      person(
        `${item('Call', `${done(true)}<a href="/activities/1">Call</a>`, '<span>03/04/2026</span>')}${item('Call', `${done(true)}<a href="/activities/2">Call</a>`, '<span>04/03/2026</span>')}`,
      ),
      { lang: '' },
    );
    if (result.status !== 'read') throw new Error(result.status);
    expect(result.activities.map((a) => [a.timestamp, a.dateText])).toEqual([
      [undefined, '03/04/2026'],
      [undefined, '04/03/2026'],
    ]);
    expect(result.notRead.map((n) => n.field)).toContain('activities.timestamp');
  });
});

describe('Pipedrive record fields found by structure alone', () => {
  it('names the record from the tab title when the page shows no heading', () => {
    const result = readOk('/deal/3150', '<main><textarea>ignored</textarea></main>', {
      title: 'Nordhavn pilot - Deals',
    });
    expect(result.record.name).toBe('Nordhavn pilot');
  });

  it('reads nothing when two records are shown and the tab title names neither', () => {
    const view = (name: string) => `<div><header><h1>${name}</h1></header></div>`;
    const result = read('/person/2210', `${view('Tom Berg')}${view('Maya Lindqvist')}`, { title: 'Pipedrive' });
    expect(result.status).toBe('unreadable');
    expect(JSON.stringify(result)).not.toContain('Tom Berg');
  });

  const deal = (bar: string, feed = '') => `<main><header><h1>Pilot</h1>
    <div aria-label="Pipeline">${bar}</div></header>
    <aside><section><button aria-expanded="true">Persons (1)</button><ul><li><a href="/person/2210"><span style="position:absolute;clip:rect(0 0 0 0)">Person </span>Maya Lindqvist</a></li></ul></section>
    <section><button aria-expanded="true">Organization</button><a href="/person/2245">Ola Svensson</a></section></aside>
    <section>${feed}</section></main>`;
  const step = (name: string, days: string, selected: boolean) =>
    `<button aria-selected="${selected}" aria-label="${name}">${days}${name}</button>`;

  it('finds the current stage from aria-selected and dates entry into it from the day count the bar shows', () => {
    const result = readOk(
      '/deal/3150',
      deal(
        `${step('Qualified', '12 d · ', false)}${step('Demo Scheduled', '3 d · ', true)}${step('Proposal Made', '', false)}`,
      ),
    );
    if (result.kind !== 'deal') throw new Error(result.kind);
    expect(result.record.stage).toBe('Demo Scheduled');
    expect(result.record.stages).toEqual(['Qualified', 'Demo Scheduled', 'Proposal Made']);
    expect(result.record.stageHistory).toEqual([
      { stage: 'Demo Scheduled', enteredAt: '2026-11-17T00:00:00.000Z', approximate: true },
    ]);
  });

  it('prefers a dated changelog row to the day count', () => {
    const change = item('Changelog', 'Stage: Qualified → Demo Scheduled', '<span>November 16, 2026 at 9:30 AM</span>');
    const result = readOk(
      '/deal/3150',
      deal(`${step('Qualified', '12 d · ', false)}${step('Demo Scheduled', '3 d · ', true)}`, change),
    );
    if (result.kind !== 'deal') throw new Error(result.kind);
    expect(result.record.stageHistory.at(-1)).toEqual({
      stage: 'Demo Scheduled',
      enteredAt: '2026-11-16T09:30:00.000Z',
    });
  });

  it('counts as contacts only the persons of the deal’s persons section, named without the assistive prefix', () => {
    const result = readOk('/deal/3150', deal(step('Qualified', '', true) + step('Won', '', false)));
    if (result.kind !== 'deal') throw new Error(result.kind);
    expect(result.record.contacts).toEqual([{ id: '2210', name: 'Maya Lindqvist' }]);
  });

  it('reads the German stage bar’s "3 T ·" prefix', () => {
    const result = readOk(
      '/deal/3150',
      deal(`${step('Qualifiziert', '12 T · ', false)}${step('Demo geplant', '3 T · ', true)}`),
      { lang: 'de-DE' },
    );
    if (result.kind !== 'deal') throw new Error(result.kind);
    expect(result.record.stageHistory).toEqual([
      { stage: 'Demo geplant', enteredAt: '2026-11-17T00:00:00.000Z', approximate: true },
    ]);
  });
});
