/**
 * How a reader says a won deal's page shows only the expected close date, not when it was won
 * (adapters/pipedrive/close-date.ts): the save drops a stored close date on it (db/won-close-date.ts).
 */
export const SHOWS_ONLY_EXPECTED = 'shows only its expected close date';
