// Names in every language beyond what CLDR's country list gives: subdivision names (CLDR's few, iso3166-2-db's,
// the curated languages/<lang>.json), capital names (CLDR's time-zone exemplar cities, curated names) and the
// checks that keep them honest. generate.mjs builds the places; this module knows where each name comes from.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// Languages written in Latin script: a place or capital without a name of its own there is called by its English
// name, which for these places is nearly always the local name too ("Sacramento", "Bihar", "Minas Gerais").
export const LATIN_LANGUAGES = ['de', 'fr', 'es', 'it', 'pt', 'nl'];

// Languages with their own script: every name must come from a source or be curated, and none may be in Latin letters.
export const OWN_SCRIPT_LANGUAGES = { ja: /[\p{Script=Katakana}\p{Script=Hiragana}\p{Script=Han}]/u, hi: /\p{Script=Devanagari}/u, ar: /\p{Script=Arabic}/u };

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

function withoutComments(object = {}) {
  return Object.fromEntries(Object.entries(object).filter(([key]) => !key.startsWith('$')));
}

// CLDR's time-zone exemplar cities by zone id ("Europe/Vienna" -> "Wien"), per language. English omits the cities
// whose name is the zone id's last part, so the English name of a zone falls back to that part.
function exemplarCities(nodeModules, language) {
  const file = readJson(join(nodeModules, 'cldr-dates-full', 'main', language, 'timeZoneNames.json'));
  const cities = new Map();
  (function walk(node, path) {
    for (const [key, value] of Object.entries(node)) {
      if (!value || typeof value !== 'object' || key === 'long' || key === 'short') continue;
      const id = path ? `${path}/${key}` : key;
      // CLDR's names may carry a disambiguator ("Tripoli (Libye)") or soft hyphens ("Reyk\u00adja\u00advík").
      if (value._type === 'zone') cities.set(id, value.exemplarCity?.replace(/\s*\([^)]*\)/u, '').replace(/\u00ad/gu, ''));
      else walk(value, id);
    }
  })(file.main[language].dates.timeZoneNames.zone, '');
  return cities;
}

export function loadLanguageInputs(here, nodeModules, languages) {
  const curated = {};
  for (const language of languages.filter((language) => language !== 'en')) {
    const file = readJson(join(here, 'languages', `${language}.json`));
    curated[language] = {
      places: withoutComments(file.places),
      capitals: withoutComments(file.capitals),
      replacesCldr: withoutComments(file.replacesCldr),
      forms: file.forms ?? {},
    };
  }
  const exemplars = Object.fromEntries(languages.map((language) => [language, exemplarCities(nodeModules, language)]));
  // English city name -> zone id, for every zone any of the languages knows.
  const zoneOfCity = new Map();
  for (const language of languages) {
    for (const id of exemplars[language].keys()) {
      const english = exemplars.en.get(id) ?? id.split('/').pop().replace(/_/g, ' ');
      zoneOfCity.set(english, id);
    }
  }
  const iso3166 = readJson(join(nodeModules, 'iso3166-2-db', 'data', 'iso3166-2.json'));
  return {
    curated,
    exemplars,
    zoneOfCity,
    iso3166,
    versions: {
      'cldr-dates-full': readJson(join(nodeModules, 'cldr-dates-full', 'package.json')).version,
      'iso3166-2-db': readJson(join(nodeModules, 'iso3166-2-db', 'package.json')).version,
    },
  };
}

// iso3166-2-db's names are encyclopedia article titles: "État de Campeche", "Estado de Guerrero", "ولاية خاليسكو".
// The spoken name is the part after the "state of".
const TITLE_PREFIXES = [/^État (de |d'|du )/u, /^Estado de /u, /^ولاية /u, /^Territoire de /u];

function isoRegionName(iso3166, id, language) {
  const [parent, code] = id.split('-');
  const region = (iso3166[parent]?.regions ?? []).find((entry) => entry.iso === code);
  const raw = region?.names?.[language];
  if (!raw) return undefined;
  return TITLE_PREFIXES.reduce((name, prefix) => name.replace(prefix, ''), raw).trim();
}

// A subdivision's name in one language and where it came from: subdivisions.json's fix, the curated language file,
// CLDR's subdivision names, iso3166-2-db, and (Latin-script languages only) the English name.
export function subdivisionName(id, language, override, cldrSubdivisions, languageInputs, englishName, cleanName) {
  const fixed = override.names?.[language];
  if (fixed) return { name: fixed, source: 'subdivisions.json' };
  const curated = languageInputs.curated[language]?.places[id];
  if (curated) return { name: curated, source: 'curated' };
  const cldr = cldrSubdivisions[language]?.[id.replace('-', '').toLowerCase()];
  if (cldr) return { name: cleanName(cldr, language), source: 'cldr-subdivisions-full' };
  const iso = isoRegionName(languageInputs.iso3166, id, language);
  if (iso) return { name: iso, source: 'iso3166-2-db' };
  if (LATIN_LANGUAGES.includes(language) && englishName) return { name: englishName, source: 'english' };
  return undefined;
}

// A capital's name in one language and where it came from: the curated language file (by the English name), CLDR's
// exemplar city of the time zone named after the city, and (Latin-script languages only) the English name.
// A curated name that differs from CLDR's must say why in the language file's `replacesCldr`.
export function capitalName(englishName, language, languageInputs, fail) {
  const curated = languageInputs.curated[language]?.capitals[englishName];
  const zone = languageInputs.zoneOfCity.get(englishName);
  const cldr = zone ? languageInputs.exemplars[language].get(zone) : undefined;
  if (curated) {
    const why = languageInputs.curated[language].replacesCldr[englishName];
    if (cldr && cldr !== curated && !why) {
      fail(`languages/${language}.json: capital "${englishName}" is "${curated}" but CLDR says "${cldr}"; add the reason to replacesCldr or drop the curated name.`);
    }
    if (why && (!cldr || cldr === curated)) fail(`languages/${language}.json: replacesCldr lists "${englishName}", but CLDR does not differ any more.`);
    return { name: curated, source: 'curated' };
  }
  if (cldr) return { name: cldr, source: 'cldr-dates-full' };
  if (zone && LATIN_LANGUAGES.includes(language)) return { name: englishName, source: 'cldr-dates-full' };
  if (LATIN_LANGUAGES.includes(language)) return { name: englishName, source: 'english' };
  return undefined;
}

export function checkScript(id, language, name, fail) {
  const script = OWN_SCRIPT_LANGUAGES[language];
  if (!script) return;
  if (/\p{Script=Latin}/u.test(name) || !script.test(name)) fail(`${id}: the ${language} name "${name}" is not written in the language's own script.`);
}

// Every curated entry must be used: a typo in an id or a capital's English name would otherwise go unnoticed.
export function checkCuratedUsed(languageInputs, usedPlaces, usedCapitals, fail) {
  for (const [language, curated] of Object.entries(languageInputs.curated)) {
    for (const id of Object.keys(curated.places)) {
      if (!usedPlaces.has(id)) fail(`languages/${language}.json: places.${id} is not a subdivision of the data (typo?).`);
    }
    for (const name of [...Object.keys(curated.capitals), ...Object.keys(curated.replacesCldr)]) {
      if (!usedCapitals.has(name)) fail(`languages/${language}.json: capital "${name}" is no capital of the data (typo?).`);
    }
  }
}
