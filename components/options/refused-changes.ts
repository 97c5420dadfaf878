import type { Settings } from '../../lib/schema/settings';
import type { FieldErrors } from './settings-form';

/**
 * The errors of each refused change, by the field whose change was refused (`followUpDays`,
 * `cadences.smb`). An error may be filed under another field than the one changed (stalled
 * must stay above watch), so it belongs to the change that caused it and to the field it names.
 */
export type RefusedChanges = Record<string, FieldErrors>;

/** Every error to show, by the field it names. */
export function shownErrors(refused: RefusedChanges): FieldErrors {
  const shown: FieldErrors = {};
  for (const errors of Object.values(refused)) {
    for (const [path, message] of Object.entries(errors)) shown[path] ??= message;
  }
  return shown;
}

/**
 * For each refused change whose reasons are filed under other fields (band bottom above its top:
 * the reason is beside the top), the paths of those fields: the box typed into points at them.
 */
export function reasonsElsewhere(refused: RefusedChanges): Record<string, string[]> {
  const elsewhere: Record<string, string[]> = {};
  for (const [source, errors] of Object.entries(refused)) {
    const paths = Object.keys(errors).filter((path) => !within(path, source));
    if (paths.length > 0) elsewhere[source] = paths;
  }
  return elsewhere;
}

/**
 * After the field `key` saved: its own refused change is gone, and so is every error about it;
 * what other fields still show was typed, refused and never saved, so their reasons stay. A box
 * whose only reasons were about `key` loses them and goes back to its stored value (useDraft).
 */
export function afterSave(refused: RefusedChanges, key: string): RefusedChanges {
  return dropWhere(refused, (source, path) => source === key || within(path, key));
}

/**
 * After settings were saved elsewhere (another tab, a panel): a field whose stored value changed
 * shows that value now instead of what was typed, so its reasons go.
 */
export function afterOutsideSave(refused: RefusedChanges, before: Settings, after: Settings): RefusedChanges {
  return dropWhere(refused, (source, path) => changedAt(before, after, source) || changedAt(before, after, path));
}

/** Whether the value at a field's path (`bands.smb.high`) differs between two copies of the settings. */
export function changedAt(before: Settings, after: Settings, path: string): boolean {
  return JSON.stringify(valueAt(before, path)) !== JSON.stringify(valueAt(after, path));
}

function dropWhere(refused: RefusedChanges, drop: (source: string, path: string) => boolean): RefusedChanges {
  const kept: RefusedChanges = {};
  for (const [source, errors] of Object.entries(refused)) {
    const left = Object.fromEntries(Object.entries(errors).filter(([path]) => !drop(source, path)));
    if (Object.keys(left).length > 0) kept[source] = left;
  }
  return kept;
}

function within(path: string, key: string): boolean {
  return path === key || path.startsWith(`${key}.`);
}

function valueAt(settings: Settings, path: string): unknown {
  let value: unknown = settings;
  for (const part of path.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}
