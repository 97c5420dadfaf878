import { NAME_PARTICLES } from './crm-parts';

/**
 * The initials an avatar shows for a name: every capitalised word's first letter ("Mary Ann
 * Smith" → "MAS") and the first and last ones ("MS"), particles left out ("Ana de la Cruz" → "AC").
 * Only two or three letters: longer ones are no avatar's.
 */
export function initialsOf(name: string): string[] {
  const words = (name.match(/\p{L}[\p{L}'’-]*/gu) ?? []).filter((w) => !NAME_PARTICLES.has(w.toLowerCase()));
  const capitals = words.map((w) => w.charAt(0)).filter((c) => c !== c.toLowerCase());
  if (capitals.length < 2) return [];
  const all = capitals.join('');
  const outer = `${capitals[0]}${capitals[capitals.length - 1]}`;
  return [...new Set([all, outer])].filter((initials) => initials.length <= 3);
}
