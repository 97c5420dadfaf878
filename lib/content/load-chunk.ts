type ImportModule = (url: string) => Promise<unknown>;

const importByUrl: ImportModule = (url) => import(/* @vite-ignore */ url);

const loading = new Map<string, Promise<unknown>>();

/**
 * Loads a lazily fetched part of the panel (an unlisted script of the extension, listed in
 * web_accessible_resources) and returns the API it registered on globalThis. WXT builds those
 * scripts as IIFEs with no exports, so importing one only runs it. Loaded once per page.
 */
export function loadChunk<Api>(
  url: string,
  registered: () => Api | undefined,
  importModule = importByUrl,
): Promise<Api> {
  const already = registered();
  if (already) return Promise.resolve(already);
  let pending = loading.get(url);
  if (!pending) {
    pending = importModule(url);
    loading.set(url, pending);
    pending.catch(() => loading.delete(url));
  }
  return pending.then(() => {
    const api = registered();
    if (!api) throw new Error(`The script at ${url} did not register its API`);
    return api;
  });
}
