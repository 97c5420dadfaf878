/**
 * The zone the file's clock times are read in, said beside the preview that reads them so: the
 * one this account's first import was read in (an export's times are its CRM user's, which do not
 * move when the manager travels), else this browser's, which the account then keeps.
 */
export function ZoneNote({ zone, remembered }: { zone: string; remembered: boolean }) {
  return (
    <p class="tl-hint" data-import-zone={zone}>
      {remembered
        ? `Times in this file are read in ${zone}, as for this account's earlier imports.`
        : `Times in this file are read in ${zone}, this browser's time zone; this account's later imports will be read in it too.`}
    </p>
  );
}
