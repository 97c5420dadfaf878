/** Waits before trying a chunk again (a browser still starting the extension may fail the first fetch). */
const RETRY_DELAYS_MS = [500, 2000, 5000];

/**
 * Loads a lazy part of the panel, trying again after a failure; resolves with null once every
 * attempt failed (each failure is logged with `what`), so the caller can say so on the page.
 */
export async function loadWithRetry<T>(what: string, load: () => Promise<T>): Promise<T | null> {
  for (const delay of [0, ...RETRY_DELAYS_MS]) {
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    try {
      return await load();
    } catch (error) {
      console.warn(`Touchline: ${what} did not load`, error);
    }
  }
  return null;
}
