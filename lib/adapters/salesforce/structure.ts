import { hidesItself, spacedText, textOf } from '../dom';
import { remembered } from '../reading-memo';
import { deepQueryAll } from './scope';
import { SEL } from './selectors';

/**
 * The structural layer: what a timeline item is without class names. Every activity Lightning
 * lists links to its own record, `/lightning/r/{Task|Event|EmailMessage}/{id}/view` (id prefixes
 * 00T, 00U, 02s; Lightning URL shape, crm-pages.md): the item is the list entry around that link.
 * Which shape Aura's timeline links take is not in the evidence, so the older one.app URL
 * (`/one/one.app#/sObject/{id}/view`) and a click-handled link's `data-recordid` are read too.
 */
const ACTIVITY_ID = '((?:00T|00U|02s)[a-zA-Z0-9]{12}(?:[a-zA-Z0-9]{3})?)';
const ACTIVITY_LINK = new RegExp(String.raw`\/lightning\/r\/(?:([A-Za-z]+)\/)?${ACTIVITY_ID}(?:[/?#]|$)`);
const ONE_APP_LINK = new RegExp(String.raw`#\/sObject\/${ACTIVITY_ID}(?:[/?#]|$)`);
const RECORD_ID = new RegExp(`^${ACTIVITY_ID}$`);
const OBJECT_BY_PREFIX: Record<string, string> = { '00T': 'Task', '00U': 'Event', '02s': 'EmailMessage' };

export interface ActivityLink {
  object: string;
  id: string;
}

export function activityLinkOf(a: Element | null | undefined): ActivityLink | undefined {
  const href = a?.getAttribute('href') ?? '';
  const lightning = href.match(ACTIVITY_LINK);
  const id = lightning?.[2] ?? href.match(ONE_APP_LINK)?.[1] ?? a?.getAttribute('data-recordid')?.match(RECORD_ID)?.[1];
  if (!id) return undefined;
  return { object: lightning?.[1] ?? OBJECT_BY_PREFIX[id.slice(0, 3)] ?? '', id };
}

/** A link to a contact or lead record (id prefixes 003, 00Q; Lightning URL shape, crm-pages.md): its id. */
export function personLinkOf(a: Element): string | undefined {
  const id = a
    .getAttribute('href')
    ?.match(/\/lightning\/r\/(?:(?:Contact|Lead)\/)?((?:003|00Q)[a-zA-Z0-9]{12,15})\b/)?.[1];
  return id && (id.length === 15 || id.length === 18) ? id : undefined;
}

/** Visible links to activity records under root, in page order. */
export function activityLinks(root: Element, shown: (el: Element) => boolean): Element[] {
  return deepQueryAll(root, 'a[href]').filter((a) => activityLinkOf(a) && shown(a));
}

/**
 * The item around an activity link: its list entry (`li`, `role="listitem"`) or table row, else
 * the widest ancestor that holds no other activity's link (repeated siblings each carry their
 * own; a related list's only row would otherwise widen to the whole tab around it).
 */
export function itemAround(link: Element, root: Element): Element {
  const own = activityLinkOf(link)?.id;
  const entry = link.closest('li, [role="listitem"], tr, [role="row"]');
  if (entry && root.contains(entry)) return entry;
  const linked = linkedIdsByElement(link.getRootNode());
  let item: Element = link;
  for (let parent = link.parentElement; parent && parent !== root; parent = parent.parentElement) {
    const ids = linked.get(parent);
    if (ids && (ids.many || ids.first !== own)) break;
    item = parent;
  }
  return item;
}

/** The activity ids linked under an element: the first one, and whether there are others. */
interface LinkedIds {
  first: string;
  many: boolean;
}

/**
 * For every element of a tree (the document or a shadow root), the activity ids linked below
 * it, from one pass over the tree's links up their ancestors: asking each item's ancestors for
 * their links instead would walk the whole list once per item.
 */
