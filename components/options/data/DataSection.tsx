/** "Your data" on the options page: what is stored, export, import, erase (built by the data-ownership work). */
export function DataSection() {
  return <section aria-labelledby="tl-data-heading" />;
}
