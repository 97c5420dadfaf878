/**
 * The timeline's items, each once, in page order: the Overview tab, the pinned section and
 * accessibility clones repeat items (crm-evidence-2.md). Copies merge by engagement id, else by
 * identical content; a copy without the id (a pinned copy's header shows an unpin button, not the
 * id) is the same item as an identical copy with one, and takes its id. Two identical items with
 * different ids stay two (metrics.md: a double dial is two attempts).
 */
export class ItemCopies<T> {
  readonly items: T[] = [];
  private readonly ids = new Set<string>();
  /** Content → the index of the first item showing it. */
  private readonly contents = new Map<string, number>();
  /** Content → the index of an item without an id that no copy with an id has claimed yet. */
  private readonly withoutId = new Map<string, number>();

  add(item: T, sourceId: string | undefined, content: string): void {
    if (!sourceId) {
      if (this.contents.has(content)) return;
      this.contents.set(content, this.items.length);
      this.withoutId.set(content, this.items.length);
      this.items.push(item);
      return;
    }
    if (this.ids.has(sourceId)) return;
    this.ids.add(sourceId);
    const copy = this.withoutId.get(content);
    if (copy !== undefined) {
      // The copy with the id is read in its place: it carries the id and the feed's own parts.
      this.withoutId.delete(content);
      this.items[copy] = item;
      return;
    }
    if (!this.contents.has(content)) this.contents.set(content, this.items.length);
    this.items.push(item);
  }
}
