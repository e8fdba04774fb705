'use strict';
// A minimal Lambda Runtime API loop for the peer (what a custom Node.js runtime does, without the AWS client):
// GET the next event, invoke the skill, POST the response; forever. Env: AWS_LAMBDA_RUNTIME_API, SKILL_ID.
const http = require('http');
const { createSkill } = require('./skill');

const [host, port] = process.env.AWS_LAMBDA_RUNTIME_API.split(':');
const base = '/2018-06-01/runtime/invocation';
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
const skill = createSkill(process.env.SKILL_ID);

function call(method, path, body) {
  return new Promise((resolve, reject) => {
    const request = http.request({ host, port, method, path, agent, headers: body ? { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) } : {} }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    request.on('error', reject);
    request.end(body);
  });
}

async function loop() {
  for (;;) {
    const next = await call('GET', `${base}/next`);
    const requestId = next.headers['lambda-runtime-aws-request-id'];
    let path = `${base}/${requestId}/response`;
    let answer;
    try {
      answer = JSON.stringify(await skill.invoke(JSON.parse(next.body)));
    } catch (error) {
      path = `${base}/${requestId}/error`;
      answer = JSON.stringify({ errorType: error.name, errorMessage: error.message });
    }
    await call('POST', path, answer);
  }
}

loop().catch((error) => { console.error(error); process.exit(1); });
