import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ICON_DIR, ICON_HASH_FILE, ICON_SIZES, ICON_SOURCE, iconSourceHash } from '../../../scripts/icons';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The PNG header chunk (IHDR), which every PNG has first, right after the 8-byte signature. */
function readHeader(file: string): { width: number; height: number; colorType: number } {
  const bytes = readFileSync(file);
  expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  expect(bytes.toString('ascii', 12, 16)).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), colorType: bytes[25] ?? -1 };
}

describe('toolbar and store icons', () => {
  it.each(ICON_SIZES)('public/icon/%i.png is a square PNG of that size with an alpha channel', (size) => {
    const file = resolve(ICON_DIR, `${size}.png`);
    expect(existsSync(file)).toBe(true);
    const header = readHeader(file);
    expect({ width: header.width, height: header.height }).toEqual({ width: size, height: size });
    // Colour type 6 is RGBA: the corners outside the rounded tile stay transparent on any toolbar.
    expect(header.colorType).toBe(6);
  });

  it('were rendered from the current assets/icon.svg (run `npm run icons` after editing it)', () => {
    const recorded = readFileSync(ICON_HASH_FILE, 'utf8').trim();
    expect(recorded).toBe(iconSourceHash(readFileSync(ICON_SOURCE, 'utf8')));
  });
});
