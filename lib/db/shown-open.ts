import type { Contact, Deal } from '../schema/record';

/** A deal whose copy shows its stage and no closed marker is open again (reopened deals happen). */
export function shownOpen(record: Contact | Deal): boolean {
  return record.kind === 'deal' && record.stage !== undefined && record.closed === undefined;
}
