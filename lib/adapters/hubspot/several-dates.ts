import { atPath, pathTo, sameShape } from './undated-siblings';

/** An item found by its date line. */
interface Found {
  item: Element;
  date: Element;
}

/**
 * Items whose body shows a date of its own beside the header's (a meeting's day and hours, a
 * call's follow-up date, a task's due date). The finder takes each date line's largest container
 * holding no other date line (find-items.ts), so such an item falls apart into its header line and
 * its body, neither of them an item beside the others (or, each read alone, two). A sibling of an
 * item found, of its shape, holding two date lines or more, is one item, whatever was found inside
 * it; its date line is the one in the place its sibling's is, else its first (decisions.md: the
 * header's date before the body's). `perContainer`: how many date lines each element holds.
 */
export function withSeveralDates(
  found: readonly Found[],
  anchors: readonly Element[],
  perContainer: ReadonlyMap<Element, number>,
  title: Element | null,
): Found[] {
  const known = new Set(found.map(({ item }) => item));
  const models = new Map<Element, Found>();
  for (const item of found) if (item.item.parentElement) models.set(item.item.parentElement, item);
  const several: Found[] = [];
  for (const [parent, model] of models)
    for (const sibling of Array.from(parent.children)) {
      if (known.has(sibling) || (perContainer.get(sibling) ?? 0) < 2 || !sameShape(sibling, model.item)) continue;
      if (title && sibling.contains(title)) continue;
      const held = anchors.filter((anchor) => sibling.contains(anchor));
      const inPlace = atPath(sibling, pathTo(model.date, model.item));
      const date = inPlace && held.includes(inPlace) ? inPlace : held[0];
      if (date) several.push({ item: sibling, date });
    }
  return several;
}
