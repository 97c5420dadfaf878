import { attributesOf } from './live-attributes';

/**
 * Writes a live document as HTML, node by node, with a policy deciding what each element, text
 * and attribute becomes. Unlike `outerHTML` it sees open shadow roots and current form values,
 * and it yields as it goes, so the caller can pause between slices of a big page.
 *
 * Open shadow roots are flattened: the shadow tree is written as the host's children, each
 * `<slot>` replaced by the nodes assigned to it (or its fallback content), and the host's light
 * children no slot took are written after it. Readers (and `npm run inspect`, whose DOM does not
 * parse declarative shadow roots) then find shadow content with ordinary queries. Such hosts carry
 * `data-touchline-shadow="flattened"` so a reader of the file can tell.
 */
export interface SerializePolicy {
  /** Elements left out with everything inside them. */
  leaveOut(el: Element): boolean;
  /** True for an element whose text is free text (a note, an email body). */
  startsFreeText(el: Element): boolean;
  text(text: string, inFreeText: boolean): string;
  /** The value to write, or null to drop the attribute. */
  attribute(el: Element, name: string, value: string, inFreeText: boolean): string | null;
}

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
const RAW_TEXT = new Set(['style', 'xmp', 'noembed', 'noframes']);
export const FLATTENED_SHADOW_ATTRIBUTE = 'data-touchline-shadow';

const TEXT_NODE = 3;
const COMMENT_NODE = 8;
const ELEMENT_NODE = 1;

export function escapeText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\u00a0/g, '&nbsp;');
}

export function escapeAttribute(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/\u00a0/g, '&nbsp;');
}

/** The whole document: doctype, then <html> and everything in it. */
export function* serializeDocument(doc: Document, policy: SerializePolicy): Generator<string> {
  if (doc.doctype) yield `<!DOCTYPE ${doc.doctype.name}>\n`;
  yield* serializeNode(doc.documentElement, policy, false);
}

function* serializeNode(node: Node, policy: SerializePolicy, inFreeText: boolean): Generator<string> {
  if (node.nodeType === TEXT_NODE) {
    const parent = node.parentElement?.localName ?? '';
    const text = node.nodeValue ?? '';
    if (RAW_TEXT.has(parent)) yield text.replace(/<\/(style|xmp|noembed|noframes)/gi, '<\\/$1');
    else yield escapeText(policy.text(text, inFreeText));
  } else if (node.nodeType === COMMENT_NODE) {
    yield `<!--${policy.text(node.nodeValue ?? '', false).replace(/--/g, '- -')}-->`;
  } else if (node.nodeType === ELEMENT_NODE) {
    yield* serializeElement(node as Element, policy, inFreeText);
  }
}

function* serializeElement(el: Element, policy: SerializePolicy, outerFreeText: boolean): Generator<string> {
  if (policy.leaveOut(el)) return;
  const inFreeText = outerFreeText || policy.startsFreeText(el);
  const tag = el.localName;
  const shadow = el.shadowRoot;
  let open = `<${tag}`;
  for (const [name, value] of attributesOf(el)) {
    const written = policy.attribute(el, name, value, inFreeText);
    if (written !== null) open += ` ${name}="${escapeAttribute(written)}"`;
  }
  if (shadow) open += ` ${FLATTENED_SHADOW_ATTRIBUTE}="flattened"`;
  yield `${open}>`;
  if (VOID.has(tag)) return;
  if (tag === 'textarea') yield escapeText(policy.text((el as HTMLTextAreaElement).value, inFreeText));
  else if (shadow) yield* serializeShadowHost(el, shadow, policy, inFreeText);
  else yield* serializeChildren(childrenOf(el), policy, inFreeText);
  yield `</${tag}>`;
}

function* serializeChildren(nodes: Iterable<Node>, policy: SerializePolicy, inFreeText: boolean): Generator<string> {
  for (const child of nodes) yield* serializeNode(child, policy, inFreeText);
}

/** A template's content, not its (empty) children. */
function childrenOf(el: Element): Node[] {
  if (el.localName === 'template') return Array.from((el as HTMLTemplateElement).content.childNodes);
  return Array.from(el.childNodes);
}

function* serializeShadowHost(
  host: Element,
  shadow: ShadowRoot,
  policy: SerializePolicy,
  inFreeText: boolean,
): Generator<string> {
  const assigned = new Set<Node>();
  function* composed(nodes: Iterable<Node>): Generator<string> {
    for (const node of nodes) {
      if (node.nodeType === ELEMENT_NODE && (node as Element).localName === 'slot') {
        const slotted = (node as HTMLSlotElement).assignedNodes?.() ?? [];
        for (const n of slotted) assigned.add(n);
        if (slotted.length > 0) yield* serializeChildren(slotted, policy, inFreeText);
        else yield* composed(Array.from(node.childNodes));
      } else if (node.nodeType === ELEMENT_NODE && !(node as Element).shadowRoot) {
        yield* serializeFlattenedElement(node as Element, composed, policy, inFreeText);
      } else yield* serializeNode(node, policy, inFreeText);
    }
  }
  yield* composed(Array.from(shadow.childNodes));
  const unassigned = Array.from(host.childNodes).filter((n) => !assigned.has(n));
  yield* serializeChildren(unassigned, policy, inFreeText);
}

/** An element inside a shadow tree: its children may hold this tree's slots. */
function* serializeFlattenedElement(
  el: Element,
  composed: (nodes: Iterable<Node>) => Generator<string>,
  policy: SerializePolicy,
  outerFreeText: boolean,
): Generator<string> {
  if (!el.querySelector('slot')) {
    yield* serializeElement(el, policy, outerFreeText);
    return;
  }
  if (policy.leaveOut(el)) return;
  const inFreeText = outerFreeText || policy.startsFreeText(el);
  let open = `<${el.localName}`;
  for (const [name, value] of attributesOf(el)) {
    const written = policy.attribute(el, name, value, inFreeText);
    if (written !== null) open += ` ${name}="${escapeAttribute(written)}"`;
  }
  yield `${open}>`;
  yield* composed(Array.from(el.childNodes));
  yield `</${el.localName}>`;
}
