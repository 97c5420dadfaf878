import { attributeText, hidesItself, textOf } from '../dom';

/**
 * The name a contact's links show. An association card's row may link the avatar (an image, or
 * initials such as "KO") and the name apart, or the whole row with the name, e-mail and job title
 * in it: the name is the first text among the links that is neither initials nor an e-mail, else
 * a link's `aria-label` or `title`, else an e-mail shown alone (HubSpot names a contact with no
 * name by it). Each part of a row is read apart, so nothing runs on from the name.
 */
export function contactLinkName(links: readonly Element[]): string {
  const texts = links.flatMap(partsOf);
  const labels = links.flatMap((link) =>
    ['aria-label', 'title'].map((attr) => attributeText(link, attr)).filter(Boolean),
  );
  return (
    texts.find((text) => !isInitials(text) && !isEmail(text)) ??
    labels.find((label) => !isInitials(label)) ??
    texts.find(isEmail) ??
    ''
  );
}

/**
 * The texts an element shows as separate parts: its children's, one by one, where it holds
 * elements only (React renders a row's name and e-mail as sibling spans with nothing between,
 * or only a line break of the markup's layout); its whole text where text runs between them
 * ("Mara <b>Diaz</b>", or "<span>Mara</span> <span>Diaz</span>"). Hidden parts say nothing.
 */
function partsOf(el: Element): string[] {
  if (hidesItself(el)) return [];
  const runsOn = Array.from(el.childNodes).some(
    (node) => node.nodeType === 3 && /\S|^ +$/.test(node.textContent ?? ''),
  );
  const children = Array.from(el.children);
  if (runsOn || children.length === 0) return textOf(el) ? [textOf(el)] : [];
  return children.flatMap(partsOf);
}

/** An avatar's initials: one to three capitals, dotted or not ("KO", "M.D."). */
function isInitials(text: string): boolean {
  return /^(?:\p{Lu}\.?){1,3}$/u.test(text);
}

function isEmail(text: string): boolean {
  return /^\S+@\S+\.\S+$/.test(text);
}
