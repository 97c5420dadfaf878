import { type Child, el } from '../el';

/** The shared element builder bound to one document, as the Salesforce look-alike's parts take it. */
export function builder(doc: Document) {
  return (tag: string, attrs: Record<string, string> = {}, ...children: Child[]) => el(doc, tag, attrs, ...children);
}
export type Build = ReturnType<typeof builder>;
