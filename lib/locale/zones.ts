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
  ist: 330,
  aest: 600,
  aedt: 660,
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
