import { pageOptions } from '../page-options';
import { de } from './text-de';
import { en, type HubspotText } from './text-en';

/** The words of the route being rendered (see usePageOptions). */
export function text(): HubspotText {
  return pageOptions().lang === 'de' ? de : en;
}

export type LabelId = keyof HubspotText['labels'];

/** The hook a property or highlight row carries: HubSpot builds it from the property, not the shown label. */
export function labelKey(id: LabelId): string {
  return en.labels[id];
}
