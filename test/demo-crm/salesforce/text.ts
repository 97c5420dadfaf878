import { pageOptions } from '../page-options';
import { de } from './text-de';
import { en, type SalesforceText } from './text-en';

/** The words of the route being rendered (see usePageOptions). */
export function text(): SalesforceText {
  return pageOptions().lang === 'de' ? de : en;
}
