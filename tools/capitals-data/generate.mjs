// Generates lambda/Skill/Capitals/capitals.json from these inputs:
//   - countries-list (MIT): one capital per country and territory, and an English name used as an alias;
//   - cldr-localenames-full (Unicode-3.0): country names and alt-short/alt-variant names in 8 languages;
//   - cldr-subdivisions-full (Unicode-3.0): subdivision names and the ISO 3166-2 codes they are keyed by;
//   - all-country-data (MIT) and states-utils (MIT): second sources every capital is checked against;
//   - overrides.json (this project): the covered countries, kinds, capital fixes, roles, speech forms,
//     curated aliases, sentence forms and notes;
//   - territories.json and subdivisions.json (this project): the places beyond countries, their kind,
//     parent and (for subdivisions) capitals; source-differences.json: why a second source differs.
// Usage: npm ci && node generate.mjs
// The output is deterministic: no timestamps, countries sorted by id, fixed key order.

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  checkIsoCoverage, checkNoCapital, coveredSubdivisions, coveredTerritories, crossCheckCapitals,
  loadPlaceInputs, subdivisionNames,
} from './places.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const NODE_MODULES = join(here, 'node_modules');
const OUTPUT = join(here, '..', '..', 'lambda', 'Skill', 'Capitals', 'capitals.json');

const LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'ja', 'pt', 'hi'];
const ENGLISH_VARIANTS = ['en-GB', 'en-CA', 'en-AU', 'en-IN'];
const KINDS = ['sovereign', 'observer-state', 'partially-recognised', 'disputed-territory'];
const ROLES = [
  'executive', 'legislative', 'judicial', 'constitutional', 'seat-of-government', 'official',
  'administrative', 'economic', 'royal-and-legislative', 'proclaimed', 'de-facto', 'federal-city',
  'summer', 'winter',
];
const UN_MEMBER_COUNT = 193;

class DataError extends Error {}

function fail(message) {
  throw new DataError(message);
}

// ---------------------------------------------------------------------------------------------
// Inputs

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

// Files are read by path: countries-list's "exports" map hides its JSON files from require().
function packageFile(name, file) {
  return readJson(join(NODE_MODULES, name, file));
}

function loadCldrTerritories(locale) {
  const file = packageFile('cldr-localenames-full', `main/${locale}/territories.json`);
  return file.main[locale].localeDisplayNames.territories;
}

