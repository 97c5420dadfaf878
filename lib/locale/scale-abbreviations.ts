import { languageOf } from './page-locale';
import { cased, inLanguages, type Size, standalone } from './scale-word-pattern';

/** Intl's `pt` is Brazil's Portuguese; Portugal's (and the other regions') words differ. */
const portugalPortuguese = (lang: string) => languageOf({ lang }) === 'pt' && !/^pt$|^pt-br$/i.test(lang);
/** Canadian French, whose "G" (giga) is a billion: Intl's fr-CA "1,5 G $"; France's French prints "Md". */
const canadianFrench = (lang: string) => /^fr-ca$/i.test(lang);
/** Danish, Norwegian, Swedish and Finnish, whose "t" is a thousand ("13 t kr.", Finnish "13 t. €"). */
const THOUSAND_T = { da: 1e3, no: 1e3, nb: 1e3, nn: 1e3, sv: 1e3, fi: 1e3 };

/**
 * Abbreviations that compact amounts print after few digits ("$48K", "€1.2M", "48 Tsd. €",
 * "1,5 Mio. €", "R$ 48 mil", "13 tys. zł"), from Intl's compact currency format
 * (`notation: 'compact'`) of each language named, unless marked a guess. One whose size differs
 * between languages is read only where the page's language settles it, never at another's size.
 */
export const ABBREVIATIONS: [RegExp, Size][] = [
  // cs, sk, hr, ro "mil." is a million; es and pt print "mil" (a thousand) without a dot.
  [standalone(String.raw`mil\.`), inLanguages({ cs: 1e6, sk: 1e6, hr: 1e6, ro: 1e6, es: 1e3, pt: 1e3 })],
  // en, fr, it, nl, nb, ro "k"; de "Tsd." (guess: Intl de prints thousands in full); es, pt "mil";
  // pl "tys."; cs, sk, hr, sl "tis."; et "tuh"; lv, lt "tūkst."; is "þ."; ru "тыс."; uk "тис.";
  // bg "хил."; sr "хиљ."; el "χιλ.": each a thousand in the one language that prints it.
  [standalone(String.raw`k|tsd\.?|mil|tys\.?|tis\.?|tuh|tūkst\.?|þ\.|тыс\.?|тис\.?|хил\.?|хиљ\.?|χιλ\.?`), 1e3],
  // Danish, Norwegian, Swedish and Finnish lower-case "t" is a thousand, Intl's en "T" a trillion
  // and its vi "T" a billion; elsewhere, or in the other case, the page does not settle which it
  // means ("13 t kr." on an English page, "$2.5T" on a Danish one).
  [
    standalone(String.raw`t\.?`),
    (lang, written) => inLanguages(written.trim().startsWith('t') ? THOUSAND_T : { en: 1e12, vi: 1e9 })(lang, written),
  ],
  // sv "tn" is a thousand (tusen), tr "Tn" a trillion.
  [standalone('tn'), inLanguages({ sv: 1e3, tr: 1e12 })],
  // id "M" is a billion (miliar); elsewhere "M" and "m." (is) are a million.
  [standalone(String.raw`m\.?`), inLanguages({ id: 1e9 }, 1e6)],
  // de, da, sl "Mio."; it, pl, et "mln"; nl "mln."; pt "mi"; sv "mn"; fi, lv "milj."; nb "mill.";
  // ru, uk, bg "млн"; sr "мил."; el "εκ.".
  [standalone(String.raw`mio\.?|mln\.?|mi|mn|milj\.?|mill\.?|млн\.?|мил\.?|εκ\.?`), 1e6],
  // Finance shorthand for a million (guess); Intl's pt-PT "mM" is "mil milhões", a billion.
  [standalone('mm'), (lang) => (portugalPortuguese(lang) ? undefined : 1e6)],
  // "bn" is English finance shorthand for a billion (guess); Intl's sv, is "bn" and fr "Bn" are a trillion.
  [standalone('bn'), inLanguages({ sv: 1e12, is: 1e12, fr: 1e12 }, 1e9)],
  // fr-CA "G" (canadianFrench); a lone "G" elsewhere is no scale Touchline knows.
  [cased('G'), (lang) => (canadianFrench(lang) ? 1e9 : undefined)],
  // de, fi, nb, sl, hu "Mrd."; it, pl, cs, et "mld"; fr, sv "Md"; da "mia."; hr "mlr."; lt "mlrd.";
  // lv "mljrd."; ru, uk, bg "млрд"; el "δισ.".
  [standalone(String.raw`mrd\.?|mld\.?|md|mia\.?|mlr\.?|mlrd\.?|mljrd\.?|млрд\.?|δισ\.?`), 1e9],
  // pt-BR "bi" (bilhão); Intl's pt-PT "Bi" is a bilião, a trillion.
  [standalone('bi'), (lang) => (portugalPortuguese(lang) ? undefined : 1e9)],
  // Intl's en and ms "B" is a billion, its hu "B" a trillion, its tr "B" a thousand (bin), its es
  // "B" a trillion (a "billón") in Spain and a billion in the Americas: there the page does not say.
  [standalone('b'), inLanguages({ en: 1e9, ms: 1e9, hu: 1e12, tr: 1e3 })],
  // de, da "Bio."; pt "tri"; ro "tril."; et, lt "trln"; lv "trilj."; fi "bilj."; ru, uk, bg "трлн"; sr "бил."; el "τρισ.".
  [standalone(String.raw`bio\.?|tri|tril\.?|trln\.?|trilj\.?|bilj\.?|трлн\.?|бил\.?|τρισ\.?`), 1e12],
  // cs, sk, hr, sl "bil." and nb "bill." are a trillion, English shorthand (a guess) a billion: read
  // only in those languages.
  [
    standalone(String.raw`bill?\.?`),
    inLanguages({ cs: 1e12, sk: 1e12, hr: 1e12, sl: 1e12, nb: 1e12, nn: 1e12, no: 1e12 }),
  ],
  // Scales in one language only, another word or a name's letter elsewhere (it "ma", "but"), so
  // there no scale (size 1): hu "E" (ezer), id "rb" (ribu) and vi "N" (nghìn) a thousand; id "jt"
  // (juta), ms "J" (juta) and vi "Tr" (triệu) a million; tr "Mr" (milyar) and is "ma." a billion;
  // vi "NT" a trillion.
  [cased('E'), inLanguages({ hu: 1e3 }, 1)],
  [cased('N'), inLanguages({ vi: 1e3 }, 1)],
  [standalone('rb'), inLanguages({ id: 1e3 }, 1)],
  [standalone('jt'), inLanguages({ id: 1e6 }, 1)],
  [cased('J'), inLanguages({ ms: 1e6 }, 1)],
  [cased('Tr'), inLanguages({ vi: 1e6 }, 1)],
  [cased('Mr'), inLanguages({ tr: 1e9 }, 1)],
  [standalone(String.raw`ma\.`), inLanguages({ is: 1e9 }, 1)],
  [cased('NT'), inLanguages({ vi: 1e12 }, 1)],
  // Intl's it, nl and pl "bln" is a trillion, English shorthand (a guess) a billion: never read.
  [standalone(String.raw`bln\.?`), () => undefined],
];
