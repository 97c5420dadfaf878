/**
 * From review s34 (markup generations). A Pipedrive person page of a generation without the
 * FlowItem classes (crm-evidence-2.md: no source shows a history item's markup; classes are
 * build-hashed): <li> entries, <svg>/<img> icons carrying the type, dates in <time datetime>, the
 * filter chips with aria-pressed (B). The History's title is a heading or a plain span, and a
 * control may sit below the list. A container holding several dated entries is never itself an
 * entry: each entry keeps its own type, date and direction.
 */
import { describe, expect, it } from 'vitest';
import { fixturePage, readPage } from '../page-variation';

const pipedrivePerson = fixturePage('pipedrive', 'person-hashed');

function classlessPerson(first: string, { title = '<h2>History</h2>', below = '' } = {}): string {
  return `<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>Maya Lindqvist - Persons</title></head><body>
<div id="root" class="x1a2b3"><main class="x9z8y7"><div class="viewContainer">
<header class="h7g6f5"><div class="k1l2m3"><h1 class="q1w2e3">Maya Lindqvist</h1></div><a href="/organization/480">Nordhavn Logistics</a></header>
<div class="b1c2d3"><aside class="s1d2f3"><section><button type="button" aria-expanded="true">Details</button><div>
<div class="r1t2y3"><span class="l1b2l3">Email</span><div class="v1a2l3"><a href="mailto:maya.lindqvist@nordhavn.example">maya.lindqvist@nordhavn.example</a></div></div>
<div class="r1t2y3"><span class="l1b2l3">Owner</span><div class="v1a2l3">Casey Nguyen</div></div>
</div></section></aside>
<div class="m1a2i3"><section>${title}
<div role="group" aria-label="Filter history"><button type="button" aria-pressed="true">All</button><button type="button" aria-pressed="false">Activities</button><button type="button" aria-pressed="false">Notes</button></div>
<ul class="f1l2w3">
${first}
${entry('<img alt="Meeting" src="m.svg">', 91201, 'Demo for Maya', '2026-11-12')}
${entry('<svg role="img" aria-label="Call"></svg>', 91202, 'Second call', '2026-11-10')}
</ul>${below}</section></div></div></div></main></div></body></html>`;
}

function entry(icon: string, id: number, subject: string, day: string): string {
  const shown = new Date(`${day}T00:00:00Z`).toLocaleDateString('en-US', {
    month: 'long',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return `<li class="i1t2m3">${icon}<div><div><button type="button" role="checkbox" aria-checked="true" aria-label="Mark as not done"></button><a href="/activities/${id}">${subject}</a></div><div><time datetime="${day}T00:00:00Z">${shown}</time> · <span>Casey Nguyen</span> · <a href="/person/2210">Maya Lindqvist</a></div></div></li>`;
}

const NOTE = `<li class="i1t2m3"><div><div>Prefers email; decision in January.</div><div><time datetime="2026-11-19T00:00:00Z">November 19, 2026</time> · <span>Casey Nguyen</span></div></div></li>`;
const LINKEDIN = entry(
  '<svg role="img" aria-label="LinkedIn message"></svg>',
  91300,
  'Connected on LinkedIn',
  '2026-11-19',
);
const INCOMING = entry('<svg role="img" aria-label="Incoming call"></svg>', 91200, 'Call with Maya', '2026-11-19');

describe('Pipedrive: History entries without the FlowItem classes', () => {
  const read = (html: string) =>
    Object.fromEntries(readPage(html, pipedrivePerson.url).activities.map((a) => [a.title, a]));
  const SPAN_TITLE = { title: '<span class="t1">History</span>' };

  it('(control) under an <h2> title, each entry keeps its own type and date', () => {
    const byTitle = read(classlessPerson(LINKEDIN));
    expect(byTitle['Connected on LinkedIn']).toMatchObject({ type: 'social', channel: 'social' });
    expect(byTitle['Demo for Maya']).toMatchObject({ type: 'meeting', timestamp: '2026-11-12T00:00:00.000Z' });
  });

  it('under a plain-span title, a LinkedIn message first in the feed is social, not a call', () => {
    expect(read(classlessPerson(LINKEDIN, SPAN_TITLE))['Connected on LinkedIn']).toMatchObject({
      type: 'social',
      channel: 'social',
    });
  });

  it('under a plain-span title, the meeting after a note keeps its own date (Nov 12), not the note’s (Nov 19)', () => {
    const byTitle = read(classlessPerson(NOTE, SPAN_TITLE));
    expect(byTitle['Demo for Maya']).toMatchObject({ type: 'meeting', timestamp: '2026-11-12T00:00:00.000Z' });
  });

  it.each(['Show more', 'Show older activity'])(
    'with a "%s" control below the list, the call whose icon says "Incoming call" is an inbound call, not the next entry’s meeting',
    (label) => {
      const byTitle = read(classlessPerson(INCOMING, { below: `<button type="button">${label}</button>` }));
      expect(byTitle['Call with Maya']).toMatchObject({ type: 'call', channel: 'call', direction: 'inbound' });
      expect(byTitle['Demo for Maya']).toMatchObject({ type: 'meeting' });
    },
  );

  it('a dated control below the list ("Show activity before November 10, 2026") does not make the History one entry', () => {
    const below = '<button type="button">Show activity before November 10, 2026</button>';
    const activities = readPage(classlessPerson(INCOMING, { below }), pipedrivePerson.url).activities;
    expect(activities.map((a) => [a.title, a.type])).toEqual([
      ['Call with Maya', 'call'],
      ['Demo for Maya', 'meeting'],
      ['Second call', 'call'],
    ]);
  });

  it('a list with day dividers as plain inline text ("November 19, 2026") is not itself one entry', () => {
    const html = classlessPerson(INCOMING)
      .replace('<ul class="f1l2w3">', '<div class="f1l2w3"><span class="d1">November 19, 2026</span>')
      .replace('</ul>', '</div>')
      .replaceAll('<li class="i1t2m3">', '<div class="i1t2m3">')
      .replaceAll('</li>', '</div>');
    const activities = readPage(html, pipedrivePerson.url).activities;
    expect(activities.map((a) => [a.title, a.type, a.timestamp])).toEqual([
      ['Call with Maya', 'call', '2026-11-19T00:00:00.000Z'],
      ['Demo for Maya', 'meeting', '2026-11-12T00:00:00.000Z'],
      ['Second call', 'call', '2026-11-10T00:00:00.000Z'],
    ]);
  });
});
