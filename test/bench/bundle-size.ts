import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR } from '../browser/harness';
import { builtManifest } from './extension';
import type { Figure } from './report';

export const CONTENT_SCRIPT_TARGET_KB = 40;
const CHART_CHUNK = 'trend-chart.js';

/** Gzipped size in KB (1,024 bytes) at gzip's default level, as servers and stores compress. */
function gzipKb(file: string): number {
  return gzipSync(readFileSync(join(EXTENSION_DIR, file))).length / 1024;
}

/**
 * content_script_gzip_kb = max over the built manifest's content_scripts entries of the summed
 * gzipped size of the entry's JS files: what one CRM page is injected with (after the split into
 * one content script per CRM, each page gets only its entry). Entries and their CSS are listed.
 * chart_chunk_gzip_kb = gzipped size of the lazily loaded chart chunk (trend-chart.js), without a target.
 */
export function bundleSizes(): Figure[] {
  const entries = builtManifest().content_scripts ?? [];
  if (entries.length === 0) throw new Error('the built manifest has no content_scripts');
  const sized = entries.map((entry) => {
    const js = (entry.js ?? []).map((file) => ({ file, kb: gzipKb(file) }));
    const css = (entry.css ?? []).map((file) => ({ file, kb: gzipKb(file) }));
    return { matches: entry.matches, js, css, kb: js.reduce((sum, f) => sum + f.kb, 0) };
  });
  const largest = sized.reduce((a, b) => (b.kb > a.kb ? b : a));
  const uiCss = (builtManifest().web_accessible_resources ?? [])
    .flatMap((r) => r.resources)
    .filter((file) => file.startsWith('content-scripts/') && file.endsWith('.css'));
  return [
    {
      name: 'content_script_gzip_kb',
      value: largest.kb,
      target: CONTENT_SCRIPT_TARGET_KB,
      digits: 1,
      detail: `largest of ${sized.length} content script entr${sized.length === 1 ? 'y' : 'ies'}: ${largest.js.map((f) => f.file).join(' + ')}`,
      notes: [
        ...sized.map(
          (entry) =>
            `${entry.matches.join(' ')}: ${[...entry.js, ...entry.css].map((f) => `${f.file} ${f.kb.toFixed(1)} KB`).join(', ')}`,
        ),
        ...uiCss.map((file) => `panel CSS fetched into the shadow root: ${file} ${gzipKb(file).toFixed(1)} KB`),
      ],
    },
    {
      name: 'chart_chunk_gzip_kb',
      value: gzipKb(CHART_CHUNK),
      digits: 1,
      detail: `${CHART_CHUNK}, loaded only when a chart is opened`,
    },
  ];
}
