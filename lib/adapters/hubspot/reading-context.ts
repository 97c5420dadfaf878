import type { PageLocale } from '../../locale/page-locale';
import type { PageClock } from '../types';
import type { LabelIndex } from './label-index';
import type { HubSpotWords } from './words/types';

/** What every part of a reading needs: the clock, the page's locale and its wording. */
export interface ReadingContext {
  clock: PageClock;
  locale: PageLocale;
  words: readonly HubSpotWords[];
  /** The page's language when there is no word table for it (words/index.ts). */
  noWordsFor: string | undefined;
  /** The record's short texts by wording, for label / value pairs (built once per reading). */
  labels: LabelIndex;
}
