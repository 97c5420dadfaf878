/** The team page's import of a CRM's activity export (built by the CSV import work). */
export function CsvImport() {
  return <section aria-label="Import a CRM export" />;
}
