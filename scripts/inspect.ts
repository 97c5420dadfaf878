import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { inspectPage } from './inspect-page';

const USAGE = `Usage: npm run inspect -- <saved-page.html> --url <the page's URL> [--now <ISO time>] [--tz <IANA zone>]

Runs the matching Touchline adapter on a saved CRM page and prints what it reads as JSON.
Exit codes: 0 read, 2 a record page that could not be read, 3 not a record page of a supported CRM, 1 bad arguments.`;

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(1);
}

function main(): void {
  let parsed: ReturnType<
    typeof parseArgs<{
      options: { url: { type: 'string' }; now: { type: 'string' }; tz: { type: 'string' }; help: { type: 'boolean' } };
      allowPositionals: true;
    }>
  >;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { url: { type: 'string' }, now: { type: 'string' }, tz: { type: 'string' }, help: { type: 'boolean' } },
    });
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const [file] = positionals;
  if (!file || positionals.length > 1) fail('Give exactly one saved page.');
  const url = values.url ?? savedFromUrl(readPage(file));
  if (!url || !URL.canParse(url))
    fail("Give the page's URL with --url (e.g. https://app.hubspot.com/contacts/123/record/0-1/901).");
  const now = values.now ? new Date(values.now) : new Date();
  if (Number.isNaN(now.getTime())) fail(`--now is not an ISO time: ${values.now}`);
  const timeZone = values.tz ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!isZone(timeZone)) fail(`--tz is not an IANA time zone: ${timeZone}`);
  const { exitCode, output } = inspectPage(readPage(file), url, now, timeZone);
  console.log(JSON.stringify(output, null, 2));
  process.exitCode = exitCode;
}

function readPage(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    fail(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Chromium's "Save page as" writes `<!-- saved from url=(0054)https://… -->` at the top. */
function savedFromUrl(html: string): string | undefined {
  return html.match(/<!-- saved from url=\(\d+\)(\S+?) -->/)?.[1];
}

function isZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

main();
