import { useEffect, useState } from 'preact/hooks';
import type { TouchlineDb } from '../../lib/db/schema';
import { readOwners } from '../../lib/team/read-lists';

/** The owners named on stored activities, as the CRMs spell them; empty until read, or if reading fails. */
export function useStoredOwners(db: () => Promise<TouchlineDb>): string[] {
  const [owners, setOwners] = useState<string[]>([]);
  useEffect(() => {
    let live = true;
    db()
      .then(readOwners)
      .then((read) => live && setOwners(read))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [db]);
  return owners;
}
