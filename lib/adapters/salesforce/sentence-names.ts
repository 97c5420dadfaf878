import { literal } from './sentence-shapes';

/**
 * The text without the names a summary sentence gives (who acted, with whom, about what record):
 * a deal called "Cloud Voicemail rollout" says nothing of how a call on it went. A name is matched
 * whatever spaces the page's markup put inside it, and only as whole words.
 */
export function withoutNames(text: string, names: readonly (string | undefined)[]): string {
  return names.reduce<string>((rest, name) => {
    const letters = Array.from((name ?? '').replace(/\s+/g, ''));
    if (letters.length === 0) return rest;
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${letters.map(literal).join('\\s*')}(?![\\p{L}\\p{N}])`, 'giu');
    return rest.replace(pattern, ' ');
  }, text);
}
