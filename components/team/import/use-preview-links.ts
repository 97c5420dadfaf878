import { useEffect, useState } from 'preact/hooks';
import { contactsOfAccount } from '../../../lib/csv-import/account-contacts';
import { type ContactsByEmail, contactsByEmail } from '../../../lib/csv-import/link-row';
import { retentionCutoff } from '../../../lib/db/retention-rule';
import type { Crm } from '../../../lib/schema/activity';
import { loadSettings } from '../../../lib/settings/storage';
import type { ImportEnvironment } from './use-csv-import';

/**
 * What the preview needs to tell the rows the import will skip though it reads them, as its report
 * does: the account, its cached contacts by email (a row without an id links by them), and the
 * retention cutoff (undefined when the settings cannot be read; the import then stops on them).
 */
export interface PreviewLinks {
  tenant: string;
  byEmail: ContactsByEmail;
  retentionCutoff: string | undefined;
}

/** The preview's links for the account and file on the form; undefined until read, or with no account. */
export function usePreviewLinks(
  env: Pick<ImportEnvironment, 'openDb' | 'now'>,
  crm: Crm,
  tenant: string | undefined,
  rows: string[][],
): PreviewLinks | undefined {
  const [links, setLinks] = useState<PreviewLinks>();
  useEffect(() => {
    setLinks(undefined);
    if (!tenant || rows.length === 0) return;
    let current = true;
    const cutoff = loadSettings().then(
      (settings) => retentionCutoff(env.now(), settings.retentionDays),
      () => undefined,
    );
    Promise.all([env.openDb().then((db) => contactsOfAccount(db, crm, tenant)), cutoff]).then(
      ([contacts, retention]) => {
        if (current) setLinks({ tenant, byEmail: contactsByEmail(contacts), retentionCutoff: retention });
      },
      // The cache could not be read: the preview shows the rows as read, and the import reports the rest.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [env.openDb, crm, tenant, rows]);
  return links;
}
