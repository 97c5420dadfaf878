import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../../..');

/** The file an import points at (`.ts`, `.tsx` or a folder's index), as the build resolves it. */
function fileOf(from: string, spec: string): string {
  const base = resolve(dirname(from), spec);
  const found = [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`, base].find((candidate) => existsSync(candidate));
  if (!found) throw new Error(`cannot resolve ${spec} from ${from}`);
  return found;
}

/** Files and packages a module loads at run time (type-only imports are erased by the build). */
function runtimeImports(entry: string, seen = new Set<string>()): Set<string> {
  const source = readFileSync(entry, 'utf8');
  for (const [, spec] of source.matchAll(/^(?:import|export) (?!type )[^;]*?from '([^']+)';/gms)) {
    if (!spec) continue;
    const target = spec.startsWith('.') ? fileOf(entry, spec) : spec;
    if (seen.has(target)) continue;
    seen.add(target);
    if (target.startsWith('/') && /\.tsx?$/.test(target)) runtimeImports(target, seen);
  }
  return seen;
}

/** What a record page loads before the first numbers, one script per task (issue 11). */
const scripts = (crm: string) => ({
  content: [...runtimeImports(resolve(root, `entrypoints/${crm}.content.ts`))],
  session: [...runtimeImports(resolve(root, 'entrypoints/panel-session/index.ts'))],
  reader: [...runtimeImports(resolve(root, `entrypoints/${crm}-reader/index.ts`))],
});

describe.each(['hubspot', 'salesforce', 'pipedrive'])(
  'what the %s content script loads before the first numbers',
  (crm) => {
    const { content, session, reader } = scripts(crm);
    const beforeReady = [...content, ...session, ...reader];

    it('carries no zod: answers from our own background are trusted (issue 11)', () => {
      expect(beforeReady.filter((spec) => spec.startsWith('zod'))).toEqual([]);
    });

    it('carries no Preact, no page capture and no panel cards: those are lazy chunks', () => {
      expect(beforeReady.filter((spec) => spec.startsWith('preact'))).toEqual([]);
      expect(beforeReady.filter((file) => file.includes('/lib/capture/'))).toEqual([]);
      expect(beforeReady.filter((file) => file.endsWith('.tsx') && !file.endsWith('start-touchline.tsx'))).toEqual([]);
    });

    it('carries neither the background messaging library nor WXT’s shadow-root helpers', () => {
      expect(beforeReady.filter((spec) => /^@webext-core|content-script-ui/.test(spec))).toEqual([]);
    });

    it('injects only the URL match, the idle wait and the loader: the reader and the session are chunks', () => {
      const adapterFiles = content.filter((file) => file.includes('/lib/adapters/'));
      expect(adapterFiles.map((file) => file.slice(root.length))).toEqual([
        `/lib/adapters/${crm}/url.ts`,
        ...(crm === 'salesforce' ? ['/lib/adapters/salesforce-id.ts'] : []),
      ]);
      expect(
        content.filter((file) => /\/lib\/locale\/|record-session|watch-record|panel-shell|messag/.test(file)),
      ).toEqual([]);
    });

    it('leaves the page reading to the reader: the session loads no adapter code and no locale table', () => {
      expect(session.filter((file) => /\/lib\/locale\/|\/lib\/adapters\//.test(file))).toEqual([]);
    });
  },
);
