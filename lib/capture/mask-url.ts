/** "https://host:port", kept as it is: a host names a company or a service, never a person here. */
const ORIGIN = /^[a-z][a-z\d+.-]*:\/\/[^/?#]*/i;

/**
 * A URL with `mask` applied to each piece of its path, query and fragment, URL-decoded first
 * ("Hi%20Jordan" is "Hi Jordan") and encoded again, so "/in/jordan-lee-4a1b2c" and
 * "?subject=Hi%20Jordan" lose the name and the link keeps its form.
 */
export function maskUrl(href: string, mask: (text: string) => string): string {
  const origin = href.match(ORIGIN)?.[0] ?? '';
  const rest = href.slice(origin.length).replace(/[^/?#&=]+/g, (piece) => {
    const decoded = decodedPiece(piece);
    if (decoded === undefined) return mask(piece);
    const masked = mask(decoded);
    return masked === decoded ? piece : encodeURI(masked).replace(/[/?#&=]/g, encodeURIComponent);
  });
  return origin + rest;
}

function decodedPiece(piece: string): string | undefined {
  try {
    return decodeURIComponent(piece);
  } catch {
    return undefined;
  }
}
