'use strict';
// The peer's warm path in-process, as bench/WarmPath measures ours: body text in, response text out
// (JSON.parse of the envelope, skill.invoke, JSON.stringify of the response). No transport.
// Usage: node warm.js [iterations per envelope] [rounds] [envelope,...]; prints one JSON line per envelope.
const fs = require('fs');
const path = require('path');
const { createSkill, BENCH_SKILL_ID } = require('./skill');

const iterations = Number(process.argv[2] || 200000);
const rounds = Number(process.argv[3] || 5);
const envelopeDir = path.resolve(__dirname, '../../envelopes');
const names = process.argv[4] ? process.argv[4].split(',') : ['launch', 'capital-resolved', 'capital-forgiving', 'help', 'session-ended'];
const skill = createSkill(BENCH_SKILL_ID);

async function once(body) {
  const response = await skill.invoke(JSON.parse(body));
  return JSON.stringify(response);
}

async function measure(body, count) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < count; i++) await once(body);
  return Number(process.hrtime.bigint() - start) / count;
}

async function main() {
  for (const name of names) {
    const body = fs.readFileSync(path.join(envelopeDir, `${name}.json`), 'utf8');
    await measure(body, Math.min(iterations, 50000)); // warm-up: let V8 optimise
    const perRound = [];
    for (let r = 0; r < rounds; r++) perRound.push(await measure(body, iterations));
    perRound.sort((a, b) => a - b);
    const parseOnly = await (async () => {
      const start = process.hrtime.bigint();
      let keep = 0;
      for (let i = 0; i < iterations; i++) keep += JSON.parse(body).version.length;
      return keep > 0 ? Number(process.hrtime.bigint() - start) / iterations : 0;
    })();
    console.log(JSON.stringify({
      envelope: name,
      bytes: Buffer.byteLength(body),
      medianNsPerRequest: Math.round(perRound[Math.floor(perRound.length / 2)]),
      minNsPerRequest: Math.round(perRound[0]),
      jsonParseOnlyNs: Math.round(parseOnly),
      iterations,
      rounds,
      response: await once(body),
    }));
  }
}

main().catch((error) => { console.error(error); process.exit(1); });
