import type { NotRead } from '../lib/schema/read-result';
import { notReadLabel } from './not-read-label';
import { readableReason } from './reason-dates';

/** What the panel knows about saving a test page of the open record. */
export interface TestPageState {
  status: 'idle' | 'saving' | 'saved' | 'failed';
  /** Why the last save failed. */
  message?: string;
}

export interface TestPageProps {
  testPage: TestPageState;
  onSaveTestPage(): void;
}

/** What the panel needs to offer a test page: the action, its state, and what the reading missed. */
export type CaptureOffer = TestPageProps & { notRead: NotRead[] };

const EXPLAIN =
  'Saves a copy of this page with names, emails, phone numbers and note texts replaced, for a bug report.';

export const TEST_PAGE_STATUS: Record<TestPageState['status'], string> = {
  idle: '',
  saving: 'Saving a test page…',
  saved: 'The test page opened in a new tab: save the file there and attach it to a bug report.',
  failed: 'The test page could not be saved.',
};

/** The "Save a test page" action where Touchline could not read (all or part of) the page. */
export function TestPageOffer({ testPage, onSaveTestPage }: TestPageProps) {
  const status = [TEST_PAGE_STATUS[testPage.status], testPage.message].filter(Boolean).join(' ');
  return (
    <div class="tl-test-page">
      <button
        type="button"
        class="tl-button"
        data-action="save-test-page"
        disabled={testPage.status === 'saving'}
        onClick={onSaveTestPage}
      >
        Save a test page
      </button>
      <p class="tl-hint">{EXPLAIN}</p>
      <p class="tl-hint" role="status">
        {status}
      </p>
    </div>
  );
}

/** A read page with items Touchline could not read: says how many, what in a rep's words and why, and offers the test page. */
export function NotReadNotice({ notRead, timeZone, ...offer }: CaptureOffer & { timeZone: string }) {
  if (notRead.length === 0) return null;
  return (
    <section class="tl-not-read-notice" aria-label="Some items not read">
      <details class="tl-report">
        <summary>
          {notRead.length === 1
            ? 'One item on this page was not read'
            : `${notRead.length} items on this page were not read`}
        </summary>
        <ul class="tl-not-read">
          {notRead.map((item) => (
            <li key={`${item.field}:${item.reason}`}>
              <span class="tl-field" data-field={item.field}>
                {notReadLabel(item.field)}
              </span>
              : {readableReason(item.reason, timeZone)}
            </li>
          ))}
        </ul>
      </details>
      <TestPageOffer {...offer} />
    </section>
  );
}
