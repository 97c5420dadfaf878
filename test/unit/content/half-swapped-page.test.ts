// @vitest-environment happy-dom
// The real adapters on pages taken apart mid-swap: nothing may throw (reading or choosing what to watch).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ADAPTERS as adapters } from '../../../lib/adapters/index';
import { readRecordPageInSlices } from '../../../lib/adapters/read-in-slices';
import { recordPageOf } from '../../../lib/adapters/record-page';
import { showHtml } from './show-html';

const URLS: Record<string, string> = {
  hubspot: 'https://app.hubspot.com/contacts/4410021/record/0-1/951',
  salesforce: 'https://acme.lightning.force.com/lightning/r/Contact/003000000000001AAA/view',
  pipedrive: 'https://acme.pipedrive.com/person/12',
};

function* cuts(): Generator<[string, string, number]> {
  for (const crm of Object.keys(URLS)) {
    const dir = `test/fixtures/${crm}`;
    for (const f of readdirSync(dir)
      .filter((f) => f.endsWith('.html'))
      .slice(0, 8)) {
      for (const every of [2, 3, 7]) yield [crm, `${dir}/${f}`, every];
    }
  }
}

describe('a page half swapped', () => {
  it('never makes observeRoot or the sliced reading throw', async () => {
    const errors: string[] = [];
    for (const [crm, file, every] of cuts()) {
      const html = readFileSync(file, 'utf8');
      const body = html.match(/<body[^>]*>([\s\S]*)<\/body>/i)?.[1] ?? html;
      showHtml(document.body, body);
      const all = Array.from(document.body.querySelectorAll('*'));
      all.forEach((el, i) => {
        if (i % every === 0) el.remove();
        else if (i % every === 1) el.setAttribute('style', 'display:none');
      });
      const page = recordPageOf(new URL(URLS[crm] as string), adapters);
      if (!page) throw new Error('no page');
      try {
        page.adapter.observeRoot(document);
        const r = await readRecordPageInSlices(
          page,
          document,
          new URL(URLS[crm] as string),
          { now: new Date('2026-11-20T15:00:00Z'), timeZone: 'UTC' },
          { sliceMs: 1000, pause: async () => {}, cancelled: () => false },
        );
        if (!r) errors.push(`${file} ${every}: null`);
        else if (r.status === 'unreadable' && /Error|TypeError|undefined/.test(r.reason))
          errors.push(`${file} ${every}: ${r.reason}`);
      } catch (e) {
        errors.push(`${file} ${every}: threw ${e}`);
      }
    }
    expect(errors).toEqual([]);
  });
});
