import { allVisible, textOf } from '../dom';
import { SELECTORS } from './selectors';

export interface PersonLink {
  id: string;
  name: string;
}

/** Person links (`/person/{id}`, crm-pages.md URL shape) inside an element, each id once. */
export function personLinksIn(root: ParentNode): PersonLink[] {
  const seen = new Map<string, string>();
  for (const a of allVisible(root, SELECTORS.personLink)) {
    const id = (a.getAttribute('href') ?? '').match(/\/person\/(\d+)/)?.[1];
    if (id && !seen.has(id)) seen.set(id, textOf(a));
  }
  return Array.from(seen, ([id, name]) => ({ id, name }));
}

export function personIdsIn(root: ParentNode): string[] {
  return personLinksIn(root).map((p) => p.id);
}