function loadInputs() {
  const cldr = {};
  for (const locale of [...LANGUAGES, ...ENGLISH_VARIANTS]) cldr[locale] = loadCldrTerritories(locale);
  const places = loadPlaceInputs(here, NODE_MODULES, LANGUAGES);
  return {
    places,
    overrides: readJson(join(here, 'overrides.json')),
    countriesList: packageFile('countries-list', 'countries.min.json'),
    cldr,
    sources: {
      'countries-list': packageFile('countries-list', 'package.json').version,
      'cldr-localenames-full': packageFile('cldr-localenames-full', 'package.json').version,
      ...places.versions,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Text helpers

// The lookup key used for the uniqueness checks. It mirrors what the skill does at run time:
// lower-case, Latin accents stripped, punctuation and symbols removed, whitespace collapsed,
// a leading "the " removed. Only U+0300..U+036F is stripped so that Japanese (dakuten) and
// Devanagari (vowel signs, nukta) combining marks are kept.
function normalise(text) {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

// Stricter key for collision checks: also ignores spaces, so that "Congo-Kinshasa" and
// "Congo Kinshasa" collide whether the runtime deletes punctuation or turns it into a space.
function collisionKey(text) {
  return normalise(text).replace(/ /g, '');
}

// Removes CLDR's disambiguators: "Myanmar (Burma)", "コンゴ共和国(ブラザビル)", "Congo - Kinshasa".
function stripDisambiguators(name) {
  return name
    .replace(/\s*[(（][^)）]*[)）]/g, '')
    .replace(/\s+[-–]\s+.*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

// English names are spoken: "St. Kitts & Nevis" -> "Saint Kitts and Nevis".
function cleanName(name, language) {
  let cleaned = stripDisambiguators(name);
  if (language === 'en') {
    cleaned = cleaned.replace(/\s*&\s*/g, ' and ').replace(/\bSt\.? (?=\p{Lu})/gu, 'Saint ');
  }
  return cleaned;
}

function uniqueByKey(texts, excludedKeys = new Set()) {
  const seen = new Set(excludedKeys);
  const result = [];
  for (const text of texts) {
    const key = normalise(text);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    result.push(text);
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Coverage

function coveredCountries(overrides) {
  const members = overrides.unMembers;
  if (new Set(members).size !== members.length) fail('overrides.json: unMembers contains duplicates.');
  if (members.length !== UN_MEMBER_COUNT) {
    fail(`overrides.json: unMembers has ${members.length} codes; the UN has exactly ${UN_MEMBER_COUNT} members.`);
  }
  const kinds = new Map(members.map((id) => [id, 'sovereign']));
  for (const [id, kind] of Object.entries(overrides.nonMembers)) {
    if (!KINDS.includes(kind)) fail(`overrides.json: ${id} has unknown kind "${kind}".`);
    if (kinds.has(id)) fail(`overrides.json: ${id} is listed both as a UN member and as a non-member.`);
    kinds.set(id, kind);
  }
  for (const id of Object.keys(overrides.countries)) {
    if (!kinds.has(id)) fail(`overrides.json: countries.${id} is not a covered country (typo?).`);
  }
  return [...kinds.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

// ---------------------------------------------------------------------------------------------
// Building one country

function cldrName(cldr, locale, id, override) {
  const raw = (override.useShortName && cldr[locale][`${id}-alt-short`]) || cldr[locale][id];
  if (!raw) fail(`CLDR ${locale} has no name for ${id}.`);
  return raw;
}

function buildNames(id, inputs, override) {
  const { cldr } = inputs;
  const names = {};
  for (const language of LANGUAGES) {
    const fixed = override.names?.[language];
    names[language] = fixed ?? cleanName(cldrName(cldr, language, id, override), language);
    if (language === 'en') addEnglishVariants(names, id, cldr, override);
  }
  if (!names.en) fail(`${id} has no English name.`);
  return names;
}

// en-GB/en-CA/en-AU/en-IN get a name only where CLDR really spells it differently from en.
// Countries with a hand-written English name keep that name everywhere.
function addEnglishVariants(names, id, cldr, override) {
  if (override.names?.en) return;
  const baseRaw = cldrName(cldr, 'en', id, override);
  for (const locale of ENGLISH_VARIANTS) {
    const raw = cldrName(cldr, locale, id, override);
    if (raw === baseRaw) continue;
    const cleaned = cleanName(raw, 'en');
    if (normalise(cleaned) !== normalise(names.en)) names[locale] = cleaned;
  }
}

// Names the sources give for this country in this language, other than the chosen name:
// raw CLDR names, their cleaned forms, alt-short/alt-variant forms and, for English, the
// regional English names and countries-list's English name.
function derivedAliases(id, language, inputs, override) {
  const { cldr, countriesList } = inputs;
  const locales = language === 'en' ? ['en', ...ENGLISH_VARIANTS] : [language];
  const found = [];
  for (const locale of locales) {
    for (const key of [id, `${id}-alt-short`, `${id}-alt-variant`]) {
      const raw = cldr[locale][key];
      if (raw) found.push(raw, cleanName(raw, language));
    }
  }
  if (language === 'en') found.push(countriesList[id].name);
  const blocked = new Set((inputs.overrides.blockedAliases[language] ?? []).map(normalise));
  const excluded = new Set((override.excludedAliases?.[language] ?? []).map(normalise));
  return found.filter((alias) => !blocked.has(normalise(alias)) && !excluded.has(normalise(alias)));
}

function buildAliases(id, names, inputs, override) {
  const aliases = {};
  for (const language of LANGUAGES) {
    const curated = override.aliases?.[language] ?? [];
    const nameKeys = new Set(
      Object.entries(names)
        .filter(([locale]) => locale.split('-')[0] === language)
        .map(([, name]) => normalise(name)),
    );
    aliases[language] = uniqueByKey([...curated, ...derivedAliases(id, language, inputs, override)], nameKeys);
  }
  return aliases;
}

function buildCapitals(id, inputs, override) {
  const source = inputs.countriesList[id]?.capital;
  const capitals = override.capitals ?? (source ? [{ name: source }] : []);
  checkNoCapital(id, override, capitals, fail);
  if (capitals.length === 0 && !override.noCapital) fail(`${id} has no capital (none in the sources and no noCapital reason).`);
  return capitals.map((capital) => {
    if (!capital.name) fail(`${id}: a capital has no name.`);
    if (capital.role && !ROLES.includes(capital.role)) fail(`${id}: unknown capital role "${capital.role}".`);
    const ordered = { name: capital.name };
    if (capital.speech) ordered.speech = capital.speech;
    if (capital.role) ordered.role = capital.role;
    return ordered;
  });
}

function checkSentenceNames(id, names, sentenceNames) {
  for (const [language, sentenceName] of Object.entries(sentenceNames ?? {})) {
    if (normalise(sentenceName) !== normalise(names[language] ?? '')) {
      fail(`${id}: sentence name "${sentenceName}" does not match the ${language} name "${names[language]}".`);
    }
  }
}

// A country or an ISO 3166-1 territory (names and aliases from CLDR and countries-list), or a subdivision
// (names from CLDR's subdivisions, aliases curated only). `parent` is the id of the country it belongs to.
function buildCountry(id, kind, inputs, override = inputs.overrides.countries[id] ?? {}, parent = undefined) {
  const isSubdivision = id.includes('-');
  if (!isSubdivision && !inputs.countriesList[id]) fail(`countries-list has no entry for ${id}.`);
  const names = isSubdivision
    ? subdivisionNames(id, override, inputs.places, LANGUAGES, cleanName, fail)
    : buildNames(id, inputs, override);
  checkSentenceNames(id, names, override.sentenceNames);

  const country = { id, kind };
  if (parent) country.parent = parent;
  if (override.parentNames) country.parentNames = override.parentNames;
  country.names = names;
  if (override.sentenceNames) country.sentenceNames = override.sentenceNames;
  country.aliases = isSubdivision ? curatedAliases(override) : buildAliases(id, names, inputs, override);
  country.capitals = buildCapitals(id, inputs, override);
  if (override.noCapital) country.noCapital = override.noCapital;
  if (override.note) country.note = override.note;
  return country;
}

function curatedAliases(override) {
  return Object.fromEntries(LANGUAGES.map((language) => [language, uniqueByKey(override.aliases?.[language] ?? [])]));
}

// ---------------------------------------------------------------------------------------------
// Whole-table checks

// Names that several places have as their own name or alias ("Georgia": the country and the US state).
// Each is listed in overrides.json with the places it means; the skill answers every one of them.
function buildSharedNames(overrides, places) {
  const ids = new Set(places.map((place) => place.id));
  return (overrides.sharedNames ?? []).map((entry) => {
    const members = entry.places ?? [];
    if (members.length < 2 || new Set(members).size !== members.length) {
      fail(`overrides.json: sharedNames entry ${JSON.stringify(members)} must list two or more distinct places.`);
    }
    for (const id of members) if (!ids.has(id)) fail(`overrides.json: sharedNames place ${id} is not a covered place.`);
    return { id: [...members].sort().join('+'), places: members, names: entry.names };
  });
}

// Every name and alias must lead to exactly one place within its language, unless it is a shared name
// whose entry lists that place.
function checkUniqueness(countries, blockedAliases, sharedNames) {
  for (const language of LANGUAGES) {
    const owners = new Map(); // collision key -> { id, text, isName }
    const blocked = new Set((blockedAliases[language] ?? []).map(collisionKey));
    const shared = new Map(); // collision key -> shared name entry
    for (const group of sharedNames) {
      for (const text of group.names[language] ?? []) shared.set(collisionKey(text), group);
    }
    const used = new Set();
    const claim = (id, text, isName) => {
      const key = collisionKey(text);
      const group = shared.get(key);
      if (group?.places.includes(id)) {
        used.add(`${group.id} ${key}`);
        return;
      }
      if (blocked.has(key)) {
        fail(`${id}: "${text}" (${language}) is in blockedAliases because it is ambiguous; it cannot be a name or alias.`);
      }
      const previous = owners.get(key);
      if (previous && previous.id !== id) {
        const what = (entry) => `${entry.isName ? 'name' : 'alias'} "${entry.text}" of ${entry.id}`;
        fail(`Ambiguous ${language} lookup: ${what({ id, text, isName })} collides with ${what(previous)}.`);
      }
      if (!previous || isName) owners.set(key, { id, text, isName });
    };
    for (const country of countries) {
      for (const [locale, name] of Object.entries(country.names)) {
        if (locale.split('-')[0] === language) claim(country.id, name, true);
      }
    }
    for (const country of countries) {
      for (const alias of country.aliases[language]) claim(country.id, alias, false);
    }
    for (const [key, group] of shared) {
      if (owners.has(key)) fail(`Shared name ${group.id} (${language}) is also a name or alias of ${owners.get(key).id}.`);
      if (!used.has(`${group.id} ${key}`)) fail(`Shared name ${group.id} (${language}) is not a name or alias of any of its places.`);
    }
  }
}

function checkCounts(countries) {
  const sovereign = countries.filter((country) => country.kind === 'sovereign').length;
  if (sovereign !== UN_MEMBER_COUNT) fail(`Expected ${UN_MEMBER_COUNT} sovereign states, got ${sovereign}.`);
}

// ---------------------------------------------------------------------------------------------

function byId(a, b) {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

// Countries, then the ISO 3166-1 territories and the subdivisions, in one list sorted by id.
function buildPlaces(inputs) {
  const countries = coveredCountries(inputs.overrides).map(([id, kind]) => buildCountry(id, kind, inputs));
  const countryIds = new Set(countries.map((country) => country.id));
  const others = [
    ...coveredTerritories(inputs.places, countryIds, inputs.countriesList, fail),
    ...coveredSubdivisions(inputs.places, countryIds, fail),
  ].map(([id, kind, parent, override]) => buildCountry(id, kind, inputs, override, parent));
  const places = [...countries, ...others].sort(byId);
  checkIsoCoverage(new Set(places.map((place) => place.id)), inputs.countriesList, fail);
  return places;
}

function generate() {
  const inputs = loadInputs();
  const countries = buildPlaces(inputs);
  const sharedNames = buildSharedNames(inputs.overrides, countries);
  checkUniqueness(countries, inputs.overrides.blockedAliases, sharedNames);
  checkCounts(countries);
  const confirmed = crossCheckCapitals(countries, inputs.places, fail);
  return { table: { sources: inputs.sources, countries, sharedNames }, confirmed };
}

function main() {
  try {
    const { table, confirmed } = generate();
    mkdirSync(dirname(OUTPUT), { recursive: true });
    writeFileSync(OUTPUT, `${JSON.stringify(table, null, 2)}\n`, 'utf8');
    const checked = Object.entries(confirmed).map(([source, count]) => `${count} by ${source}`).join(', ');
    console.log(`Wrote ${table.countries.length} places to ${relative(process.cwd(), OUTPUT)}; capitals confirmed: ${checked}`);
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    console.error(`capitals-data: ${error.message}`);
    process.exit(1);
  }
}

main();
