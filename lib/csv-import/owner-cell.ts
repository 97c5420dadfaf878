import { pageText } from '../adapters/dom';
import { namesNobody } from '../adapters/names-nobody';
import { fold } from '../locale/fold';
import type { Crm } from '../schema/activity';

/** The owners an account's pages and earlier imports named (knownOwners), as they printed them. */
export type KnownOwners = readonly string[];

/**
 * An owner cell's name as a page would show it, or undefined where the cell names nobody
 * ("Unassigned", "No owner", "--", blank, a Salesforce tool or system user: names-nobody.ts):
 * such a row is an ownerless touch, not a rep's. A name written last name first ("Rivera, Sam")
 * is the known owner it spells (ownerAsShown): one rep, one row (contracts.md).
 */
export function ownerCell(text: string | undefined, crm: Crm, known: KnownOwners = []): string | undefined {
  if (text === undefined) return undefined;
  const shown = pageText(text);
  return namesNobody(shown, crm) ? undefined : ownerAsShown(shown, known);
}

/**
 * A "Last, First" owner as the pages print the rep: a known owner spelt so (a CRM user named
 * "Rivera, Sam" on the pages too), else the known owner of that spelling turned round (pages show
 * a CRM user first name first: "Sam Rivera" logged the call), else the name turned round where
 * that is unambiguous (firstNameFirst). Only letter for letter: "Rivera, Samantha" is no known
 * "Sam Rivera", and a name written first name first stays as written.
 */
function ownerAsShown(name: string, known: KnownOwners): string {
  if (!name.includes(',')) return name;
  const asWritten = known.find((owner) => fold(owner) === fold(name));
  if (asWritten) return asWritten;
  const turned = firstNameFirst(name);
  const exact = turned && known.find((owner) => fold(owner) === fold(turned));
  return exact || turned || name;
}

/** Name suffixes, which after a comma are no first name ("Rivera, Jr."). */
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'phd', 'md', 'esq']);

/**
 * "Rivera, Sam" as "Sam Rivera": one comma, one word before it and a first name (with a middle
 * name or initial at most) after. Anything else may be two people ("Sam Rivera, Dana Reyes") or a
 * name with a suffix, and stays as the file wrote it unless a known owner matches.
 */
function firstNameFirst(name: string): string | undefined {
  const found = name.match(/^([\p{L}'’-]+),\s*([\p{L}'’-]+(?:\s+[\p{L}'’.-]+)?)$/u);
  if (!found?.[1] || !found[2]) return undefined;
  const given = found[2];
  if (SUFFIXES.has(fold(given).replace(/\./g, ''))) return undefined;
  return `${given} ${found[1]}`;
}
