import { SELECTORS } from './selectors';

/** Headings that name the record where no title marker survives (record-name.ts, view.ts). */
export const TITLE_LIKE = 'h1, header textarea, [role="banner"] textarea';

/** Every title a record or a landmark may carry: the record's title markers, a heading drawn as one. */
export const TITLES = [...SELECTORS.title, TITLE_LIKE].join(', ');
