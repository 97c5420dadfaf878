import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium } from '../test/browser/chromium';

/** The one drawn source, the sizes the stores and toolbars ask for, and where WXT picks them up. */
export const ICON_SOURCE = resolve(import.meta.dirname, '../assets/icon.svg');
export const ICON_SIZES = [16, 32, 48, 96, 128] as const;
export const ICON_DIR = resolve(import.meta.dirname, '../public/icon');
/** Kept beside the source, not in public/, so it does not ship in the extension. */
export const ICON_HASH_FILE = `${ICON_SOURCE}.sha256`;

export function iconSourceHash(svg: string): string {
  return createHash('sha256').update(svg).digest('hex');
}

/**
 * Renders assets/icon.svg to public/icon/<size>.png with Debian's Chromium (the browser the tests use),
 * each size drawn from the vector rather than scaled from a bitmap, on a transparent background.
 */
async function main(): Promise<void> {
  const svg = readFileSync(ICON_SOURCE, 'utf8');
  const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  mkdirSync(ICON_DIR, { recursive: true });
  const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu'] });
  try {
    for (const size of ICON_SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      await page.setContent(
        `<html><body style="margin:0;background:transparent"><img src="${src}" width="${size}" height="${size}" style="display:block"></body></html>`,
      );
      await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
      const file = resolve(ICON_DIR, `${size}.png`);
      await page.screenshot({ path: file, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      await page.close();
      console.log(`${String(size).padStart(3)} px → ${file}`);
    }
  } finally {
    await browser.close();
  }
  writeFileSync(ICON_HASH_FILE, `${iconSourceHash(svg)}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
