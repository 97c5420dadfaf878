export const cleanText = (text: string | null | undefined) => text?.replace(/\s+/g, ' ').trim() ?? '';

/** A column header's cells below it, or the value beside a field label. */
export function labelledValues(label: Element): string[] {
  const cell = label.closest('th');
  const table = cell?.closest('table');
  if (cell && table) {
    const column = Array.from(cell.parentElement?.children ?? []).indexOf(cell);
    const rows = Array.from(table.querySelectorAll('tbody tr'));
    return rows.map((row) => cleanText(row.children[column]?.textContent));
  }
  return [cleanText(label.nextElementSibling?.textContent)];
}
