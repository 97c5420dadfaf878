import { fireEvent } from '@testing-library/preact';

/** Imports write to fake-indexeddb on a shared 2-core machine: a second is not always enough. */
export const SLOW = { timeout: 15_000 };

/** Drops a file on the team page's import form, as the file picker does. */
export function chooseFile(name: string, text: string): void {
  const input = document.querySelector('input[type=file][data-action="import-csv"]') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File([text], name, { type: 'text/csv' })], configurable: true });
  fireEvent.change(input);
}

/** The import's report, once there is one. */
export function importReport(): HTMLElement | null {
  return document.querySelector('[data-import-report]');
}
