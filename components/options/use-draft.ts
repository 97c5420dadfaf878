import { useState } from 'preact/hooks';

/**
 * What the user is typing into a field, committed on change. What was typed stays when it is
 * refused, beside the reason; a value saved elsewhere (or this field's own save coming back)
 * replaces it, set during render, not after it.
 */
export function useDraft<Stored, Draft>(
  stored: Stored,
  toDraft: (value: Stored) => Draft,
): [Draft, (draft: Draft) => void] {
  const [draft, setDraft] = useState(() => toDraft(stored));
  const [shown, setShown] = useState(stored);
  if (!Object.is(shown, stored)) {
    setShown(stored);
    setDraft(toDraft(stored));
  }
  return [draft, setDraft];
}
