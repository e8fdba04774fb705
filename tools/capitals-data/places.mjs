// Places beyond countries: first-level subdivisions (subdivisions.json) and ISO 3166-1 territories
// (territories.json), and the cross-check of every capital against the second sources.
// generate.mjs builds the entries; this module holds what is specific to them.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

// Every kind a place may have. Countries keep the kinds generate.mjs gives them.
export const PLACE_KINDS = [
  'constituent-country', 'state', 'province', 'territory', 'union-territory', 'city-state',
  'federal-district', 'federal-entity', 'dependent-territory', 'crown-dependency', 'autonomous-territory',
  'associated-state', 'overseas-region', 'overseas-collectivity', 'special-collectivity',
  'special-municipality', 'unincorporated-area', 'special-administrative-region', 'international-area',
];

// Why a place has no capital; each reason has a sentence per locale in the skill's speech files.
export const NO_CAPITAL_REASONS = ['national-capital', 'city-territory', 'uninhabited', 'antarctica'];

const ISO_3166_2_SUFFIX = /^[A-Z0-9]{1,3}$/;

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

function withoutComments(object) {
  return Object.fromEntries(Object.entries(object).filter(([key]) => !key.startsWith('$')));
}

export function loadPlaceInputs(here, nodeModules, languages) {
  const cldrSubdivisions = {};
  for (const language of languages) {
    const file = readJson(join(nodeModules, 'cldr-subdivisions-full', 'subdivisions', language, `${language}.json`));
    cldrSubdivisions[language] = file.subdivisions.localeDisplayNames.subdivisions;
  }
  const require = createRequire(import.meta.url);
  const statesUtils = require(join(nodeModules, 'states-utils', 'statesData.js'));
  return {
    subdivisions: withoutComments(readJson(join(here, 'subdivisions.json')).subdivisions),
    territories: withoutComments(readJson(join(here, 'territories.json')).territories),
    sourceDifferences: readJson(join(here, 'source-differences.json')),
    cldrSubdivisions,
    allCountryData: readJson(join(nodeModules, 'all-country-data', 'data', 'data.json')),
    statesUtils,
    versions: {
      'cldr-subdivisions-full': readJson(join(nodeModules, 'cldr-subdivisions-full', 'package.json')).version,
      'all-country-data': readJson(join(nodeModules, 'all-country-data', 'package.json')).version,
      'states-utils': readJson(join(nodeModules, 'states-utils', 'package.json')).version,
    },
  };
}

// The subdivisions to build, as [id, kind, parent, override], checked against CLDR's list of ISO 3166-2 codes.
export function coveredSubdivisions(placeInputs, countryIds, fail) {
  const covered = [];
  for (const [parent, group] of Object.entries(placeInputs.subdivisions)) {
    if (!countryIds.has(parent)) fail(`subdivisions.json: ${parent} is not a covered country.`);
    if (!PLACE_KINDS.includes(group.kind)) fail(`subdivisions.json: ${parent} has unknown kind "${group.kind}".`);
    for (const [suffix, rawOverride] of Object.entries(group.places)) {
      const id = `${parent}-${suffix}`;
      if (!ISO_3166_2_SUFFIX.test(suffix)) fail(`subdivisions.json: "${id}" is not an ISO 3166-2 code.`);
      if (!placeInputs.cldrSubdivisions.en[id.replace('-', '').toLowerCase()]) {
        fail(`subdivisions.json: ${id} is not an ISO 3166-2 code CLDR knows.`);
      }
      const { capital, ...override } = withoutComments(rawOverride);
      if (capital !== undefined) override.capitals = [{ name: capital }];
      const kind = override.kind ?? group.kind;
      if (!PLACE_KINDS.includes(kind)) fail(`subdivisions.json: ${id} has unknown kind "${kind}".`);
      covered.push([id, kind, parent, override]);
    }
  }
  return covered;
}

