// Grammatical forms of a place name for the languages that put articles or prepositions around it:
// `of` is what follows "the capital" ("de la France", "del Giappone", "der Schweiz", "van de Verenigde Staten"),
// `subject` is the name as a sentence subject ("la France", "il Giappone", "die Schweiz", "de Verenigde Staten").
// Each language has one rule (below) and a curated class per place where the rule's default is wrong
// (languages/<lang>.json -> forms). Articles are lower-case; the renderer capitalizes a sentence's first letter.

export const FORM_LANGUAGES = ['de', 'fr', 'es', 'it', 'pt', 'nl'];

const CLASSES = {
  de: ['none', 'f', 'pl'],
  fr: ['none', 'm', 'f', 'pl'],
  es: ['none', 'm', 'f', 'mpl', 'fpl'],
  it: ['none', 'm', 'f', 'mpl', 'fpl'],
  pt: ['none', 'm', 'f', 'mpl', 'fpl'],
  nl: ['none', 'de', 'het'],
};

const VOWEL = /^[aeiouyàâäéèêëîïôöùûüœæ]/iu;

// French elides before a vowel but not before y ("le Yémen", "du Yukon") or h ("du Honduras"; "d'Haïti" is curated).
function french(name, grammaticalClass) {
  const elided = VOWEL.test(name) && !/^y/iu.test(name);
  switch (grammaticalClass) {
    case 'none': return { of: elided ? `d'${name}` : `de ${name}`, subject: name };
    case 'pl': return { of: `des ${name}`, subject: `les ${name}` };
    case 'f': return elided ? { of: `de l'${name}`, subject: `l'${name}` } : { of: `de la ${name}`, subject: `la ${name}` };
    default: return elided ? { of: `de l'${name}`, subject: `l'${name}` } : { of: `du ${name}`, subject: `le ${name}` };
  }
}

// "lo" and "gli" before s + consonant, z, gn, ps, pn, x, y (lo Zimbabwe, lo Sri Lanka, lo Yemen, gli Stati Uniti).
const ITALIAN_LO = /^(s[^aeiouàèéìòù]|z|gn|ps|pn|x|y)/iu;

function italian(name, grammaticalClass) {
  const vowel = VOWEL.test(name) && !/^y/iu.test(name);
  const lo = ITALIAN_LO.test(name);
  switch (grammaticalClass) {
    case 'none': return { of: `di ${name}`, subject: name };
    case 'f': return vowel ? { of: `dell'${name}`, subject: `l'${name}` } : { of: `della ${name}`, subject: `la ${name}` };
    case 'mpl': return vowel || lo ? { of: `degli ${name}`, subject: `gli ${name}` } : { of: `dei ${name}`, subject: `i ${name}` };
    case 'fpl': return { of: `delle ${name}`, subject: `le ${name}` };
    default:
      if (vowel) return { of: `dell'${name}`, subject: `l'${name}` };
      return lo ? { of: `dello ${name}`, subject: `lo ${name}` } : { of: `del ${name}`, subject: `il ${name}` };
  }
}

function spanish(name, grammaticalClass) {
  switch (grammaticalClass) {
    case 'm': return { of: `del ${name}`, subject: `el ${name}` };
    case 'f': return { of: `de la ${name}`, subject: `la ${name}` };
    case 'mpl': return { of: `de los ${name}`, subject: `los ${name}` };
    case 'fpl': return { of: `de las ${name}`, subject: `las ${name}` };
    default: return { of: `de ${name}`, subject: name };
  }
}

function portuguese(name, grammaticalClass) {
  switch (grammaticalClass) {
    case 'm': return { of: `do ${name}`, subject: `o ${name}` };
    case 'f': return { of: `da ${name}`, subject: `a ${name}` };
    case 'mpl': return { of: `dos ${name}`, subject: `os ${name}` };
    case 'fpl': return { of: `das ${name}`, subject: `as ${name}` };
    default: return { of: `de ${name}`, subject: name };
  }
}

// Spoken German says "die Hauptstadt von Frankreich" for a name without article, and the genitive where the name has
// one ("der Schweiz", "der Niederlande"). Masculine and neuter names with article ("des Irak", "des Vereinigten
// Königreichs") and names with an adjective ("der Vereinigten Staaten") are curated whole.
function german(name, grammaticalClass) {
  if (grammaticalClass === 'none') return { of: `von ${name}`, subject: name };
  return { of: `der ${name}`, subject: `die ${name}` };
}

function dutch(name, grammaticalClass) {
  if (grammaticalClass === 'none') return { of: `van ${name}`, subject: name };
  return { of: `van ${grammaticalClass} ${name}`, subject: `${grammaticalClass} ${name}` };
}

const BUILDERS = { de: german, fr: french, es: spanish, it: italian, pt: portuguese, nl: dutch };

// The class a place has when the language file does not list it: the first word's rule ("Islas" -> fpl), then the
// default for the place's parent (subdivisions), then the language's default (by the name's ending or fixed).
function defaultClass(name, place, rules) {
  const firstWord = name.split(/[\s-]/u)[0];
  if (rules.firstWords?.[firstWord]) return rules.firstWords[firstWord];
  const group = place.parent && place.id.includes('-') ? rules.subdivisionDefaults?.[place.parent] : undefined;
  if (group) return group;
  if (rules.default === 'ending') {
    for (const [ending, grammaticalClass] of Object.entries(rules.endings ?? {})) {
      if (name.toLowerCase().endsWith(ending)) return grammaticalClass;
    }
    return rules.otherwise;
  }
  return rules.default ?? 'none';
}

// The forms of one place in one language, checked against the language's classes.
export function placeForms(place, language, name, rules, fail) {
  const explicit = rules.explicit?.[place.id];
  if (explicit) {
    if (!explicit.of || !explicit.subject) fail(`languages/${language}.json: forms.explicit.${place.id} needs both "of" and "subject".`);
    return { of: explicit.of, subject: explicit.subject };
  }
  let grammaticalClass;
  for (const [listed, ids] of Object.entries(rules.classes ?? {})) {
    if (ids.includes(place.id)) grammaticalClass = listed;
  }
  grammaticalClass ??= defaultClass(name, place, rules);
  if (!CLASSES[language].includes(grammaticalClass)) fail(`languages/${language}.json: ${place.id} has unknown class "${grammaticalClass}".`);
  return BUILDERS[language](name, grammaticalClass);
}

// A place listed twice, or an id no place has, is a mistake in the language file.
export function checkFormRules(language, rules, placeIds, fail) {
  const seen = new Set();
  for (const [grammaticalClass, ids] of Object.entries(rules.classes ?? {})) {
    if (!CLASSES[language].includes(grammaticalClass)) fail(`languages/${language}.json: forms.classes has unknown class "${grammaticalClass}".`);
    for (const id of ids) {
      if (seen.has(id)) fail(`languages/${language}.json: ${id} is listed in two form classes.`);
      if (!placeIds.has(id)) fail(`languages/${language}.json: forms.classes lists ${id}, which is no place (typo?).`);
      seen.add(id);
    }
  }
  for (const id of Object.keys(rules.explicit ?? {})) {
    if (seen.has(id)) fail(`languages/${language}.json: ${id} has explicit forms and a form class; keep one.`);
    if (!placeIds.has(id)) fail(`languages/${language}.json: forms.explicit lists ${id}, which is no place (typo?).`);
  }
}