function linkedIdsByElement(tree: Node): Map<Element, LinkedIds> {
  return remembered('linked-activity-ids', tree, () => {
    const byElement = new Map<Element, LinkedIds>();
    const links = 'querySelectorAll' in tree ? Array.from((tree as ParentNode).querySelectorAll('a[href]')) : [];
    for (const a of links) {
      const id = activityLinkOf(a)?.id;
      if (id === undefined) continue;
      for (let node = a.parentElement; node; node = node.parentElement) {
        const known = byElement.get(node);
        // Everything above an element with several ids has several too: the walk can stop.
        if (known?.many) break;
        if (!known) byElement.set(node, { first: id, many: false });
        else if (known.first !== id) known.many = true;
      }
    }
    return byElement;
  });
}

/**
 * Hidden by the page below `root`, except by a tab panel: a tab of the record that is not
 * selected still holds that record (crm-evidence-2.md); hidden cached views of other records
 * are outside `root`, which is the active view.
 */
export function shownInRecord(el: Element, root: Element): boolean {
  for (let node: Element | null = el; node && node !== root; node = node.parentElement) {
    if (hidesItself(node) && !isTabPanel(node)) return false;
  }
  return true;
}

function isTabPanel(el: Element): boolean {
  return el.getAttribute('role') === 'tabpanel' || /^(flexipage-tab2|lightning-tab)$/.test(el.localName);
}

/**
 * A related list's row or tile ("Activity History", "Open Activities"): it repeats a timeline
 * item with less (no call icon, sentence or time of day), and its "Task" checkbox column says the
 * row is a Task, not that it is done.
 */
export function isRelatedRow(el: Element): boolean {
  return !!el.closest(`tr, [role="row"], ${SEL.relatedList}`);
}

/**
 * A visually hidden accessibility copy (clipped or one pixel, `sr-only` style) rather than a
 * `hidden` one: read after the visible items so that the visible copy is the one kept.
 */
export function isClipped(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    const style = (node.getAttribute('style') ?? '').replace(/\s+/g, '').toLowerCase();
    if (/clip:rect\(0(px)?,?0(px)?,?0(px)?,?0(px)?\)|clip-path:inset\(50%\)|width:1px;height:1px/.test(style))
      return true;
  }
  return false;
}

/**
 * The item's header line: the nearest ancestor of the subject that shows more than the subject
 * (the subject and its date side by side), without the subject itself. A task's completion
 * checkbox sits before the subject with its label ("Mark complete", SLDS checkbox): the label names
 * the box, so the line goes on to the date beside them.
 */
export function headerLine(subject: Element, item: Element): Element | undefined {
  const own = bare(textOf(subject)).length;
  for (let node = subject.parentElement; node && item.contains(node); node = node.parentElement) {
    if (lineLength(node, subject) > own) return node;
    if (node === item) break;
  }
  return undefined;
}

/** A form control's name: a `label` element, or text inside a checkbox role. */
const CONTROL_NAME = 'label, [role="checkbox"]';

/**
 * The text an element shows outside its controls' names (a name holding the subject is no
 * checkbox's alone), without spaces: the markup's own may be anywhere.
 */
function lineLength(el: Element, subject: Element): number {
  const all = Array.from(el.querySelectorAll(CONTROL_NAME)).filter((name) => !name.contains(subject));
  const names = all.filter((name) => !all.some((other) => other !== name && other.contains(name)));
  return names.reduce((length, name) => length - bare(textOf(name)).length, bare(textOf(el)).length);
}

const bare = (text: string) => text.replace(/\s+/g, '');

/** Texts of the leaves under el (elements with no element children), skipping `skip`. */
export function leafTexts(el: Element, skip: (leaf: Element) => boolean): string[] {
  return Array.from(el.querySelectorAll('*'))
    .filter((leaf) => leaf.children.length === 0 && !skip(leaf))
    .map((leaf) => spacedText(leaf))
    .filter(Boolean);
}
