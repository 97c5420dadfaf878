import type { TestPage } from '../../lib/capture/test-page';

const ATTACH =
  'Attach the file to a bug report with what the panel showed and what you expected. Anyone with the ' +
  'Touchline source can run `npm run inspect -- <file>` on it to see what Touchline reads.';

const CHECK =
  'Touchline replaced the names it recognised (the record, its contacts and owners, people in links and ' +
  'activity sentences), email addresses, phone numbers and the text of notes and emails with placeholders. ' +
  'It keeps company names, amounts, subjects and dates. Open the file and look before you share it.';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}

function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toLocaleString('en-US', { maximumFractionDigits: 1 })} KB`;
}

/** Shows what was captured and masked, and returns the download link. */
export function renderTestPage(root: HTMLElement, page: TestPage, file: Blob): HTMLAnchorElement {
  const { counts } = page;
  const link = el('a', `Save ${page.fileName}`);
  link.href = URL.createObjectURL(file);
  link.download = page.fileName;
  link.dataset.action = 'download-test-page';
  const summary = el('dl');
  summary.dataset.testPage = '';
  summary.dataset.bytes = String(file.size);
  const rows: [string, string, string][] = [
    ['Page', page.pageUrl, 'url'],
    ['File size', kilobytes(file.size), 'size'],
    ['Names replaced', String(counts.names), 'names'],
    ['Email addresses replaced', String(counts.emails), 'emails'],
    ['Phone numbers replaced', String(counts.phones), 'phones'],
    ['Notes and email bodies replaced', String(counts.freeText), 'free-text'],
    ['Time the page was busy', `${Math.round(page.busyMs)} ms`, 'busy'],
    ['Longest pause of the page', `${Math.round(page.longestSliceMs)} ms`, 'longest-slice'],
  ];
  for (const [label, value, key] of rows) {
    const dd = el('dd', value);
    dd.dataset.count = key;
    summary.append(el('dt', label), dd);
  }
  root.replaceChildren(
    el('h1', 'Touchline test page'),
    el('p', 'Your download should start by itself. If it does not:'),
    link,
    summary,
    el('h2', 'Before you share it'),
    el('p', CHECK),
    el('h2', 'Reporting the problem'),
    el('p', ATTACH),
  );
  return link;
}

export function renderMissing(root: HTMLElement): void {
  root.replaceChildren(
    el('h1', 'Touchline test page'),
    el(
      'p',
      'This test page is no longer here (a newer one replaced it, or the browser was restarted). ' +
        'Save it again from the Touchline panel on the CRM page.',
    ),
  );
}
