import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** A content script context whose listeners go when `signal` aborts (the test's end), never invalidated. */
export function contextFor(signal: AbortSignal): ContentScriptContext {
  return {
    isInvalid: false,
    signal,
    onInvalidated: () => {},
    addEventListener: (target: EventTarget, type: string, listener: (event: Event) => void) =>
      target.addEventListener(type, listener, { signal }),
  } as unknown as ContentScriptContext;
}
