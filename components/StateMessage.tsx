import { focusStaysInPanel } from './focus-in-panel';
import { notReadLabel } from './not-read-label';
import type { PanelState } from './panel-state';
import { TestPageOffer, type TestPageProps } from './TestPageOffer';

type MessageState = Exclude<PanelState, { status: 'ready' } | { status: 'not-record' }>;

interface StateMessageProps {
  state: MessageState;
  pageUrl?: string;
  /** Offered where the page could not be read. */
  testPage?: TestPageProps;
  /** "Try again" where Touchline's own data could not be had (the background failed or did not answer). */
  onRetry?(): void;
}

export const INSPECT_HINT =
  'Save the page (Ctrl+S) and run `npm run inspect -- page.html --url <this URL>`; attach the output to a bug report';

/** Every state that is not a view still says something: never a blank box. */
export function StateMessage({ state, pageUrl, testPage, onRetry }: StateMessageProps) {
  switch (state.status) {
    case 'reading':
      return <ReadingSkeleton />;
    case 'unreadable':
      return (
        <div class="tl-message" role="alert">
          <p class="tl-message-title">Touchline cannot read this page</p>
          <p>{state.reason}</p>
          {state.notRead.length > 0 && (
            <ul class="tl-not-read" aria-label="What could not be read">
              {state.notRead.map((item) => (
                <li key={item.field}>
                  <span class="tl-field" data-field={item.field}>
                    {notReadLabel(item.field)}
                  </span>
                  : {item.reason}
                </li>
              ))}
            </ul>
          )}
          <p class="tl-hint">Touchline shows nothing rather than guess. Your CRM page itself is unaffected.</p>
          {testPage && <TestPageOffer {...testPage} />}
          <details class="tl-report">
            <summary>Report this page</summary>
            <p class="tl-hint">{INSPECT_HINT}</p>
            {pageUrl && (
              <p class="tl-url">
                For this page: <code>{`npm run inspect -- page.html --url '${pageUrl}'`}</code>
              </p>
            )}
          </details>
        </div>
      );
    case 'error':
      return (
        <div class="tl-message" role="alert">
          <p class="tl-message-title">Touchline could not load its data</p>
          <p>{state.message}</p>
          {onRetry && <RetryButton onRetry={onRetry} />}
          <p class="tl-hint">{onRetry ? 'If it keeps failing, reload the page.' : 'Reload the page to try again.'}</p>
        </div>
      );
  }
}

/** The button goes with the message as the page is read again: focus stays in the panel. */
function RetryButton({ onRetry }: { onRetry(): void }) {
  const retry = (event: MouseEvent) => {
    focusStaysInPanel(event.currentTarget as HTMLElement);
    onRetry();
  };
  return (
    <button type="button" class="tl-button" data-action="retry" onClick={retry}>
      Try again
    </button>
  );
}

function ReadingSkeleton() {
  return (
    <div class="tl-skeleton" aria-busy="true">
      <p class="tl-skeleton-text" role="status">
        Reading this page…
      </p>
      <div class="tl-skeleton-line tl-skeleton-line--wide" />
      <div class="tl-skeleton-line" />
      <div class="tl-skeleton-line" />
      <div class="tl-skeleton-line tl-skeleton-line--short" />
    </div>
  );
}
