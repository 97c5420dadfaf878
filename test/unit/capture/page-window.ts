import { Window } from 'happy-dom';

/** A saved page loaded the way `npm run inspect` loads it: nothing runs, nothing is fetched. */
export function loadPage(html: string, url: string): { doc: Document; close(): void } {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      handleDisabledFileLoadingAsSuccess: true,
    },
  });
  window.document.write(html);
  return { doc: window.document as unknown as Document, close: () => window.close() };
}
