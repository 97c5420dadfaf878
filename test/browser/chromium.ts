import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** The system Chromium: `CHROME_PATH`, else Debian's. Never downloads a browser. */
export function findChromium(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    (p): p is string => Boolean(p),
  );
  const found = candidates.find((p) => existsSync(p));
  if (found) return found;
  throw new Error(
    "No Chromium found. Touchline never downloads a browser: install Debian's with `sudo apt-get install chromium` (or point CHROME_PATH at a Chromium or Chrome binary).",
  );
}

/** libfaketime's preload library from Debian's `faketime` package, if installed. */
export function findFaketime(): string | undefined {
  try {
    const files = execFileSync('dpkg', ['-L', 'libfaketime'], { encoding: 'utf8' }).split('\n');
    return files.find((f) => f.endsWith('/libfaketime.so.1'));
  } catch {
    return undefined;
  }
}
