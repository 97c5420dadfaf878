/** `touchline-test-page-<crm>-<kind>-<date>.html`, the date the UTC day of the capture. */
export function testPageFileName(crm: string, kind: string, at: Date): string {
  return `touchline-test-page-${crm}-${kind}-${at.toISOString().slice(0, 10)}.html`;
}
