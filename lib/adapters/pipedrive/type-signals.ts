import type { ActivityType } from '../../schema/activity';
import { allVisible, attributeText } from '../dom';
import { remembered } from '../reading-memo';
import { typeOfName } from './classify-activity';
import { chunksOf, hiddenByPage, linesOf, lineText } from './lines';
import { mailLines } from './mail-lines';
import type { ChangeRow } from './read-timeline';
import { SELECTORS } from './selectors';
import { hasWord, isWord } from './text-match';
import type { Wording } from './wording';

/** Done toggles: ARIA checkboxes and native ones. */
export const CHECKBOX = '[role="checkbox"], input[type="checkbox"]';

/**
 * Names an item's icons give it (`aria-label`, `title`, `alt`), where the type of a Pipedrive
 * history item lives (crm-evidence-2.md). Checkboxes ("Mark as done") and links (whose `title`
 * repeats a subject) are not icons.
 */
export function iconLabels(item: Element): string[] {
  return remembered('icons', item, () => labelsOf(item));
}

function labelsOf(item: Element): string[] {
  const labels: string[] = [];
  for (const el of [item, ...allVisible(item, '[aria-label], [title], img[alt]')]) {
    if (el.matches(`${CHECKBOX}, a, button, textarea, input`) || (el !== item && hiddenByPage(el))) continue;
    for (const name of ['aria-label', 'title', 'alt']) {
      const value = attributeText(el, name);
      if (value) labels.push(value);
    }
  }
  return labels;
}

/** Every word that names a type or kind of feed entry, in the page's language and English. */
export function typeWords(words: Wording): string[] {
  return [...Object.values(words.types).flat(), ...words.note, ...words.change, ...words.file, ...words.campaign];
}

/**
 * The touch type an icon or type label names by a word a company's or integration's type holds
 * ("WhatsApp", "LinkedIn", "Video call": classify-activity.ts typeOfName), none of the word
 * table's own: an integration files its messages in History with their type in the icon alone.
 */
export function touchNamed(label: string): ActivityType | undefined {
  const type = typeOfName(label);
  return type === 'note' || type === 'email' ? undefined : type;
}

/**
 * A changelog row: "Stage: Demo → Proposal", "Phase Demo → Angebot", "Étape : A → B", or an
 * unlabelled move under a line naming the stage field ("Stage changed" / "Demo → Proposal"); a
 * whole line of the entry, never one of an activity's note, where a rep writes that line as his plan.
 */
export function changeRowIn(item: Element, words: Wording): ChangeRow | undefined {
  let heading: string | undefined;
  for (const line of linesOf(item)) {
    if (line.closest(SELECTORS.activityNote)) continue;
    const text = lineText(line);
    const m = text.match(/^(.*?)\s*(?:→|->|⟶)\s*(.+)$/);
    if (!m?.[2]) {
      if (hasWord(text, words.stageField) && text.length <= 60) heading = text;
      continue;
    }
    const left = m[1] ?? '';
    const labelled = left.match(/^([^:]+?)\s*:\s*(.*)$/);
    if (labelled?.[1]) return { field: labelled[1], from: labelled[2] ?? '', to: m[2] };
    const field = [...words.stageField].sort((a, b) => b.length - a.length).find((f) => hasWord(left, [f]));
    if (field && left.toLowerCase().startsWith(field.toLowerCase()))
      return { field, from: left.slice(field.length).trim(), to: m[2] };
    if (heading) return { field: heading, from: left, to: m[2], headed: true };
  }
  return undefined;
}

/** A link to a Pipedrive Campaigns campaign: a Campaigns mail's subject (item-facts.ts). Guess: the URL's shape. */
const CAMPAIGN_LINK = 'a[href*="/campaigns/campaign/"]';

/** Something in the item says what kind of entry it is, without class names or test ids. */
export function hasTypeSignal(item: Element, words: Wording): boolean {
  if (allVisible(item, `${CHECKBOX}, ${CAMPAIGN_LINK}`).length > 0) return true;
  const types = typeWords(words);
  if (iconLabels(item).some((label) => isWord(label, types) || touchNamed(label) !== undefined)) return true;
  if (chunksOf(item).some((c) => isWord(c.text, types))) return true;
  const mail = mailLines(item, words);
  return mail.from !== undefined || changeRowIn(item, words) !== undefined;
}
