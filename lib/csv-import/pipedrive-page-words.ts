import { activityTypeOf, typeOfName } from '../adapters/pipedrive/classify-activity';
import { meetingOutcome } from '../adapters/pipedrive/outcomes';
import { typeNamed } from '../adapters/pipedrive/type-named';
import { ownWording, type Wording, wordingFor } from '../adapters/pipedrive/wording';
import { allLanguages } from '../locale/words';
import type { ActivityType, Outcome } from '../schema/activity';

/**
 * The Pipedrive page reader's wording for an export whose headers are in `lang` (detectColumns),
 * as that reader reads a page in the language: its words, then English. A file whose headers
 * matched no language may be in any, so it gets every language's.
 */
function wordingsOf(lang: string | undefined): Wording[] {
  return lang && ownWording(lang) ? [wordingFor(lang)] : allLanguages.map(wordingFor);
}

/**
 * A type cell the export word tables do not hold, read as the page reader reads the same type
 * label (typeNamed, then classify-activity.ts typeOfName): a default type's name, else a label
 * holding one ("Appel de suivi"), else a company's own type by its name (LinkedIn is social, SMS
 * sms, Demo a meeting). Undefined for a name none of these recognises, which the reader counts as
 * a task (activityTypeOf): the caller keeps the row as one and says so.
 */
export function pipedriveTypeOf(name: string, lang: string | undefined): ActivityType | undefined {
  const named = typeNamed([name], [name], wordingsOf(lang));
  return named ? activityTypeOf(named) : typeOfName(name);
}

/**
 * A meeting's outcome as the page reader reads the same item (meetingOutcome): Pipedrive has no
 * outcome field, so the rep says in the subject what happened ("Demo (no show)", "Kickoff –
 * cancelled"); one ticked done and saying nothing else was held. `done` undefined where the export
 * has no Done column. In a file of no known language the first language whose words say it was
 * not held wins, as any of them may be the rep's.
 */
export function pipedriveMeetingOutcome(subject: string, done: boolean | undefined, lang: string | undefined): Outcome {
  const read = wordingsOf(lang).map((wording) => meetingOutcome(subject, done, wording, [subject]));
  return read.find((outcome) => outcome !== 'held' && outcome !== 'unknown') ?? read[0] ?? 'unknown';
}

// One list per language: hasWord compiles each list it is given once.
const incoming = new Map<string, readonly string[]>();

/** The words that say a call came in ("Eingehender Anruf", "Appel entrant"), in the file's language and English. */
export function incomingCallWords(lang: string | undefined): readonly string[] {
  const id = lang ?? '';
  let words = incoming.get(id);
  if (!words) {
    words = [...new Set(wordingsOf(lang).flatMap((wording) => wording.incomingCall))];
    incoming.set(id, words);
  }
  return words;
}
