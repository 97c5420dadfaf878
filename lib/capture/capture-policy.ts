import type { CrmParts } from './crm-parts';
import type { TextMasker } from './mask-text';
import type { SerializePolicy } from './serialize-page';

/** Scripts and everything that loads or runs something: never in a capture. */
const LEFT_OUT_TAGS = new Set(['script', 'noscript', 'link', 'object', 'embed', 'applet', 'portal']);
/** Attributes that fetch or frame outside content (avatars, trackers, frames' pages). */
const DROPPED_ATTRIBUTES = new Set(['src', 'srcset', 'srcdoc', 'poster', 'ping', 'background', 'imagesrcset']);
const URL_ATTRIBUTES = new Set(['href', 'xlink:href', 'action', 'formaction']);
/** Attributes that carry words a person sees or hears; masked like text. */
const SHOWN_ATTRIBUTES = new Set([
  'title',
  'alt',
  'value',
  'placeholder',
  'label',
  'content',
  'aria-label',
  'aria-description',
  'aria-valuetext',
  'aria-placeholder',
]);

/**
 * What the capture keeps: structure, classes, ids, roles, dates and inline styles as they are;
 * text and the attributes people read masked; scripts, handlers, `javascript:` URLs, external
 * styles and frames' contents gone.
 */
export function capturePolicy(parts: CrmParts, masker: TextMasker, leftOut: ReadonlySet<Element>): SerializePolicy {
  const freeTextLabels = new Set(parts.freeTextLabels.map((l) => l.toLowerCase()));
  const freeTextValues = new Set<Element>();
  return {
    leaveOut(el) {
      if (leftOut.has(el) || LEFT_OUT_TAGS.has(el.localName)) return true;
      return el.localName === 'meta' && el.hasAttribute('http-equiv');
    },
    startsFreeText(el) {
      // A label such as "Description": the value beside it is free text.
      if (el.childElementCount === 0 && freeTextLabels.has((el.textContent ?? '').trim().toLowerCase())) {
        if (el.nextElementSibling) freeTextValues.add(el.nextElementSibling);
      }
      if (freeTextValues.has(el)) return countBlock(masker);
      return el.matches(parts.freeText) && countBlock(masker);
    },
    text(text, inFreeText) {
      if (text.trim() === '') return text;
      return inFreeText ? masker.maskFreeText(text) : masker.mask(text);
    },
    attribute(_el, name, value, inFreeText) {
      if (name.startsWith('on') || DROPPED_ATTRIBUTES.has(name)) return null;
      if (URL_ATTRIBUTES.has(name)) return /^\s*javascript:/i.test(value) ? null : masker.maskHref(value);
      if (name.startsWith('data-')) return masker.mask(value);
      if (SHOWN_ATTRIBUTES.has(name)) return inFreeText ? masker.maskFreeText(value) : masker.mask(value);
      return value;
    },
  };
}

function countBlock(masker: TextMasker): true {
  masker.freeTextBlocks++;
  return true;
}