// The ISO 3166-1 territories to build, as [id, kind, parent, override].
export function coveredTerritories(placeInputs, countryIds, countriesList, fail) {
  const covered = [];
  for (const [id, rawOverride] of Object.entries(placeInputs.territories)) {
    const override = withoutComments(rawOverride);
    if (countryIds.has(id)) fail(`territories.json: ${id} is already covered as a country.`);
    if (!countriesList[id]) fail(`territories.json: ${id} is not an ISO 3166-1 code countries-list knows.`);
    if (!PLACE_KINDS.includes(override.kind)) fail(`territories.json: ${id} has unknown kind "${override.kind}".`);
    if (override.parent !== undefined && !countryIds.has(override.parent)) {
      fail(`territories.json: ${id} has parent ${override.parent}, which is not a covered country.`);
    }
    covered.push([id, override.kind, override.parent, override]);
  }
  return covered;
}

// Every ISO 3166-1 code of countries-list must be covered, as a country or as a territory.
export function checkIsoCoverage(ids, countriesList, fail) {
  const missing = Object.keys(countriesList).filter((id) => !ids.has(id) && !NOT_ISO_3166_1.has(id));
  if (missing.length > 0) fail(`ISO 3166-1 codes covered neither as a country nor in territories.json: ${missing.join(', ')}.`);
}

// countries-list also has two "exceptionally reserved" codes that are not ISO 3166-1 country codes.
const NOT_ISO_3166_1 = new Set(['AC', 'TA']);

export function checkNoCapital(id, override, capitals, fail) {
  if (override.noCapital === undefined) return;
  if (!NO_CAPITAL_REASONS.includes(override.noCapital)) fail(`${id}: unknown noCapital reason "${override.noCapital}".`);
  if (capitals.length > 0) fail(`${id}: has capitals and a noCapital reason; keep one.`);
}

// ---------------------------------------------------------------------------------------------
// Cross-check: every capital against each second source that has a value for the place.

// How a capital is compared across sources: accents, case, punctuation, spaces and "St." ignored.
function capitalKey(text) {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\bst\.? /g, 'saint ')
    .replace(/[\p{P}\p{S}\s]/gu, '');
}

function secondSourceValues(placeInputs) {
  const values = { 'all-country-data': new Map(), 'states-utils': new Map() };
  for (const entry of placeInputs.allCountryData) {
    if (entry.country_code && entry.capital) values['all-country-data'].set(entry.country_code, entry.capital);
  }
  const states = placeInputs.statesUtils;
  for (const [name, code] of Object.entries(states.US_STATE_NAME_TO_CODE)) {
    const capital = states.US_STATE_NAME_TO_CAPITAL[name];
    if (capital) values['states-utils'].set(`US-${code}`, capital);
  }
  for (const [name, code] of Object.entries(states.US_INHABITED_TERRITORIES_NAME_TO_CODE)) {
    const capital = states.US_INHABITED_TERRITORIES_NAME_TO_CAPITAL[name];
    // states-utils lists the freely associated states (MH, PW, FM) too; they are countries here.
    if (capital) values['states-utils'].set(code, capital);
  }
  return values;
}

// Fails on a disagreement that source-differences.json does not list with the source's exact value, and on a
// listed difference that no longer occurs. Returns, per source, how many places it confirmed.
export function crossCheckCapitals(places, placeInputs, fail) {
  const sources = secondSourceValues(placeInputs);
  const known = placeInputs.sourceDifferences;
  const confirmed = {};
  const byId = new Map(places.map((place) => [place.id, place]));
  for (const [source, values] of Object.entries(sources)) {
    const differences = withoutComments(known[source] ?? {});
    confirmed[source] = 0;
    for (const [id, value] of values) {
      const place = byId.get(id);
      if (!place) continue;
      const agrees = place.capitals.some((capital) => capitalKey(capital.name) === capitalKey(value));
      const listed = differences[id];
      if (agrees) {
        if (listed) fail(`source-differences.json: ${source} ${id} is listed as "${listed.value}" but the source now agrees.`);
        confirmed[source] += 1;
      } else if (!listed || listed.value !== value) {
        const ours = place.capitals.map((capital) => capital.name).join(' / ') || '(no capital)';
        fail(`${id}: ${source} says "${value}", the data says "${ours}"; fix the data or list the difference in source-differences.json.`);
      }
    }
    for (const id of Object.keys(differences)) {
      if (!values.has(id)) fail(`source-differences.json: ${source} has no value for ${id} any more.`);
      if (!byId.has(id)) fail(`source-differences.json: ${id} is not a covered place.`);
    }
  }
  return confirmed;
}
