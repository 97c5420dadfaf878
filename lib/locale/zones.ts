/** Offsets (minutes east of UTC) of the zone abbreviations CRMs append to times ("3:04 PM GMT", "11:53 CEST"). */
const ZONE_OFFSETS: Record<string, number> = {
  utc: 0,
  gmt: 0,
  z: 0,
  wet: 0,
  west: 60,
  bst: 60,
  cet: 60,
  cest: 120,
  mez: 60,
  mesz: 120,
  eet: 120,
  eest: 180,
  brt: -180,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
  akst: -540,
  akdt: -480,
  hst: -600,
  // India's; Irish summer time in a browser whose own zone goes by "IST" then (SEVERAL_ZONES).
  ist: 330,
  aest: 600,
  aedt: 660,
};

/**
 * Abbreviations several zones go by, with the locales in which Intl (CLDR) gives a zone that name:
 * "IST" is India's (+05:30, ZONE_OFFSETS) and, in summer, Ireland's (+01:00). The browser's zone
 * tells the two apart: Intl names Europe/Dublin "IST" in July and Asia/Kolkata "IST" all year in
 * en-IE and en-IN only (en-US and en-GB print "GMT+1" and "GMT+5:30"), so it is asked in those.
 */
const SEVERAL_ZONES: Record<string, readonly string[]> = {
  ist: ['en-IE', 'en-IN'],
};

/** A zone suffix as folded text may carry it: "gmt+2", "utc+01:00", "(cest)", "gmt". */
export const ZONE_PATTERN = `\\(?(?:(?:gmt|utc) ?[+-] ?\\d{1,2}(?::?\\d{2})?|[a-z]{1,4})\\)?`;

/** The fixed offset ("+02:00") a zone suffix stands for; undefined for a word that is no zone Touchline knows. */
export function zoneOffset(suffix: string): string | undefined {
  const text = suffix.toLowerCase().replace(/[\s()]/g, '');
  const m = text.match(/^(?:gmt|utc)([+-])(\d{1,2})(?::?(\d{2}))?$/);
  const minutes = m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0)) : ZONE_OFFSETS[text];
  if (minutes === undefined || Math.abs(minutes) > 14 * 60) return undefined;
  const abs = Math.abs(minutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  return `${minutes < 0 ? '-' : '+'}${hh}:${String(abs % 60).padStart(2, '0')}`;
}

/** The abbreviation as folded text carries it ("ist", "(ist)"), when several zones go by it. */
export function severalZonesName(suffix: string): string | undefined {
  const text = suffix.toLowerCase().replace(/[\s()]/g, '');
  return SEVERAL_ZONES[text] ? text : undefined;
}

/** Intl's short zone names per locale and zone; null where Intl knows no such zone ("+05:30"). */
const shortNames = new Map<string, Intl.DateTimeFormat | null>();

/**
 * Whether a zone (the browser's) goes by an abbreviation of SEVERAL_ZONES at an instant: Dublin is
 * "IST" in July, "GMT" in January, so a summer time read in winter is still Ireland's.
 */
export function goesByAt(name: string, timeZone: string, instant: Date): boolean {
  return (SEVERAL_ZONES[name] ?? []).some((locale) => {
    const named = shortNameFormat(locale, timeZone)
      ?.formatToParts(instant)
      .find((p) => p.type === 'timeZoneName')?.value;
    return named?.toLowerCase() === name;
  });
}

function shortNameFormat(locale: string, timeZone: string): Intl.DateTimeFormat | null {
  const key = `${locale} ${timeZone}`;
  let format = shortNames.get(key);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' });
    } catch {
      format = null;
    }
    shortNames.set(key, format);
  }
  return format;
}
