'use strict';
// The country lookup of lambda/Skill/Capitals (CountryLookup, SpokenName, EditDistance), in JavaScript:
// exact name or alias (case, accents, punctuation and a leading article ignored), else a forgiving match.

const LEADING_ARTICLES = {
  en: ['the '],
  de: ['die ', 'der ', 'das '],
  fr: ['la ', 'le ', 'les ', "l'"],
  es: ['el ', 'la ', 'los ', 'las '],
  it: ['il ', 'lo ', 'la ', 'i ', 'gli ', 'le ', "l'"],
  pt: ['o ', 'a ', 'os ', 'as '],
};
const EXPANSIONS = { 'ß': 'ss', 'æ': 'ae', 'Æ': 'ae', 'œ': 'oe', 'Œ': 'oe', 'þ': 'th', 'Þ': 'th' };
// Latin letters NFD does not decompose, folded as the C# table does.
const EXTRA_FOLDS = { 'Ø': 'O', 'ø': 'o', 'Đ': 'D', 'đ': 'd', 'Ł': 'L', 'ł': 'l', 'Ħ': 'H', 'ħ': 'h', 'ı': 'i', 'Ŧ': 'T', 'ŧ': 't', 'Ð': 'D', 'ð': 'd' };
const KEPT = /[\p{L}\p{Nd}\p{M}]/u;

function fold(c) {
  if (EXPANSIONS[c]) return EXPANSIONS[c];
  const code = c.charCodeAt(0);
  if (code < 0xc0 || code > 0x24f) return c;
  if (EXTRA_FOLDS[c]) return EXTRA_FOLDS[c];
  const base = c.normalize('NFD')[0];
  return /[A-Za-z]/.test(base) ? base : c;
}

function normalize(text, language) {
  let folded = '';
  for (const c of text.trim()) {
    const code = c.charCodeAt(0);
    if (code >= 0x300 && code <= 0x36f) continue;
    folded += fold(c);
  }
  let lower = folded.toLowerCase();
  for (const article of LEADING_ARTICLES[language] || []) {
    if (lower.length > article.length && lower.startsWith(article)) {
      lower = lower.slice(article.length);
      break;
    }
  }
  let key = '';
  for (const c of lower) {
    if (KEPT.test(c)) key += c;
  }
  return key;
}

// Optimal string alignment distance with an early exit; returns more than limit once it must exceed it.
function editDistance(a, b, limit) {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previousPrevious = new Array(b.length + 1).fill(0);
  let previous = new Array(b.length + 1);
  let current = new Array(b.length + 1).fill(0);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previousPrevious[j - 2] + 1);
      current[j] = value;
      rowMinimum = Math.min(rowMinimum, value);
    }
    if (rowMinimum > limit) return limit + 1;
    [previousPrevious, previous, current] = [previous, current, previousPrevious];
  }
  return previous[b.length];
}

const languageOf = (locale) => locale.split('-')[0];
const allowedEdits = (length) => (length < 5 ? 0 : length < 9 ? 1 : 2);

class CountryLookup {
  constructor(countries) {
    this.byId = new Map(countries.map((country) => [country.id, country]));
    this.byLanguage = new Map();
    for (const country of countries) {
      for (const [key, name] of Object.entries(country.names)) this.add(languageOf(key), name, country);
      for (const [language, aliases] of Object.entries(country.aliases)) {
        for (const alias of aliases) this.add(language, alias, country);
      }
      for (const [language, name] of Object.entries(country.sentenceNames || {})) this.add(language, name, country);
    }
  }

  add(language, name, country) {
    if (!this.byLanguage.has(language)) this.byLanguage.set(language, new Map());
    const key = normalize(name, language);
    if (key.length > 0) this.byLanguage.get(language).set(key, country);
  }

  findById(id) {
    return id ? this.byId.get(id) : undefined;
  }

  findBySpokenName(spoken, locale) {
    if (!spoken || !spoken.trim()) return undefined;
    const language = languageOf(locale);
    const index = this.byLanguage.get(language) || this.byLanguage.get('en');
    const key = normalize(spoken, language);
    if (key.length === 0) return undefined;
    return index.get(key) || forgivingMatch(key, index);
  }
}

function forgivingMatch(key, index) {
  const allowed = allowedEdits(key.length);
  if (allowed === 0) return undefined;
  let best;
  let bestDistance = Number.MAX_SAFE_INTEGER;
  let tied = false;
  for (const [candidate, country] of index) {
    if (Math.abs(candidate.length - key.length) > allowed) continue;
    const distance = editDistance(key, candidate, Math.min(allowed, bestDistance));
    if (distance > allowed || distance > bestDistance) continue;
    if (distance < bestDistance) {
      [best, bestDistance, tied] = [country, distance, false];
    } else if (country !== best) {
      tied = true;
    }
  }
  return best && !tied ? best : undefined;
}

module.exports = { CountryLookup, normalize, languageOf };
