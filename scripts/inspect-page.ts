import { Window } from 'happy-dom';
import { ADAPTERS } from '../lib/adapters/index';
import { readRecordPage, recordPageOf } from '../lib/adapters/record-page';
import { readingKeys, recordKey } from '../lib/keys';

export interface InspectOutcome {
  exitCode: 0 | 2 | 3;
  output: Record<string, unknown>;
}

/**
 * What `npm run inspect` prints for a saved page (contracts.md): the adapter's reading with each
 * activity's storage key, exit 0; a record page it could not read, exit 2; not a record page, 3.
 */
export function inspectPage(html: string, pageUrl: string, now: Date, timeZone: string): InspectOutcome {
  const url = new URL(pageUrl);
  const page = recordPageOf(url, ADAPTERS);
  if (!page) return { exitCode: 3, output: { error: 'not a record page of a supported CRM', url: pageUrl } };
  const window = new Window({
    url: pageUrl,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      handleDisabledFileLoadingAsSuccess: true,
    },
  });
  try {
    window.document.write(html);
    const result = readRecordPage(page, window.document as unknown as Document, url, { now, timeZone });
    if (result.status !== 'read') return { exitCode: 2, output: result };
    const owner = recordKey(result);
    const { crm, kind, tenant, recordId, record, crmFigures, notRead } = result;
    const keys = readingKeys(crm, tenant, owner, result.activities, timeZone);
    const activities = result.activities.map((a, i) => ({
      key: keys[i],
      origin: 'page',
      ...a,
    }));
    return { exitCode: 0, output: { crm, kind, tenant, recordId, record, activities, crmFigures, notRead } };
  } finally {
    window.close();
  }
}
