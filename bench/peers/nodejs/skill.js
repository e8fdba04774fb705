'use strict';
// The World Capitals skill on the official ASK SDK for Node.js (ask-sdk-core), for benchmarks only.
// Same data and speech as the C# skill: it reads lambda/Skill/Capitals/capitals.json and
// lambda/Skill/Speech/en.json from the repository, and answers the same words.
const fs = require('fs');
const path = require('path');
const Alexa = require('ask-sdk-core');
const { CountryLookup, languageOf } = require('./lookup');

const SKILL_DIR = path.resolve(__dirname, '../../../lambda/Skill');
const readJson = (file) => JSON.parse(fs.readFileSync(path.join(SKILL_DIR, file), 'utf8'));
const data = readJson('Capitals/capitals.json');
const text = readJson('Speech/en.json');
const lookup = new CountryLookup(data.countries);

const MAX_ECHOED_CHARACTERS = 60;

function render(template, values) {
  let result = '';
  let position = 0;
  while (position < template.length) {
    const open = template.indexOf('{', position);
    const close = open < 0 ? -1 : template.indexOf('}', open + 1);
    if (close < 0) {
      result += template.slice(position);
      break;
    }
    result += template.slice(position, open);
    const value = values[template.slice(open + 1, close)];
    if (value === undefined) throw new Error(`No value for ${template.slice(open, close + 1)}`);
    result += value;
    position = close + 1;
    if (value.endsWith('.') && template[position] === '.') position++;
  }
  const first = result[0];
  return first && first !== first.toUpperCase() ? first.toUpperCase() + result.slice(1) : result;
}

// SSML text: XML-escaped, characters XML forbids dropped.
function escapeSsml(value) {
  return value
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]);
}

const nameFor = (country, locale) => country.names[locale] || country.names[languageOf(locale)] || country.names.en;
const sentenceNameFor = (country, locale) => (country.sentenceNames && country.sentenceNames[languageOf(locale)]) || nameFor(country, locale);
const roleOf = (capital) => (capital.role && text.roles[capital.role]) || undefined;

function composeAnswer(country, locale, spoken) {
  const countryName = sentenceNameFor(country, locale);
  const nameOf = (capital) => (spoken ? capital.speech || capital.name : capital.name);
  const capitals = country.capitals;
  let answer;
  if (capitals.length === 1) {
    const role = roleOf(capitals[0]);
    answer = role
      ? render(text.capitalAnswerWithRole, { country: countryName, capital: nameOf(capitals[0]), role })
      : render(text.capitalAnswer, { country: countryName, capital: nameOf(capitals[0]) });
  } else {
    const items = capitals.map((capital) => {
      const role = roleOf(capital);
      return role ? render(text.capitalWithRole, { capital: nameOf(capital), role }) : nameOf(capital);
    });
    const list = items.map((item, i) => (i === 0 ? '' : i === items.length - 1 ? text.listLastSeparator : text.listSeparator) + item).join('');
    const count = String(capitals.length);
    answer = render(text.multiCapitalAnswer, { country: countryName, count: text.numbers[count] || count, capitals: list });
  }
  const note = country.note && country.note[languageOf(locale)];
  return note ? `${answer} ${note}` : answer;
}

function spokenValue(slot) {
  if (slot && slot.value && slot.value.trim()) return slot.value.trim();
  let structured = slot && slot.slotValue;
  if (structured && structured.type === 'List') structured = (structured.values || [])[0];
  return structured && structured.value && structured.value.trim() ? structured.value.trim() : undefined;
}

function resolveCountry(slot, locale) {
  const spoken = spokenValue(slot);
  const resolutions = slot && (slot.resolutions || (slot.slotValue && (slot.slotValue.resolutions || ((slot.slotValue.values || [])[0] || {}).resolutions)));
  for (const authority of (resolutions && resolutions.resolutionsPerAuthority) || []) {
    if (!authority || !authority.status || authority.status.code !== 'ER_SUCCESS_MATCH' || !authority.values) continue;
    for (const value of authority.values) {
      const country = lookup.findById(value.value && value.value.id);
      if (country) return { country, spoken };
    }
  }
  return { country: lookup.findBySpokenName(spoken, locale), spoken };
}

