import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { renamePage } from '../../../robustness/page-transforms';
import { edited, fixturePage, readPage } from '../page-variation';

/**
 * The History feed's filter chips (crm-evidence-2.md: buttons with `aria-pressed`) sit beside its
 * entries in person-long-timeline. With class names renamed, entries are found by structure, and
 * the chip bar, holding a kind's name ("Changelog", "Email"), must not become an entry.
 */
function renamed(html: string, url: string): string {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true } });
  try {
    window.document.write(html);
    renamePage(window.document as unknown as Document);
    return `${html.match(/^<!-- saved from url=\(\d+\)\S+? -->/)?.[0] ?? ''}\n${window.document.documentElement.outerHTML}`;
  } finally {
    window.close();
  }
}

describe('Pipedrive, classes renamed: the History filter bar', () => {
  const page = fixturePage('pipedrive', 'person-long-timeline');
  const undated = (html: string) =>
    readPage(renamed(html, page.url), page.url).activities.filter((a) => !a.timestamp && !a.dateText);

  it('is no entry of the feed', () => {
    expect(undated(page.html)).toEqual([]);
  });

  it('adds no email touch when a chip reads "Email"', () => {
    const emailChip = edited(page.html, [
      '<button role="tab">Emails</button><button role="tab">Files</button><button role="tab">Changelog</button>',
      '<button role="tab">Email</button><button role="tab">Files</button>',
    ]);
    expect(undated(emailChip)).toEqual([]);
  });
});
