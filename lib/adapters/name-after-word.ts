/**
 * A name right after a word ("Assistant Principal Ana Ortiz", "the office manager Ana"), or set off
 * after it on its own ("the office manager, Ana, she approved"): a capitalised word then a small
 * letter, so "I" and an acronym are none. "Reached the front desk, Ana was in a meeting" sets off
 * no name: the name opens a sentence of its own. `next` is the text right after the word, as written.
 */
export function nameFollows(next: string): boolean {
  return NAME_AFTER.test(next);
}

const NAME = String.raw`\p{Lu}\p{Ll}[\p{L}'’-]*`;

const NAME_AFTER = new RegExp(
  String.raw`^(?:[^\S\n]+\p{Lu}\p{Ll}|[^\S\n]*,[^\S\n]*${NAME}(?:[^\S\n]+${NAME})*[^\S\n]*(?:[,;.!?\n]|$))`,
  'u',
);
