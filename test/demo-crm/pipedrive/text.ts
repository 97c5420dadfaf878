import { pageOptions } from '../page-options';
import { de } from './text-de';
import { en, type PipedriveText } from './text-en';

/** The words of the route being rendered (see usePageOptions). */
export function text(): PipedriveText {
  return pageOptions().lang === 'de' ? de : en;
}
