import { browser } from 'wxt/browser';
import { TEST_PAGE_KEY } from '../../lib/background/capture';
import { testPageSchema } from '../../lib/capture/test-page';
import { renderMissing, renderTestPage } from './render';
import './style.css';

/**
 * The extension page that saves a masked test page: the background put it in storage and opened
 * this page with its id in the hash. The download is a blob in the extension's own origin.
 */
async function main(root: HTMLElement): Promise<void> {
  const area = browser.storage.session ?? browser.storage.local;
  const stored = (await area.get(TEST_PAGE_KEY))[TEST_PAGE_KEY] as { id?: unknown; page?: unknown } | undefined;
  const page = testPageSchema.safeParse(stored?.page);
  if (!stored || stored.id !== location.hash.slice(1) || !page.success) {
    renderMissing(root);
    return;
  }
  const link = renderTestPage(root, page.data, new Blob([page.data.html], { type: 'text/html' }));
  // The user asked for the file a moment ago: start the download; the link stays for a retry.
  link.click();
}

void main(document.getElementById('test-page') as HTMLElement);
