import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadChunk } from '../../../lib/content/load-chunk';

let registered: { ping(): string } | undefined;
const api = { ping: () => 'pong' };

afterEach(() => {
  registered = undefined;
});

describe('loading a lazy part of the panel', () => {
  it('imports the script once, however many parts of the panel ask for it at the same time', async () => {
    const importModule = vi.fn(async () => {
      registered = api;
    });
    const url = 'chrome-extension://x/once.js';
    const [a, b] = await Promise.all([
      loadChunk(url, () => registered, importModule),
      loadChunk(url, () => registered, importModule),
    ]);
    expect(a).toBe(api);
    expect(b).toBe(api);
    expect(importModule).toHaveBeenCalledTimes(1);
  });

  it('says which script did not register its API', async () => {
    await expect(
      loadChunk(
        'chrome-extension://x/silent.js',
        () => registered,
        async () => {},
      ),
    ).rejects.toThrow(/silent\.js did not register/);
  });

  it('tries the import again after one failed', async () => {
    const url = 'chrome-extension://x/flaky.js';
    const failing = vi.fn(async () => {
      throw new Error('network');
    });
    await expect(loadChunk(url, () => registered, failing)).rejects.toThrow('network');
    const working = vi.fn(async () => {
      registered = api;
    });
    await expect(loadChunk(url, () => registered, working)).resolves.toBe(api);
    expect(working).toHaveBeenCalledTimes(1);
  });
});
