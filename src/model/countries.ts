/**
 * Country names, from well-kept sources: the display name of a Country is the common short
 * English name of CLDR as Node ships it (`Intl.DisplayNames`: Côte d’Ivoire, China, Russia,
 * United States, Türkiye); its aliases are the ISO 3166 names and alternatives of
 * `i18n-iso-countries` (People's Republic of China, Russian Federation, United States of
 * America, USA, Ivory Coast…), CLDR's short form (UK, US), and the common alternatives listed
 * below (DRC, Burma, the USGS/GENC spellings). Names are matched with `foldName`, so case,
 * accents and punctuation never decide a match; a name two countries share (Congo) matches
 * neither.
 */
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import { foldName } from './names.js';

const require = createRequire(import.meta.url);
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));

const LONG = new Intl.DisplayNames(['en'], { type: 'region' });
const SHORT = new Intl.DisplayNames(['en'], { type: 'region', style: 'short' });

/**
 * Alternatives people and publishers write that neither source lists, by alpha-2 code:
 * abbreviations (DRC, PRC, ROK, DPRK, UAE), former and informal names (Burma, Swaziland, Zaire,
 * Holland), the spellings of U.S. government tables (USGS MCS: `Congo (Kinshasa)`, `Korea,
 * North`…) and of the World Bank's indicators (`Congo, Dem. Rep.`, `Korea, Rep.`).
 */
export const COMMON_ALTERNATIVES: Record<string, string[]> = {
  CD: ['DRC', 'DR Congo', 'Congo (Kinshasa)', 'Congo-Kinshasa', 'Zaire', 'Democratic Republic of Congo', 'Congo, Dem. Rep.'],
  CG: ['Congo (Brazzaville)', 'Congo-Brazzaville', 'Congo Republic', 'Republic of Congo', 'Congo, Rep.'],
  CN: ['PRC', 'Mainland China'],
  CI: ['Ivory Coast'],
  CZ: ['Czech Republic'],
  GB: ['Britain', 'Great Britain', 'U.K.'],
  KP: ['Korea, North', 'DPRK', "Democratic People's Republic of Korea"],
  KR: ['Korea, South', 'Korea, Republic of', 'Republic of Korea', 'ROK', 'Korea, Rep.'],
  LA: ['Laos', 'Lao PDR'],
  MM: ['Burma'],
  NL: ['Holland'],
  MK: ['Macedonia'],
  SZ: ['Swaziland'],
  TR: ['Turkey'],
  AE: ['UAE'],
  US: ['USA', 'U.S.', 'U.S.A.'],
  VN: ['Viet Nam'],
};

/** Every ISO 3166-1 alpha-2 code the sources know. */
export const COUNTRY_CODES: readonly string[] = Object.keys(countries.getAlpha2Codes());

/** The display name of a code: CLDR's common English name (`CI` → `Côte d’Ivoire`); the code when unknown. */
export function countryName(code: string): string {
  try {
    return LONG.of(code) ?? code;
  } catch {
    return code;
  }
}

/** The aliases of a code: official names and alternatives, distinct by `foldName` and never the display name. */
export function countryAliases(code: string): string[] {
  const name = countryName(code);
  const candidates = [...(countries.getName(code, 'en', { select: 'all' }) ?? []), SHORT.of(code) ?? '', ...(COMMON_ALTERNATIVES[code] ?? [])];
  const seen = new Set([foldName(name)]);
  const out: string[] = [];
  for (const c of candidates) {
    const k = foldName(c);
    if (k && !seen.has(k)) {
      seen.add(k);
      out.push(c);
    }
  }
  return out;
}

/** Folded name → the codes it names (more than one when the name is ambiguous). */
const BY_NAME = new Map<string, Set<string>>();
for (const code of COUNTRY_CODES) {
  for (const n of [countryName(code), ...countryAliases(code)]) {
    const k = foldName(n);
    BY_NAME.set(k, (BY_NAME.get(k) ?? new Set()).add(code));
  }
}

/** The alpha-2 code of a country name or alias in any spelling `foldName` equates, or undefined (unknown or ambiguous). */
export function countryCode(name: string): string | undefined {
  const codes = BY_NAME.get(foldName(name));
  return codes?.size === 1 ? [...codes][0] : undefined;
}
