// Splits the generated table by language, so that the skill reads at start only the language-neutral facts and
// English (also every language's fallback), and each other language's file on that language's first request.
// capitals.json keeps everything but the other languages' entries and lists those languages in "languages";
// languages/<lang>.json holds, under the same member names and place ids, only that language's entries:
// { "countries": [ { "id", "names", "forms", "aliases", "nationalities", ..., "capitals": [ { "names" } ] } ], "sharedNames": [ { "id", "names" } ], "fillerWords", "listWords", "exclusionWords" }.
// The split is a pure function of the table: running it again on the joined files gives the same files.

const ENGLISH = 'en';
const PLACE_MEMBERS = ['parentNames', 'names', 'sentenceNames', 'forms', 'aliases', 'nationalities', 'qualifiedNames', 'note'];

// "en-GB" -> "en"
const languageOf = (key) => key.split('-')[0];

function entriesOf(map, keep) {
  return Object.fromEntries(Object.entries(map).filter(([key]) => keep(languageOf(key))));
}

function languagesOf(table) {
  const languages = new Set();
  const add = (map) => { for (const key of Object.keys(map ?? {})) languages.add(languageOf(key)); };
  for (const country of table.countries) {
    for (const member of PLACE_MEMBERS) add(country[member]);
    for (const capital of country.capitals) add(capital.names);
  }
  for (const shared of table.sharedNames) add(shared.names);
  add(table.fillerWords);
  add(table.listWords);
  add(table.exclusionWords);
  languages.delete(ENGLISH);
  return [...languages].sort();
}

function neutralPart(table, languages) {
  const english = (language) => language === ENGLISH;
  const countries = table.countries.map((country) => Object.fromEntries(Object.entries(country).map(([member, value]) =>
    member === 'capitals' ? [member, value.map((capital) => ({ ...capital, ...(capital.names ? { names: entriesOf(capital.names, english) } : {}) }))]
      : PLACE_MEMBERS.includes(member) ? [member, entriesOf(value, english)]
        : [member, value])));
  const sharedNames = table.sharedNames.map((shared) => ({ ...shared, names: entriesOf(shared.names, english) }));
  // A capital's aliases and the words written joined to the next one are few: they stay whole in capitals.json.
  return {
    sources: table.sources, languages, countries, sharedNames, fillerWords: entriesOf(table.fillerWords, english),
    listWords: entriesOf(table.listWords ?? {}, english),
    exclusionWords: entriesOf(table.exclusionWords ?? {}, english),
    ...(table.wordPrefixes ? { wordPrefixes: table.wordPrefixes } : {}),
  };
}

function languagePart(table, language) {
  const own = (key) => key === language;
  const countries = table.countries.map((country) => {
    const place = { id: country.id };
    for (const member of PLACE_MEMBERS) {
      const entries = entriesOf(country[member] ?? {}, own);
      if (Object.keys(entries).length > 0) place[member] = entries;
    }
    place.capitals = country.capitals.map((capital) => ({ names: entriesOf(capital.names ?? {}, own) }));
    return place;
  });
  const sharedNames = table.sharedNames.map((shared) => ({ id: shared.id, names: entriesOf(shared.names, own) }));
  return { countries, sharedNames, fillerWords: entriesOf(table.fillerWords, own), listWords: entriesOf(table.listWords ?? {}, own),
    exclusionWords: entriesOf(table.exclusionWords ?? {}, own) };
}

/** { neutral: capitals.json's contents, languages: { de: languages/de.json's contents, ... } } */
export function splitByLanguage(table) {
  const languages = languagesOf(table);
  return {
    neutral: neutralPart(table, languages),
    languages: Object.fromEntries(languages.map((language) => [language, languagePart(table, language)])),
  };
}
