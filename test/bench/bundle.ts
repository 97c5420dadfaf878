import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/**
 * Bundles one of the bench's in-browser clients as a script to evaluate in the extension's
 * service worker or in the content script's world (functions passed to `evaluate` cannot import).
 */
export async function bundleClient(file: 'worker-client.ts' | 'content-client.ts' | 'read-client.ts'): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL(file, import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
  });
  return result.outputFiles[0]?.text ?? '';
}
