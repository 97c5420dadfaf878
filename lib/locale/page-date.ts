// The page-date API the adapters import: reading one date, finding one in an item's text.
export { findDateInText } from './find-date';
export { datedFields, isAmbiguousDate, type PageDate, readPageDate } from './read-date';
export type { DateTense } from './relative-date';
