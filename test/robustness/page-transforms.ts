import { seededRandom } from '../demo-crm/seeded-random';

/**
 * Attributes a redesign or a build keeps changing. ARIA, `title`, `alt`, `href`, `datetime`,
 * `style` and `hidden` survive (decisions.md, "Reading pages").
 */
function isChurningAttribute(name: string): boolean {
  return name === 'class' || name === 'id' || name.startsWith('data-');
}

/** Test ids as the three CRMs spell them: `data-test-id`, `data-testid`, `data-test`, `data-selenium-*`. */
function isTestId(name: string): boolean {
  return /^data-(test|selenium|qa|cy)/.test(name);
}

function elementsOf(doc: Document): Element[] {
  return Array.from(doc.querySelectorAll('*'));
}

/** Every `class`, `id` and `data-*` attribute removed. */
export function stripPage(doc: Document): void {
  for (const el of elementsOf(doc))
    for (const attr of Array.from(el.attributes)) if (isChurningAttribute(attr.name)) el.removeAttribute(attr.name);
}

/**
 * Every class replaced by a CSS-module style hash that keeps no part of its original name (the
 * same class gets the same hash on one page), and every test id removed.
 */
export function renamePage(doc: Document, seed = 1): void {
  const rand = seededRandom(seed);
  const hashes = new Map<string, string>();
  const hashOf = (name: string): string => {
    let hash = hashes.get(name);
    while (!hash || Array.from(hashes.values()).includes(hash)) hash = `${token(rand, 6)}__${token(rand, 5)}`;
    hashes.set(name, hash);
    return hash;
  };
  for (const el of elementsOf(doc)) {
    for (const attr of Array.from(el.attributes)) if (isTestId(attr.name)) el.removeAttribute(attr.name);
    const classes = (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
    if (classes.length > 0) el.setAttribute('class', classes.map(hashOf).join(' '));
  }
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** Starts with a capital Q or X and mixes digits, so it never spells a class name the adapters know. */
function token(rand: () => number, length: number): string {
  let text = rand() < 0.5 ? 'Q' : 'X';
  while (text.length < length) text += LETTERS[Math.floor(rand() * LETTERS.length)];
  return `${text}${Math.floor(rand() * 10)}`;
}
