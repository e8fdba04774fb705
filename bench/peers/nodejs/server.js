'use strict';
// The peer over HTTP: ask-sdk-express-adapter on express, request verification off (as our web host's --no-verify).
// Usage: node server.js [port]  (POST /alexa, GET /health)
const express = require('express');
const { ExpressAdapter } = require('ask-sdk-express-adapter');
const { createSkill, BENCH_SKILL_ID } = require('./skill');

const port = Number(process.argv[2] || process.env.PORT || 5098);
const adapter = new ExpressAdapter(createSkill(BENCH_SKILL_ID), false, false);
const app = express();
app.post('/alexa', adapter.getRequestHandlers());
app.get('/health', (request, response) => response.send('ok'));
app.listen(port, '127.0.0.1', () => console.log(`listening on http://127.0.0.1:${port}`));
