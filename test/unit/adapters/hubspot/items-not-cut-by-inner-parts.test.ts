// @vitest-environment happy-dom
/**
 * Without test ids, an item's climb from its date line stops at what stands around items (the
 * record's tabs, the filter bar's search box, a heading naming no activity, a group's heading:
 * item-bounds.ts). Inside one item such parts are ordinary: a subject drawn as a heading above the
 * date line, an email body's <h2> above a date line at the item's foot, a task's editable title, an
 * expanded call's own tabs. They stopped the climb too (046dd84): the items were lost, or read as
 * their date line alone (a call without its outcome, and its tabs' row as an undated item). Now
 * only parts beside a block that merely wraps the item (the timeline's list) stop it.
 */
import { describe, expect, it } from 'vitest';
import { readHubSpot } from './contact-record';
import { EN, group, hashedRecord } from './hashed-record';

const touches = (html: string) =>
  readHubSpot(html).activities.map(({ type, timestamp, outcome }) => ({ type, timestamp, outcome: outcome ?? null }));

const NOV_18 = 'Nov 18, 2026 at 10:02 AM';
const NOV_12 = 'Nov 12, 2026 at 9:00 AM';

describe('HubSpot without test ids: parts inside an item do not cut it', () => {
  it('emails whose subject is a heading above their date line are each read', () => {
    const item = (subject: string, when: string, body: string) =>
      `<div><div><h4>${subject}</h4><div><span>Email</span> <span>${when}</span></div><p>${body}</p></div></div>`;
    const html = hashedRecord(EN, [
      group('November 2026', [item('Re: Pricing', NOV_18, 'Hi Mara'), item('Intro', NOV_12, 'Hello Mara')]),
    ]);
    expect(touches(html)).toEqual([
      { type: 'email', timestamp: '2026-11-18T10:02:00.000Z', outcome: null },
      { type: 'email', timestamp: '2026-11-12T09:00:00.000Z', outcome: null },
    ]);
  });

  it('an email whose body holds a heading above the date line at its foot is read', () => {
    const item = (when: string) =>
      `<div><div><span>Logged email - Pricing</span><div><h2>Pricing</h2><p>Hi Mara, as promised.</p></div><span>${when}</span></div></div>`;
    const html = hashedRecord(EN, [group('November 2026', [item(NOV_18), item(NOV_12)])]);
    expect(touches(html).map(({ type, timestamp }) => [type, timestamp])).toEqual([
      ['email', '2026-11-18T10:02:00.000Z'],
      ['email', '2026-11-12T09:00:00.000Z'],
    ]);
  });

  it('tasks with an editable title field before their date line are read', () => {
    const item = (when: string) =>
      `<div><div><input type="text" value="Send proposal" aria-label="Task title"><span>Task</span><span>${when}</span><p>Pricing for 40 vehicles</p></div></div>`;
    const html = hashedRecord(EN, [group('Upcoming', [item('Nov 25, 2026'), item('Nov 26, 2026')])]);
    expect(touches(html).map(({ type, timestamp }) => [type, timestamp])).toEqual([
      ['task', '2026-11-25T00:00:00.000Z'],
      ['task', '2026-11-26T00:00:00.000Z'],
    ]);
  });

  it('calls holding their own tab list are read with their outcome, and nothing else', () => {
    const item = (when: string) =>
      `<div><div role="button"><div><div><span>Logged call</span><span>${when}</span></div><div role="tablist"><button role="tab">Details</button><button role="tab">Notes</button></div><div><span>Outcome</span><span>Connected</span></div><p>Spoke with Mara.</p></div></div></div>`;
    const html = hashedRecord(EN, [group('November 2026', [item(NOV_18), item(NOV_12)])]);
    expect(touches(html)).toEqual([
      { type: 'call', timestamp: '2026-11-18T10:02:00.000Z', outcome: 'connected' },
      { type: 'call', timestamp: '2026-11-12T09:00:00.000Z', outcome: 'connected' },
    ]);
  });
});
