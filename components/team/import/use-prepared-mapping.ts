import { useEffect, useState } from 'preact/hooks';
import { loadDealMapping } from '../../../lib/csv-import/deals/mapping-store';
import { type PreparedDealMapping, prepareDealMapping } from '../../../lib/csv-import/deals/prepare';
import { loadMapping } from '../../../lib/csv-import/mapping-store';
import { type PreparedMapping, prepareMapping } from '../../../lib/csv-import/prepare-mapping';
import type { Crm } from '../../../lib/schema/activity';
import type { ExportKind } from './deal-import-steps';
import type { OrderStatus } from './use-csv-import';

/**
 * The chosen file's mapping, prepared from its first rows, detection and the mapping remembered
 * for the account (an activity or a deal mapping, by the file's kind), and its dates' order.
 * Prepared again when the CRM, the account or the file changes.
 */
export function usePreparedMapping(crm: Crm, tenant: string | undefined, rows: string[][], kind: ExportKind) {
  const [prepared, setPrepared] = useState<PreparedMapping>();
  const [dealPrepared, setDealPrepared] = useState<PreparedDealMapping>();
  const [orderStatus, setOrderStatus] = useState<OrderStatus>('not-needed');
  /** The order used for this account before (its saved mapping's), where a date column picked by hand is checked from. */
  const [accountOrder, setAccountOrder] = useState<boolean>();

  useEffect(() => {
    if (rows.length === 0) return;
    let current = true;
    if (kind === 'deals') {
      (tenant ? loadDealMapping(crm, tenant) : Promise.resolve(undefined)).then((saved) => {
        if (!current) return;
        const next = prepareDealMapping(crm, rows, saved);
        setPrepared(undefined);
        setDealPrepared(next);
        setOrderStatus(next.dateOrder);
        setAccountOrder(saved?.dayFirst);
      });
    } else {
      (tenant ? loadMapping(crm, tenant) : Promise.resolve(undefined)).then((saved) => {
        if (!current) return;
        const next = prepareMapping(crm, rows, saved);
        setDealPrepared(undefined);
        setPrepared(next);
        setOrderStatus(next.dateOrder);
        setAccountOrder(saved?.dayFirst);
      });
    }
    return () => {
      current = false;
    };
  }, [crm, tenant, rows, kind]);

  /** A new file: the previous file's mapping must not import it while its own is prepared. */
  const forget = () => {
    setPrepared(undefined);
    setDealPrepared(undefined);
  };

  return { prepared, setPrepared, dealPrepared, setDealPrepared, orderStatus, setOrderStatus, accountOrder, forget };
}
