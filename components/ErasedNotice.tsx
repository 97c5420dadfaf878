import { focusStaysInPanel } from './focus-in-panel';

/** Erasing the shown record from the panel's menu (issue 13): the menu item, then what was erased. */
export interface EraseOffer {
  /** Set once the record was erased: what went. The panel reads the page again only when asked. */
  erased: string | null;
  onErase(): void;
  onReadAgain(): void;
}

export function eraseMenuItem(erase: EraseOffer) {
  return { action: 'erase-record', label: 'Erase this record from Touchline', onSelect: erase.onErase };
}

/**
 * In place of the numbers after an erase: what went, and a way to read the page again. It comes
 * into the panel's live region for it (Panel.tsx), which says it: no role of its own.
 */
export function ErasedNotice({ erase }: { erase: EraseOffer & { erased: string } }) {
  // The button goes with the notice as the page is read again, as "Try again" does (StateMessage.tsx).
  const readAgain = (event: MouseEvent) => {
    focusStaysInPanel(event.currentTarget as HTMLElement);
    erase.onReadAgain();
  };
  return (
    <div class="tl-message" data-erased="true">
      <p class="tl-message-title">{erase.erased}</p>
      <p>Touchline will not read this page again until you ask it to.</p>
      <button type="button" class="tl-button" data-action="read-again" onClick={readAgain}>
        Read this page again
      </button>
    </div>
  );
}
