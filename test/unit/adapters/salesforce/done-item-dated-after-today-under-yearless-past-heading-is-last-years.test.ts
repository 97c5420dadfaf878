import { describe, expect, it } from 'vitest';
import { extension } from '../../page-to-panel/chain';
import { openPage } from '../../page-to-panel/open-hand-written-page';
import { contactPage, item, read, timeline, URL_CONTACT } from './contact-page';

/**
 * crm-evidence-2.md (Salesforce): past items sit in div.past-activity-group under period text
 * ("This Month", older months with their year); due-date text is "short month and day without a
 * year ('Jan 5')"; "logged" means done. A past heading in wording no table has ("Frühere
 * Aktivitäten", "Older Activities") names no month: a done item there dated a later month than
 * this one is behind, the most recent such day, as lib/locale reads any day without a year.
 *
 * Oracle, by hand, read at 2026-11-20T15:00Z: a logged call "28. Dez." / "Dec 28" was made on
 * 2025-12-28. Before, the occurrence nearest today was taken, 2026-12-28: a done call five weeks
 * ahead, which the panel then counted as a call today.
 */
const loggedCall = (id: string, date: string, summary: string) =>
  item({
    token: 'Task',
    icon: 'log-a-call',
    iconTitle: 'Anruf',
    subject: 'Anruf',
    id,
    date,
    summary,
    checkbox: 'checked',
  });
const germanCall = (id: string, date: string) =>
  loggedCall(id, date, 'Sie haben einen Anruf mit Maria Jensen protokolliert');

const germanPage = (items: string, open = '') =>
  contactPage(timeline(open, [{ heading: 'Frühere Aktivitäten', items }], 'Anstehend und überfällig'), {
    lang: 'de',
    name: 'Maria Jensen',
  });

describe('a logged call dated a later month without a year, under a past heading naming no month', () => {
  it.each(['none', 'stripped'] as const)("is last year's, never in the future (de, %s)", (transform) => {
    const [call] = read(germanPage(germanCall('00T5g00000D5xyzAAA', '28. Dez.')), transform).activities;
    expect(call).toMatchObject({ type: 'call', timestamp: '2025-12-28T00:00:00.000Z' });
    expect(call?.planned).not.toBe(true);
  });

  it('is last year\'s in English too ("Older Activities")', () => {
    const call = item({
      token: 'Task',
      icon: 'log-a-call',
      iconTitle: 'Call',
      subject: 'Call',
      id: '00T5g00000D5xyzAAA',
      date: 'Dec 28',
      summary: 'You logged a call with Maria Jensen',
      checkbox: 'checked',
    });
    const [read1] = read(contactPage(timeline('', [{ heading: 'Older Activities', items: call }]))).activities;
    expect(read1?.timestamp).toBe('2025-12-28T00:00:00.000Z');
  });

  it('leaves the panel with no call in the last 30 days and 48 days since the 3 Oct call', async () => {
    const page = germanPage(germanCall('00T5g00000D5xyzAAA', '28. Dez.') + germanCall('00T5g00000D6xyzAAA', '3. Okt.'));
    const { view } = await openPage(extension('UTC'), page, URL_CONTACT);
    if (view.kind !== 'contact') throw new Error('not a contact view');
    // By hand: 28 Dec 2025 and 3 Oct 2026, neither within 21 Oct–20 Nov 2026.
    expect(view.touches.total).toBe(0);
    expect(view.daysSinceLastTouch).toBe(48);
  });
});

describe('open tasks dated "28. Dez." in the upcoming group keep their own rule (read 20 Nov 2026)', () => {
  const openTask = (id: string, date: string, summary: string) =>
    item({ token: 'Task', icon: 'task', iconTitle: 'Aufgabe', subject: id, id, date, summary, checkbox: 'unchecked' });

  it('one marked "Überfällig" is last December, one upcoming is next month', () => {
    const open =
      openTask('00T5g00000D7xyzAAA', 'Überfällig 28. Dez.', 'Sie haben eine überfällige Aufgabe mit Maria Jensen') +
      openTask('00T5g00000D8xyzAAA', '28. Dez.', 'Sie haben eine anstehende Aufgabe mit Maria Jensen');
    const dated = read(germanPage('', open)).activities.map(({ planned, timestamp }) => ({ planned, timestamp }));
    expect(dated).toEqual([
      { planned: true, timestamp: '2025-12-28T00:00:00.000Z' },
      { planned: true, timestamp: '2026-12-28T00:00:00.000Z' },
    ]);
  });
});
