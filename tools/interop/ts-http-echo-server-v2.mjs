#!/usr/bin/env node
// The official TypeScript SDK 2.x as a Streamable HTTP MCP server on 127.0.0.1, serving the
// echo surface of echo-v2.mjs at http://127.0.0.1:PORT/mcp in both eras:
//   2026-07-28  createMcpHandler (per-request, stateless) behind toNodeHandler, as 2.x documents;
//   2025-11-25  requests without the modern envelope (isLegacyRequest) go, by default, to
//               sessionful NodeStreamableHTTPServerTransports: initialize assigns an
//               Mcp-Session-Id, later requests must carry it (404 otherwise), DELETE ends it.
//               `--legacy stateless` uses the SDK's own stateless fallback instead (no session,
//               GET/DELETE 405); `--legacy reject` serves the modern era only.
// Prints `listening http://127.0.0.1:PORT/mcp` on stdout once it accepts connections; logs go
// to stderr. Exits on SIGTERM/SIGINT, or when its stdin closes with --exit-on-stdin-close.
// Usage: ts-http-echo-server-v2.mjs [--port N (0 = any free port)] [--legacy sessions|stateless|reject]
import { createServer } from 'node:http';
import { randomUUID } from 'node:crypto';
import { createMcpHandler, isLegacyRequest } from '@modelcontextprotocol/server';
import {
  NodeStreamableHTTPServerTransport, localhostHostValidation, toNodeHandler, toWebRequest,
} from '@modelcontextprotocol/node';
import { build } from './echo-v2.mjs';

const MAX_BODY = 1 << 20;
const MAX_SESSIONS = 64;

function usage(msg) {
  process.stderr.write(`${msg}\nusage: ts-http-echo-server-v2.mjs [--port N] [--legacy sessions|stateless|reject] [--exit-on-stdin-close]\n`);
  process.exit(2);
}

let port = 0;
let legacy = 'sessions';
let exitOnStdinClose = false;
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  switch (argv[i]) {
    case '--port': port = Number(argv[++i]); break;
    case '--legacy': legacy = argv[++i]; break;
    case '--exit-on-stdin-close': exitOnStdinClose = true; break;
    default: usage(`unknown option ${argv[i]}`);
  }
}
if (!Number.isInteger(port) || port < 0 || port > 65535) usage('--port must be 0..65535');
if (!['sessions', 'stateless', 'reject'].includes(legacy)) usage('--legacy must be sessions, stateless or reject');

const log = (m) => process.stderr.write(`ts-http-echo-server-v2: ${m}\n`);
const onerror = (e) => log(e?.message ?? String(e));

const modern = createMcpHandler(build, { legacy: legacy === 'stateless' ? 'stateless' : 'reject', onerror });
const serveModern = toNodeHandler(modern, { onerror, maxRequestBodySize: MAX_BODY });
const checkHost = localhostHostValidation();

// Legacy sessions: one transport + server per Mcp-Session-Id.
const sessions = new Map();

function jsonError(res, status, code, message) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ jsonrpc: '2.0', id: null, error: { code, message } }));
}

async function readBody(req) {
  const chunks = [];
  let size = 0;
  for await (const c of req) {
    size += c.length;
    if (size > MAX_BODY) return { tooLarge: true };
    chunks.push(c);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return { parsed: undefined };
  try {
    return { parsed: JSON.parse(text) };
  } catch {
    return { invalid: true };
  }
}

async function serveLegacySession(req, res, body) {
  const sid = req.headers['mcp-session-id'];
  if (typeof sid === 'string') {
    const t = sessions.get(sid);
    if (!t) return jsonError(res, 404, -32001, 'Session not found');
    return t.handleRequest(req, res, body);
  }
  const isInit = req.method === 'POST' && body && !Array.isArray(body) && body.method === 'initialize';
  if (!isInit) return jsonError(res, 400, -32000, 'Bad Request: Mcp-Session-Id required');
  if (sessions.size >= MAX_SESSIONS) return jsonError(res, 503, -32000, 'Too many sessions');
  const transport = new NodeStreamableHTTPServerTransport({
    sessionIdGenerator: () => randomUUID(),
    onsessioninitialized: (id) => { sessions.set(id, transport); },
  });
  transport.onclose = () => { if (transport.sessionId) sessions.delete(transport.sessionId); };
  const server = await build({ era: 'legacy' });
  await server.connect(transport);
  return transport.handleRequest(req, res, body);
}

const http = createServer(async (req, res) => {
  try {
    if (!checkHost(req, res)) return;
    if (new URL(req.url ?? '/', 'http://127.0.0.1').pathname !== '/mcp') return jsonError(res, 404, -32601, 'Not found');
    let parsed;
    if (req.method === 'POST') {
      const b = await readBody(req);
      if (b.tooLarge) return jsonError(res, 413, -32600, 'Request body too large');
      if (b.invalid) return jsonError(res, 400, -32700, 'Parse error');
      parsed = b.parsed;
    }
    const isLegacy = legacy === 'sessions' && await isLegacyRequest(await toWebRequest(req, parsed), parsed);
    if (isLegacy) return await serveLegacySession(req, res, parsed);
    return await serveModern(req, res, parsed);
  } catch (e) {
    onerror(e);
    if (!res.headersSent) jsonError(res, 500, -32603, 'Internal error');
    else res.end();
  }
});

async function shutdown() {
  for (const t of sessions.values()) await t.close().catch(() => {});
  await modern.close().catch(() => {});
  http.closeAllConnections?.();
  http.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 1000).unref();
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
if (exitOnStdinClose) {
  process.stdin.on('end', shutdown);
  process.stdin.resume();
}

http.listen(port, '127.0.0.1', () => {
  process.stdout.write(`listening http://127.0.0.1:${http.address().port}/mcp\n`);
});
