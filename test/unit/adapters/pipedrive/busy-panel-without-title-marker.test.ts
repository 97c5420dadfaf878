/**
 * A person page whose header is a plain block with the name in an `<h1>` (no title test id, no
 * `<header>` element: classes build-hashed, crm-evidence-2.md) is rendered: an unrelated sidebar
 * panel still busy does not leave it "loading" for ever.
 */
import { describe, expect, it } from 'vitest';
import { edited, fixturePage, readPage } from '../page-variation';

const person = fixturePage('pipedrive', 'person-hashed');
const plainHeader = edited(
  person.html,
  [
    /<header class="DetailHeader_root__a8Rt3">\n(\s*)<div data-testid="header-title" class="DetailHeader_title__a8Rt3">/,
    '<div class="DetailHeader_root__a8Rt3">\n$1<div class="DetailHeader_title__a8Rt3">',
  ],
  [/<\/a>\n(\s*)<\/header>/, '</a>\n$1</div>'],
);
const busyPanel = '<section class="AppPanel_root__k2Lw8" aria-busy="true" aria-label="Contact enrichment"></section>';

describe('a person page named only by its h1, with a busy side panel', () => {
  it('is read, not reported loading', () => {
    const html = edited(plainHeader, [
      '<aside class="DetailView_sidebar__h2Jk4">',
      `<aside class="DetailView_sidebar__h2Jk4">${busyPanel}`,
    ]);
    const reading = readPage(html, person.url);
    expect(reading.exitCode).toBe(0);
    expect(reading.record.name).toBe('Maya Lindqvist');
    expect(reading.activities).toHaveLength(8);
  });

  it('is still loading while its feed is a skeleton and nothing of it is shown', () => {
    const html = edited(plainHeader, [
      /<div class="DetailView_main__h2Jk4">[\s\S]*<\/section>\n {10}<\/div>/,
      '<div class="DetailView_main__h2Jk4"><div class="FlowSkeleton_root__r4" aria-busy="true"></div></div>',
    ]);
    expect(readPage(html, person.url).exitCode).toBe(2);
  });
});
