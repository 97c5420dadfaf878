/** Email addresses as a field or section prints them, each once, in page order. */
export function emailAddressesIn(text: string): string[] {
  return Array.from(new Set(text.match(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g) ?? []));
}