const isIntent = (input, ...names) =>
  Alexa.getRequestType(input.requestEnvelope) === 'IntentRequest' && names.includes(Alexa.getIntentName(input.requestEnvelope));

const LaunchRequestHandler = {
  canHandle: (input) => Alexa.getRequestType(input.requestEnvelope) === 'LaunchRequest',
  handle: (input) => input.responseBuilder
    .speak(escapeSsml(text.welcome)).reprompt(escapeSsml(text.welcomeReprompt))
    .withSimpleCard(text.skillName, text.welcome).withShouldEndSession(false).getResponse(),
};

const CapitalIntentHandler = {
  canHandle: (input) => isIntent(input, 'CapitalIntent'),
  handle(input) {
    const envelope = input.requestEnvelope;
    const locale = envelope.request.locale;
    const slot = (envelope.request.intent.slots || {}).country;
    const { country, spoken } = resolveCountry(slot, locale);
    const builder = input.responseBuilder;
    if (!country) {
      if (!spoken) {
        return builder.speak(escapeSsml(text.askCountry)).reprompt(escapeSsml(text.askCountryReprompt)).withShouldEndSession(false).getResponse();
      }
      const answer = render(text.notFound, { spoken: spoken.slice(0, MAX_ECHOED_CHARACTERS) });
      return builder.speak(escapeSsml(answer)).reprompt(escapeSsml(text.notFoundReprompt))
        .withSimpleCard(text.skillName, answer).withShouldEndSession(false).getResponse();
    }
    builder.withSimpleCard(render(text.capitalCardTitle, { country: nameFor(country, locale) }), composeAnswer(country, locale, false));
    const spokenAnswer = composeAnswer(country, locale, true);
    if (!(envelope.session && envelope.session.new === false)) {
      return builder.speak(escapeSsml(spokenAnswer)).withShouldEndSession(true).getResponse();
    }
    return builder.speak(`${escapeSsml(spokenAnswer)} ${escapeSsml(text.followUp)}`)
      .reprompt(escapeSsml(text.followUpReprompt)).withShouldEndSession(false).getResponse();
  },
};

const HelpIntentHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.HelpIntent'),
  handle: (input) => input.responseBuilder
    .speak(escapeSsml(text.help)).reprompt(escapeSsml(text.helpReprompt))
    .withSimpleCard(text.skillName, text.help).withShouldEndSession(false).getResponse(),
};

const GoodbyeIntentHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.StopIntent', 'AMAZON.CancelIntent', 'AMAZON.NavigateHomeIntent'),
  handle: (input) => input.responseBuilder.speak(escapeSsml(text.goodbye)).withShouldEndSession(true).getResponse(),
};

const FallbackIntentHandler = {
  canHandle: (input) => Alexa.getRequestType(input.requestEnvelope) === 'IntentRequest',
  handle: (input) => input.responseBuilder
    .speak(escapeSsml(text.fallback)).reprompt(escapeSsml(text.fallbackReprompt)).withShouldEndSession(false).getResponse(),
};

const SessionEndedRequestHandler = {
  canHandle: (input) => Alexa.getRequestType(input.requestEnvelope) === 'SessionEndedRequest',
  handle: (input) => input.responseBuilder.getResponse(),
};

const SpokenErrorHandler = {
  canHandle: () => true,
  handle: (input) => input.responseBuilder
    .speak(escapeSsml(text.error)).reprompt(escapeSsml(text.errorReprompt)).withShouldEndSession(false).getResponse(),
};

/** The skill, checking the skill ID like ours (ask-sdk-core refuses other application IDs). */
function createSkill(skillId) {
  const builder = Alexa.SkillBuilders.custom()
    .addRequestHandlers(LaunchRequestHandler, CapitalIntentHandler, HelpIntentHandler, GoodbyeIntentHandler,
      FallbackIntentHandler, SessionEndedRequestHandler)
    .addErrorHandlers(SpokenErrorHandler);
  if (skillId) builder.withSkillId(skillId);
  return builder.create();
}

/** The skill ID bench/envelopes/make-envelopes.py writes into every envelope. */
const BENCH_SKILL_ID = 'amzn1.ask.skill.5f0c5e48-9c1a-4c3b-8f0d-2d1c7a6b9e41';

module.exports = { createSkill, BENCH_SKILL_ID };
