// @vitest-environment happy-dom
/**
 * The name in "You in your CRMs" is matched to the owners pages name by exact string (team rows
 * are keyed by owner). Adapters read an owner through textOf (lib/adapters/dom.ts), which
 * collapses every run of whitespace, no-break spaces included, to one space. A name pasted from
 * the CRM page with a no-break space, or typed with two spaces, is stored and used spaced the same
 * way (the schema's yourName, and yourNameIn for a copy that never went through the schema), so
 * the user's logged touches and the page's are one owner, on one team row. Case and accents are
 * kept: the name is "exactly as the CRM shows it" (docs/settings.md).
 */
import { describe, expect, it } from 'vitest';
import { textOf } from '../../../lib/adapters/dom';
import { defaultSettings, settingsSchema } from '../../../lib/schema/settings';
import { yourNameIn } from '../../../lib/settings/your-name';

/** The owner an adapter reads from a page element whose text is `text`. */
function pageOwner(text: string): string {
  const owner = document.createElement('span');
  owner.textContent = text;
  return textOf(owner);
}

const saved = (name: string) => settingsSchema.parse({ ...defaultSettings('UTC'), yourNames: { hubspot: name } });

describe('your name in a CRM, spaced as the page shows it', () => {
  it('a name pasted with a no-break space is stored as the owner the page reads', () => {
    expect(saved('Dana\u00a0Rep').yourNames.hubspot).toBe(pageOwner('Dana\u00a0Rep'));
  });

  it('a name typed with two spaces, or a tab, is stored as the owner the page reads', () => {
    expect(saved(' Dana  Rep ').yourNames.hubspot).toBe(pageOwner('Dana  Rep'));
    expect(saved('Dana\tRep').yourNames.hubspot).toBe(pageOwner('Dana\tRep'));
  });

  it('a copy not read through the schema gives the owner the page reads', () => {
    expect(yourNameIn({ yourNames: { hubspot: 'Dana\u00a0 Rep' } }, 'hubspot')).toBe(pageOwner('Dana\u00a0 Rep'));
  });

  it('keeps case, accents and "Last, First" as typed', () => {
    expect(saved('de la Peña,\u00a0JOSÉ').yourNames.hubspot).toBe('de la Peña, JOSÉ');
    expect(yourNameIn(saved('de la Peña, JOSÉ'), 'hubspot')).toBe('de la Peña, JOSÉ');
  });
});
