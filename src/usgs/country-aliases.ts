/**
 * Country names → ISO 3166-1 alpha-2 codes. USGS spellings that `i18n-iso-countries` does not
 * know (or might stop knowing) are listed here; every other name goes to
 * `getAlpha2Code(name, 'en')`. A name that maps to nothing is returned as undefined and listed
 * by the importer as unmapped, never guessed.
 */
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';

const require = createRequire(import.meta.url);
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));

/**
 * USGS spelling (compared case-insensitively, apostrophes normalised) → alpha-2 code.
 * Seen in MCS 2025: world data (`Burma`, `Congo (Kinshasa)`, `Korea, North`, `Korea, Republic of`,
 * `Laos`, `Côte d’Ivoire`, `Syria`, `Turkey`, `Russia`, `Vietnam`, `Iran`), T5 / Fig. 2
 * (`Republic of Korea`). The others are the usual USGS/GENC short names, listed so that the
 * mapping does not depend on the library's alias list.
 */
export const COUNTRY_ALIASES: Record<string, string> = {
  burma: 'MM',
  'congo (kinshasa)': 'CD',
  'congo (brazzaville)': 'CG',
  'korea, republic of': 'KR',
  'republic of korea': 'KR',
  'korea, north': 'KP',
  "côte d'ivoire": 'CI',
  "cote d'ivoire": 'CI',
  turkey: 'TR',
  russia: 'RU',
  laos: 'LA',
  vietnam: 'VN',
  iran: 'IR',
  syria: 'SY',
  tanzania: 'TZ',
  bolivia: 'BO',
  venezuela: 'VE',
  moldova: 'MD',
  czechia: 'CZ',
  taiwan: 'TW',
  'united states': 'US',
  'united kingdom': 'GB',
};

const key = (name: string) => name.toLowerCase().replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim();

/** The alpha-2 code for a (cleaned) country name, or undefined. */
export function countryCode(name: string): string | undefined {
  const alias = COUNTRY_ALIASES[key(name)];
  if (alias) return alias;
  const code = countries.getAlpha2Code(name, 'en') ?? countries.getAlpha2Code(name.replace(/[’‘]/g, "'"), 'en');
  return code ?? undefined;
}

/** The English name of a code, as `i18n-iso-countries` gives it (`KR` → `South Korea`). */
export function countryName(code: string): string {
  return countries.getName(code, 'en') ?? code;
}
