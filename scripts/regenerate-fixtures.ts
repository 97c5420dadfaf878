import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { generateWorld } from '../test/demo-crm/generate-world';
import { demo as hubspot } from '../test/demo-crm/hubspot/index';
import { demo as pipedrive } from '../test/demo-crm/pipedrive/index';
import { demo as salesforce } from '../test/demo-crm/salesforce/index';
import { FIXED_NOW } from '../test/demo-crm/world';
import { FIXTURE_NOW, FIXTURE_ZONE, FIXTURES_DIR, fixtureFiles, savedFromLine } from '../test/fixtures/fixture-files';
import { inspectPage } from './inspect-page';

/**
 * Snapshots the demo CRMs' pages at the fixed clock as `demo-<name>.html` fixtures, then writes
 * their expected JSON with `inspect`. Hand-written fixtures keep their reviewed expected JSON
 * unless `--all` is given: review the diff before committing it.
 */
const world = generateWorld({ now: FIXED_NOW });
for (const demo of [hubspot, salesforce, pipedrive]) {
  for (const { name, path } of demo.fixturePages(world)) {
    const url = `https://${demo.host}${path}`;
    const window = new Window({ url });
    demo.render(window.document as unknown as Document, new URL(url), world, 'ready');
    const html = `${savedFromLine(url)}\n<!DOCTYPE html>\n${window.document.documentElement.outerHTML}\n`;
    writeFileSync(join(FIXTURES_DIR, demo.crm, `demo-${name}.html`), html);
    window.close();
  }
}

const all = process.argv.includes('--all');
for (const fixture of fixtureFiles()) {
  if (!all && !fixture.name.startsWith('demo-')) continue;
  const { output } = inspectPage(fixture.html, fixture.url, FIXTURE_NOW, FIXTURE_ZONE);
  writeFileSync(fixture.expectedPath, `${JSON.stringify(output, null, 2)}\n`);
  console.log(`wrote ${fixture.expectedPath}`);
}
