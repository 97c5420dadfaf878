import { useState } from 'preact/hooks';

/**
 * What the user is typing into a field, committed on change. What was typed stays while it is
 * refused, beside the reason; a value saved elsewhere (or this field's own save coming back)
 * replaces it, and so does the stored value once the field is no longer `refused` (its reason
 * went because another field was saved), so a refused value never stays on screen without its
 * reason. Set during render, not after it.
 */
export function useDraft<Stored, Draft>(
  stored: Stored,
  toDraft: (value: Stored) => Draft,
  refused: boolean,
): [Draft, (draft: Draft) => void] {
  const [draft, setDraft] = useState(() => toDraft(stored));
  const [shown, setShown] = useState({ stored, refused });
  const storedChanged = !Object.is(shown.stored, stored);
  if (storedChanged || shown.refused !== refused) {
    setShown({ stored, refused });
    if (storedChanged || shown.refused) setDraft(toDraft(stored));
  }
  return [draft, setDraft];
}
