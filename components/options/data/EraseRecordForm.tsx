import { useState } from 'preact/hooks';
import { ADAPTERS } from '../../../lib/adapters';
import { recordPageOf } from '../../../lib/adapters/record-page';
import { recordKey } from '../../../lib/keys';

interface Props {
  /** `opener`: the control the erase was asked from (the address field when submitted with Enter, else the button). */
  onErase(recordKey: string, what: string, opener: HTMLElement | null): void;
  /** While other data work runs. */
  disabled: boolean;
}

/** Erase one record from here by its page's address (the panel's menu does it from the page itself). */
export function EraseRecordForm({ onErase, disabled }: Props) {
  const [address, setAddress] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  function submit(event: SubmitEvent) {
    event.preventDefault();
    const page = URL.canParse(address.trim()) ? recordPageOf(new URL(address.trim()), ADAPTERS) : null;
    if (!page) {
      setProblem('Paste the address of a contact or deal page in HubSpot, Salesforce or Pipedrive.');
      return;
    }
    setProblem(null);
    onErase(recordKey(page.ref), `this ${page.ref.kind} (${page.ref.recordId})`, openerOf(event));
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

/**
 * The control a submit came from: the one focused in the form (Enter in the address field gives
 * the button as `submitter`, yet the user is in the field), else the button clicked (a click does
 * not focus a button in every browser).
 */
function openerOf(event: SubmitEvent): HTMLElement | null {
  const form = event.currentTarget as HTMLFormElement;
  const focused = document.activeElement;
  if (focused instanceof HTMLElement && form.contains(focused)) return focused;
  return event.submitter;
}
