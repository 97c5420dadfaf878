/**
 * Resolves once the page's own load work is done (the browser is idle), or after `timeoutMs` on
 * a page that is never idle; `setTimeout` where there is no `requestIdleCallback` (Safari).
 */
export function whenIdle(timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: timeoutMs });
    else setTimeout(resolve, Math.min(timeoutMs, 200));
  });
}
