/**
 * The `storage.local` key the settings live under. Its own file: the content script watches it
 * for changes without loading the storage library that reads and migrates the settings.
 */
export const SETTINGS_KEY = 'settings';
