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
      // CLDR's names may carry a disambiguator ("Tripoli (Libye)", fr-CA "Tripoli [Libye]") or soft hyphens ("Reyk\u00adja\u00advík").
      if (value._type === 'zone') cities.set(id, value.exemplarCity?.replace(/\s*(\([^)]*\)|\[[^\]]*\])/u, '').replace(/\u00ad/gu, ''));
      else walk(value, id);
    }
  })(file.main[language].dates.timeZoneNames.zone, '');
  return cities;
}

// `locales`: the Alexa locales whose own exemplar cities are read too (es-MX, fr-CA), for localeCapitalName.
export function loadLanguageInputs(here, nodeModules, languages, locales) {
  const curated = {};
  for (const language of languages.filter((language) => language !== 'en')) {
    const file = readJson(join(here, 'languages', `${language}.json`));
    curated[language] = {
      places: withoutComments(file.places),
      capitals: withoutComments(file.capitals),
      capitalAliases: withoutComments(file.capitalAliases),
      replacesCldr: withoutComments(file.replacesCldr),
      replacesSource: withoutComments(file.replacesSource),
      forms: file.forms ?? {},
      adjectives: withoutComments(file.adjectives),
      nationalities: withoutComments(file.nationalities),
    };
  }
  const exemplars = Object.fromEntries([...languages, ...locales].map((language) => [language, exemplarCities(nodeModules, language)]));
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
const TITLE_PREFIXES = [/^État (de |d'|du )/u, /^Estado de /u, /^ولاية /u];

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

// A locale's own name of a capital: its CLDR exemplar city where that is spelt otherwise than the language's name
// (spellingKey), unless the language's name is curated, which then holds for every locale of the language.
export function localeCapitalName(englishName, locale, languageName, languageInputs) {
  if (languageName.source === 'curated') return undefined;
  const zone = languageInputs.zoneOfCity.get(englishName);
  const own = zone ? languageInputs.exemplars[locale].get(zone) : undefined;
  return own && spellingKey(own) !== spellingKey(languageName.name) ? own : undefined;
}

// How a name is spelt, case and punctuation aside (a space still counts): "Bélarus" and "Biélorussie", "Sahara" and "Sáhara", "Saint-Barthélemy"
// and "Saint Barthélemy" differ, "îles Cook" and "Îles Cook" do not.
export function spellingKey(text) {
  return text.normalize('NFC').toLocaleLowerCase().replace(/[\p{P}\p{S}]/gu, '').replace(/\s+/gu, ' ').trim();
}

export function checkScript(id, language, name, fail) {
  const script = OWN_SCRIPT_LANGUAGES[language];
  if (!script) return;
  if (/\p{Script=Latin}/u.test(name) || !script.test(name)) fail(`${id}: the ${language} name "${name}" is not written in the language's own script.`);
}

// A curated subdivision name where iso3166-2-db has another one must say why (languages/<lang>.json -> replacesSource),
// and a reason whose difference is gone must be removed: the curated file cannot silently drift from the source.
export function checkCuratedPlaces(languageInputs, fail) {
  const unexplained = [];
  for (const [language, curated] of Object.entries(languageInputs.curated)) {
    for (const [id, name] of Object.entries(curated.places)) {
      if (!id.includes('-')) continue;
      const iso = isoRegionName(languageInputs.iso3166, id, language);
      const differs = iso !== undefined && nameKey(iso) !== nameKey(name);
      const why = curated.replacesSource[id];
      if (differs && !why) unexplained.push(`languages/${language}.json: ${id} is "${name}", iso3166-2-db says "${iso}"`);
      if (why && !differs) fail(`languages/${language}.json: replacesSource lists ${id}, but iso3166-2-db does not differ any more.`);
    }
  }
  if (unexplained.length > 0) fail(`Curated names that replace a source's without a reason (replacesSource):\n${unexplained.join('\n')}`);
}

// Every curated entry must be used: a typo in an id or a capital's English name would otherwise go unnoticed.
export function checkCuratedUsed(languageInputs, usedPlaces, usedCapitals, fail) {
  for (const [language, curated] of Object.entries(languageInputs.curated)) {
    for (const id of Object.keys(curated.places)) {
      if (!usedPlaces.has(id)) fail(`languages/${language}.json: places.${id} is not a subdivision of the data (typo?).`);
    }
    for (const name of [...Object.keys(curated.capitals), ...Object.keys(curated.replacesCldr), ...Object.keys(curated.capitalAliases)]) {
      if (!usedCapitals.has(name)) fail(`languages/${language}.json: capital "${name}" is no capital of the data (typo?).`);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Cross-check: capital names in French and Arabic against country-city-multilanguage, a second source that has
// them for most national and many state capitals. Much of its text is machine-translated ("Petite pierre" for
// Little Rock), so it is never copied; every difference must be listed with the source's exact value and why.

export const CHECKED_NAME_LANGUAGES = ['fr', 'ar'];

export function loadNameChecker(nodeModules) {
  const cities = readJson(join(nodeModules, 'country-city-multilanguage', 'data', 'cities.json'));
  return {
    byCountry: new Map(cities.map((entry) => [entry.country, entry.cities])),
    version: readJson(join(nodeModules, 'country-city-multilanguage', 'package.json')).version,
  };
}

// Accents, case, punctuation and spaces ignored; Arabic hamza forms of alef, taa marbuta and alef maqsura folded,
// harakat and tatweel dropped.
function nameKey(text) {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f\u064b-\u065f\u0640]/gu, '')
    .toLowerCase()
    .replace(/[أإآ]/gu, 'ا')
    .replace(/ة/gu, 'ه')
    .replace(/ى/gu, 'ي')
    .replace(/[\p{P}\p{S}\s]/gu, '');
}

// The source's entry for a capital: the country by the place's (or its parent's) English name or an English alias,
// the city by the capital's English name.
function sourceCity(place, capital, byId, checker) {
  const country = place.parent ? byId.get(place.parent) : place;
  const englishNames = [country.names.en, ...(country.aliases.en ?? [])];
  const cities = englishNames.map((name) => checker.byCountry.get(name)).find(Boolean);
  return cities?.find((city) => city.label === capital.name);
}

// Fails on a difference that source-differences.json does not list (by "ID capital language") with the source's exact
// value, and on a listed one that no longer occurs. Returns how many names the source confirmed, per language.
export function crossCheckCapitalNames(places, checker, known, fail) {
  const source = 'country-city-multilanguage';
  const differences = withoutComments(known[source]);
  const byId = new Map(places.map((place) => [place.id, place]));
  const confirmed = Object.fromEntries(CHECKED_NAME_LANGUAGES.map((language) => [language, 0]));
  const seen = new Set();
  const unexplained = [];
  for (const place of places) {
    for (const capital of place.capitals) {
      const city = sourceCity(place, capital, byId, checker);
      if (!city) continue;
      for (const language of CHECKED_NAME_LANGUAGES) {
        const value = city[`label_${language}`];
        if (!value) continue;
        const key = `${place.id} ${capital.name} ${language}`;
        const listed = differences[key];
        if (nameKey(value) === nameKey(capital.names[language])) {
          if (listed) fail(`source-differences.json: ${source} "${key}" is listed but the source now agrees.`);
          confirmed[language] += 1;
          continue;
        }
        seen.add(key);
        if (!listed || listed.value !== value) unexplained.push(`  "${key}": {"value": ${JSON.stringify(value)}, "why": "?"}  (the data: ${capital.names[language]})`);
      }
    }
  }
  if (unexplained.length > 0) {
    fail(`${source} names ${unexplained.length} capitals otherwise; fix the names or list the differences in source-differences.json:\n${unexplained.join('\n')}`);
  }
  for (const key of Object.keys(differences)) {
    if (!seen.has(key)) fail(`source-differences.json: ${source} "${key}" is not a difference any more (or no such capital).`);
  }
  return confirmed;
}
