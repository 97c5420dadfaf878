import { en } from 'zod/locales';
import { type Settings, settingsSchema } from '../../lib/schema/settings';

const englishErrors = en().localeError;

/** What is wrong, by the dotted path of the field it is about (`followUpDays`, `bands.smb.high`, `cadences.smb.2.day`). */
export type FieldErrors = Record<string, string>;

export type Checked = { ok: true; settings: Settings } | { ok: false; errors: FieldErrors };

/**
 * A change from the form checked against the whole settings schema, so that rules across fields
 * (stalled above watch) hold too; an error is filed under the field it names, which may be
 * another than the one changed.
 */
export function checkChange(current: Settings, change: Partial<Settings>): Checked {
  const parsed = settingsSchema.safeParse({ ...current, ...change }, { error: englishErrors });
  if (parsed.success) return { ok: true, settings: parsed.data };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const path = issue.path.join('.');
    errors[path] ??= issue.message;
  }
  return { ok: false, errors };
}

/** The errors about a field or anything inside it (a band's ends, a cadence's steps). */
export function errorsUnder(errors: FieldErrors, key: string): string[] {
  return Object.entries(errors)
    .filter(([path]) => path === key || path.startsWith(`${key}.`))
    .map(([, message]) => message);
}
