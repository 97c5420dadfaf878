import { CRM_NAMES } from '../../../lib/crm-names';
import type { StoredAccount } from '../../../lib/db/erase-scopes';

interface Props {
  accounts: StoredAccount[];
  /** `opener`: the account's Erase button, where focus returns if the erase is cancelled. */
  onErase(account: StoredAccount, opener: HTMLElement): void;
  /** While other data work runs. */
  disabled: boolean;
}

/** What Touchline stores per CRM account, each with its own erase button. */
export function StoredTable({ accounts, onErase, disabled }: Props) {
  if (accounts.length === 0) return <p data-stored="none">Touchline stores nothing yet.</p>;
  return (
    <table class="tl-opt-table">
      <caption>Stored per CRM account</caption>
      <thead>
        <tr>
          <th scope="col">CRM account</th>
          <th scope="col">Contacts</th>
          <th scope="col">Deals</th>
          <th scope="col">Activities</th>
          <th scope="col">Touches logged in Touchline</th>
          <th scope="col">
            <span class="tl-opt-visually-hidden">Erase</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {accounts.map((account) => {
          const name = `${CRM_NAMES[account.crm]} ${account.tenant}`;
          return (
            <tr key={name} data-account={`${account.crm}:${account.tenant}`}>
              <th scope="row">{name}</th>
              <td data-count="contacts">{account.contacts}</td>
              <td data-count="deals">{account.deals}</td>
              <td data-count="activities">{account.activities}</td>
              <td data-count="logged">{account.logged}</td>
              <td>
                <button
                  type="button"
                  data-action="erase-account"
                  disabled={disabled}
                  onClick={(event) => onErase(account, event.currentTarget)}
                >
                  Erase<span class="tl-opt-visually-hidden"> {name}</span>
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
