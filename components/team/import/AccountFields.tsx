import { CRM_NAMES } from '../../../lib/crm-names';
import type { Account } from '../../../lib/csv-import/accounts';
import type { Crm } from '../../../lib/schema/activity';

/** What each CRM calls the account a file comes from, as the user would find it. */
const ACCOUNT_HINTS: Record<Crm, string> = {
  hubspot: 'portal id, e.g. 123456 (in app.hubspot.com/contacts/123456/…)',
  salesforce: 'org host, e.g. acme.lightning.force.com',
  pipedrive: 'company subdomain, e.g. acme (acme.pipedrive.com)',
};

interface AccountFieldsProps {
  crm: Crm;
  account: string;
  accounts: Account[];
  disabled: boolean;
  onCrm(crm: Crm): void;
  onAccount(text: string): void;
}

/** Which CRM and which account the file comes from: the tenant of every key the import writes. */
export function AccountFields({ crm, account, accounts, disabled, onCrm, onAccount }: AccountFieldsProps) {
  const listId = 'tl-import-accounts';
  return (
    <fieldset class="tl-import-account" disabled={disabled}>
      <legend>Where the file comes from</legend>
      <label class="tl-field-row">
        <span class="tl-label">CRM</span>
        <select class="tl-select" name="crm" value={crm} onChange={(e) => onCrm(e.currentTarget.value as Crm)}>
          {(Object.keys(CRM_NAMES) as Crm[]).map((c) => (
            <option key={c} value={c}>
              {CRM_NAMES[c]}
            </option>
          ))}
        </select>
      </label>
      <label class="tl-field-row">
        <span class="tl-label">Account</span>
        <input
          class="tl-input"
          name="account"
          list={listId}
          value={account}
          aria-describedby="tl-import-account-hint"
          onInput={(e) => onAccount(e.currentTarget.value)}
        />
      </label>
      <datalist id={listId}>
        {accounts
          .filter((a) => a.crm === crm)
          .map((a) => (
            <option key={a.tenant} value={a.tenant} />
          ))}
      </datalist>
      <p id="tl-import-account-hint" class="tl-hint">
        {CRM_NAMES[crm]}: {ACCOUNT_HINTS[crm]}
      </p>
    </fieldset>
  );
}
