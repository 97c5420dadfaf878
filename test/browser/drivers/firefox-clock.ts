import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { findFaketime } from '../chromium';
import { faketimeVariables } from '../harness';

const SHIM_SOURCE = resolve(import.meta.dirname, 'firefox-clock-shim.c');
const SHIM_LIBRARY = resolve(import.meta.dirname, '../../../node_modules/.cache/touchline/firefox-clock-shim.so');

/**
 * The environment that starts Firefox at `start` under Debian's libfaketime, as Chromium runs:
 * libfaketime preloaded behind a small shim (firefox-clock-shim.c says why Firefox needs it),
 * compiled here with the system's C compiler on first use.
 */
export function firefoxClockEnv(start: string): Record<string, string> {
  const faketime = findFaketime();
  if (!faketime)
    throw new Error('Browser tests run at a fixed clock: install it with `sudo apt-get install faketime`.');
  const variables = faketimeVariables(start);
  return { ...variables, LD_PRELOAD: `${buildShim()} ${faketime}` };
}

function buildShim(): string {
  if (existsSync(SHIM_LIBRARY) && statSync(SHIM_LIBRARY).mtimeMs >= statSync(SHIM_SOURCE).mtimeMs) return SHIM_LIBRARY;
  mkdirSync(resolve(SHIM_LIBRARY, '..'), { recursive: true });
  try {
    execFileSync('cc', ['-shared', '-fPIC', '-O2', '-o', SHIM_LIBRARY, SHIM_SOURCE, '-ldl'], { stdio: 'pipe' });
  } catch (error) {
    throw new Error(
      'Firefox tests need a C compiler to build their clock shim: install it with `sudo apt-get install gcc libc6-dev`.',
      { cause: error },
    );
  }
  return SHIM_LIBRARY;
}
