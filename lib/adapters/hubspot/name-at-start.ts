const PART = "\\p{Lu}[\\p{L}'.-]+";
/** Lowercase words inside names: "Ana Maria da Silva", "Jan van der Berg", "Lena von Stein". */
const PARTICLE = '(?:d[aeiou]|das|dos|del|della|der|den|des|van|von|ter|ten|la|le|zu)';
/**
 * A person's name: two to five capitalised words, lowercase particles between them (one word is
 * too often "Contact" or "Deal"). A name cut short would be a second rep in the team view, so
 * where a sixth word could go on from the fifth there is no name.
 */
const NAME = `${PART}(?: (?:${PARTICLE} )*${PART}){1,4}(?![\\p{L}'.-]| (?:${PARTICLE} )*\\p{Lu})`;
/** A header ends with its name, or goes on with other words ("Note by Alex Morgan", "… · Alex Morgan"). */
export const NAME_IN_HEADER = new RegExp(`^${NAME}`, 'u');
/**
 * An item's body runs on after a name with the item's own text ("to Casey Nguyen Thanks — …"):
 * there a name must end the text or be followed by a lowercase word ("Alex Morgan logged a call").
 */
export const NAME_IN_BODY = new RegExp(`^${NAME}(?=$| \\p{Ll})`, 'u');

/** A name found in a text, and where: `text.slice(start, end)` is the name. */
export interface FoundName {
  name: string;
  start: number;
  end: number;
}

/** Names the page prints whole: the record's owner and reps named elsewhere, the record's contacts. */
export interface KnownNames {
  shown: readonly string[];
  contactNames: readonly string[];
}

/**
 * The name `text` opens with: one the page shows elsewhere, as printed there, else one of the
 * pattern's shape. Capitalised words before a name run into it ("Quarterly Review Alex Morgan",
 * "Erstgespräch Lena Vogt": a subject, any German noun): where such a run ends with a name the
 * page knows, the name is that one, found after the run's start; where a known name sits inside it
 * otherwise, the run is no name at all. Never a longer name than the text supports.
 */
export function nameAtStart(text: string, pattern: RegExp, known: KnownNames): FoundName | undefined {
  const same = longest(
    known.shown.filter((name) => name && text.startsWith(name) && !/^\p{L}/u.test(text.slice(name.length))),
  );
  if (same) return { name: same, start: 0, end: same.length };
  const run = text.match(pattern)?.[0];
  if (!run) return undefined;
  const inside = [...known.shown, ...known.contactNames].filter(
    (name) => name.includes(' ') && name !== run && ` ${run} `.includes(` ${name} `),
  );
  if (inside.length === 0) return { name: run, start: 0, end: run.length };
  const last = longest(inside.filter((name) => run.endsWith(` ${name}`)));
  return last ? { name: last, start: run.length - last.length, end: run.length } : undefined;
}

function longest(names: readonly string[]): string | undefined {
  return names.reduce<string | undefined>((best, name) => (name.length > (best?.length ?? 0) ? name : best), undefined);
}
