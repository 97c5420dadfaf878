import { useState } from 'preact/hooks';
import { ADAPTERS } from '../../../lib/adapters';
import { recordPageOf } from '../../../lib/adapters/record-page';
import { recordKey } from '../../../lib/keys';

interface Props {
  onErase(recordKey: string, what: string): void;
  /** While other data work runs. */
  disabled: boolean;
}

/** Erase one record from here by its page's address (the panel's menu does it from the page itself). */
export function EraseRecordForm({ onErase, disabled }: Props) {
  const [address, setAddress] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  function submit(event: Event) {
    event.preventDefault();
    const page = URL.canParse(address.trim()) ? recordPageOf(new URL(address.trim()), ADAPTERS) : null;
    if (!page) {
      setProblem('Paste the address of a contact or deal page in HubSpot, Salesforce or Pipedrive.');
      return;
    }
    setProblem(null);
    onErase(recordKey(page.ref), `this ${page.ref.kind} (${page.ref.recordId})`);
  }
  return (
    <form class="tl-opt-erase-record" onSubmit={submit}>
      <label>
        Erase one contact or deal: its page address{' '}
        <input
          type="url"
          name="eraseRecordUrl"
          value={address}
          aria-invalid={problem ? 'true' : undefined}
          aria-describedby={problem ? 'tl-erase-record-problem' : undefined}
          onInput={(event) => setAddress(event.currentTarget.value)}
        />
      </label>{' '}
      <button type="submit" data-action="erase-record" disabled={disabled}>
        Erase this record
      </button>
      {problem && (
        <p id="tl-erase-record-problem" class="tl-opt-error">
          {problem}
        </p>
      )}
    </form>
  );
}
