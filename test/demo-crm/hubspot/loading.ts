import { el } from '../el';

/** What HubSpot shows before a record's data arrives: skeleton text and busy placeholders (public CSS). */
export function loadingView(doc: Document): HTMLElement {
  const skeleton = (width: string) => el(doc, 'span', { class: 'SkeletonText-sc-1x5b7d', style: `width: ${width}` });
  return el(
    doc,
    'div',
    { 'data-demo-title': 'Loading' },
    el(
      doc,
      'div',
      { 'data-test-id': 'left-sidebar', 'aria-busy': 'true' },
      skeleton('60%'),
      skeleton('80%'),
      skeleton('40%'),
    ),
    el(
      doc,
      'div',
      { 'data-test-id': 'middle-pane' },
      el(doc, 'div', { 'data-test-id': 'timeline-event-container-loading-state' }, skeleton('90%'), skeleton('70%')),
    ),
    el(doc, 'div', { 'data-test-id': 'records-right-sidebar', 'aria-busy': 'true' }, skeleton('50%')),
  );
}
