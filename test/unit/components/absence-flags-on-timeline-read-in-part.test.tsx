// @vitest-environment happy-dom
import { cleanup } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildContactView } from '../../../lib/metrics/contact-view';
import { buildDealView } from '../../../lib/metrics/deal-view';
import type { NotRead } from '../../../lib/schema/read-result';
import type { RecordView } from '../../../lib/schema/view-model';
import { at, call, contact, deal, email, loadMoreUnder, NOW, note, settings, task } from '../metrics/builders';
import { renderPanel } from './render-panel';

afterEach(cleanup);

/**
 * A timeline filtered by the CRM's own filter: the items filtered out may be touches (contracts.md:
 * what cannot be read is said, never a confident claim). The contact panel already hedged gone cold
 * ("a newer touch may be in the part not read") and the last touch ("not read"); two flags that
 * claim an absence were said without any hedge.
 */
const FILTERED_NOTES: NotRead = { field: 'activities', reason: 'the activity timeline is filtered to "Notes"' };
const FILTERED_EMAILS: NotRead = { field: 'activities', reason: 'the activity timeline is filtered to "Emails"' };
const NO_TOUCH_FLAG = /No touch on any of the deal's contacts/;
const HEDGE = /The timeline was read in part: a (newer )?touch may be in the part not read/;

const render = (view: RecordView, notRead: NotRead[]) =>
  renderPanel(
    { status: 'ready', view },
    { capture: { testPage: { status: 'idle' }, onSaveTestPage: vi.fn(), notRead } },
  ).container;

const flagText = (container: Element, words: RegExp) =>
  [...container.querySelectorAll('.tl-flag')].map((el) => el.textContent ?? '').find((text) => words.test(text));

describe('"no touch on any of the deal\'s contacts" on a deal timeline read in part', () => {
  // Stored: a note and a task only (no touch); the calls and emails may be the ones filtered out.
  const noteAndTask = [note(at('2026-11-10 09:00')), task(at('2026-11-12 09:00'))];
  const untouched = buildDealView({
    deal: deal(),
    activities: noteAndTask,
    contacts: [],
    summaries: [],
    settings: settings(),
    now: NOW,
  });

  it('says a touch may be in the part not read when the timeline is filtered', () => {
    expect(untouched.noRecentActivity).toBe(true);
    expect(flagText(render(untouched, [FILTERED_NOTES]), NO_TOUCH_FLAG)).toMatch(HEDGE);
  });

  it('(control) says no more when the timeline was read in full', () => {
    const flag = flagText(render(untouched, []), NO_TOUCH_FLAG);
    expect(flag).toBe("No touch on any of the deal's contacts for longer than the follow-up limit.");
  });

  it('says no more when only items older than a touch read were not loaded: none of them is newer', () => {
    const lastCall = [call(at('2026-10-20 09:00'), 'no-answer', { contactKeys: [] })];
    const quiet = buildDealView({
      deal: deal(),
      activities: lastCall,
      contacts: [],
      summaries: [],
      settings: settings(),
      now: NOW,
    });
    expect(quiet.daysSinceLastTouch).toBe(31);
    expect(flagText(render(quiet, [loadMoreUnder(lastCall)]), NO_TOUCH_FLAG)).not.toMatch(HEDGE);
    cleanup();
    // With no touch read at all, an older item not loaded may still be within the limit.
    expect(flagText(render(untouched, [loadMoreUnder(noteAndTask)]), NO_TOUCH_FLAG)).toMatch(HEDGE);
  });
});

describe('the vanity flag on a contact timeline read in part', () => {
  const emails = Array.from({ length: 15 }, (_, i) =>
    email(at(`2026-11-${String(1 + i).padStart(2, '0')} 09:00`), `Follow-up ${i + 1}`),
  );
  const view = buildContactView({ contact: contact(), activities: emails, settings: settings(), now: NOW });
  const VANITY = /no reply, connect or meeting/;

  it('does not call 15 emails "effort with no reply, connect or meeting" when the timeline is filtered to emails', () => {
    expect(view.outcomes.vanity).toBe(true); // read in full, the flag is right
    // Calls and meetings are filtered out of the page: "no connect or meeting" is not known.
    expect(flagText(render(view, [FILTERED_EMAILS]), VANITY)).toBeUndefined();
  });

  it('is not raised when older items were not loaded either: they may be in the last 30 days', () => {
    expect(flagText(render(view, [loadMoreUnder(emails)]), VANITY)).toBeUndefined();
  });

  it('(control) is raised on the timeline read in full', () => {
    expect(flagText(render(view, []), VANITY)).toMatch(/effort in the wrong place\?/);
  });
});
