import { allVisible, textOf } from '../dom';
import type { PageClock } from '../types';
import { isDated } from './dated-line';
import { linesOf, lineText } from './lines';
import { mailLines } from './mail-lines';
import type { PageLanguage } from './page-locale';
import { senderHeads } from './sender-head';
import { escapeRegExp, hasWord, startsWithWord } from './text-match';
import type { Wording } from './wording';

/**
 * An entry telling that a synced mail was opened or a link in it clicked ("Lena Vogt opened your
 * email <Pilot pricing>", "clicked a link in …"): it sits under the Email icon and links the
 * thread it is about, yet it is a tracking event, no mail (metrics.md counts sync events in no
 * touch figure). Known by the event's own sentence: its first line starts with who did it and
 * the wording (wording.ts mailTracking, outside the links: the thread's subject may say anything),
 * and nothing else of the entry is text but its dated meta line. A synced reply's preview may say
 * the same words ("I clicked a link in your proposal but it 404s") below its subject link: that
 * is her mail. Nor does an entry showing a mail of its own count: a From line, a message headed
 * by its sender. No source shows the markup (a guess); the wording is Pipedrive's feature names.
 */
export function isMailTrackingEvent(item: Element, clock: PageClock, language: PageLanguage): boolean {
  const { words } = language;
  if (mailLines(item, words).from !== undefined || senderHeads(item, words).length > 0) return false;
  const [head, ...rest] = linesOf(item);
  if (!head || !isMailTrackingLine(head, words)) return false;
  return rest.every((line) => textOutsideLinks(line) === '' || isDated(line, clock, language));
}

/**
 * A line telling that a mail was opened or a link in it clicked: it starts with who did it and
 * the wording ("Lena Vogt opened your email …", "Marek Nowak clicked a link · Nov 17 at 3:52 PM"),
 * whether it heads an event entry of its own or stands under the synced mail it tracks.
 */
export function isMailTrackingLine(line: Element, words: Wording): boolean {
  if (!hasWord(textOutsideLinks(line), words.mailTracking)) return false;
  const who = lineText(line).match(headPattern(words.mailTracking))?.[1];
  return who !== undefined && isName(who, words.firstPerson);
}

/**
 * A tracking line under a mail that names nobody ("Opened 3 times · last Nov 17, 2026 3:50 PM",
 * "Link clicked · Nov 17"): it opens with the wording, and what stands before its first mark is a
 * few words at most (a count), never a sentence of the mail's text.
 */
export function isUnnamedTrackingLine(line: Element, words: Wording): boolean {
  const head = textOutsideLinks(line).split(/[·•|]/u)[0]?.trim() ?? '';
  return head.split(/\s+/).length <= 4 && startsWithWord(head, words.mailTrackingUnnamed);
}

const headPatterns = new WeakMap<readonly string[], RegExp>();

/** Some words and the first of the tracking wordings after them: "Lena Vogt" of "Lena Vogt opened your email …". */
function headPattern(wordings: readonly string[]): RegExp {
  let re = headPatterns.get(wordings);
  if (!re) {
    const sorted = [...wordings].sort((a, b) => b.length - a.length).map(escapeRegExp);
    re = new RegExp(`^(.+?)\\s+(?:${sorted.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
    headPatterns.set(wordings, re);
  }
  return re;
}

/** A person's address ("lena.vogt@harbor.example") stands for a contact without a name. */
const ADDRESS = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u;

/** Who did it names at most so many words: longer, the head is someone's sentence. */
const MAX_NAME_WORDS = 5;

/**
 * Who did it reads as a name: a few words ("Lena Vogt", "ana de la cruz" as entered, "王伟"), none
 * a writer speaking of herself ("I clicked a link", "Ich habe einen Link angeklickt": wording.ts
 * firstPerson), no sentence's punctuation; or an address. Capitals say nothing: a contact's name
 * is shown as entered, lowercase or in a script without case.
 */
function isName(text: string, firstPerson: readonly string[]): boolean {
  const name = text.trim();
  if (ADDRESS.test(name)) return true;
  const parts = name.split(/\s+/);
  if (parts.length > MAX_NAME_WORDS || /[!?;:,]/u.test(name)) return false;
  return !parts.some((part) => isFirstPerson(part, firstPerson));
}

/** The word is one of the pronouns, in any case, an elided form by its start ("I've", "I'm"). */
function isFirstPerson(word: string, firstPerson: readonly string[]): boolean {
  const bare = word.split(/['’]/u)[0]?.toLocaleLowerCase() ?? '';
  return firstPerson.some((pronoun) => pronoun.toLocaleLowerCase() === bare);
}

/** The line's text without what its links say, blanks closed up. */
function textOutsideLinks(line: Element): string {
  let text = lineText(line);
  for (const link of allVisible(line, 'a')) text = text.replace(textOf(link), ' ');
  return text.replace(/\s+/g, ' ').trim();
}
