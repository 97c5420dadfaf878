import { capturePage } from '../../lib/capture/capture-page';
import { testPageFileName } from '../../lib/capture/test-page-name';
import type { CaptureRequest, TestPageRequest } from '../../lib/content/chunk-apis';
import { PANEL_ELEMENT } from '../../lib/content/panel-element';

/** Copies the page masked (Touchline's own panel left out) into what the background saves. */
export async function captureTestPage({ crm, kind, url, reading }: CaptureRequest): Promise<TestPageRequest> {
  const capture = await capturePage(document, {
    crm,
    url,
    reading,
    leaveOut: Array.from(document.querySelectorAll(PANEL_ELEMENT)),
  });
  return {
    html: capture.html,
    fileName: testPageFileName(crm, kind, new Date()),
    pageUrl: url,
    counts: capture.counts,
    busyMs: capture.busyMs,
    longestSliceMs: capture.longestSliceMs,
  };
}
