#!/usr/bin/env node
// Drives any MCP server (stdio, or Streamable HTTP with --url) with the official TypeScript SDK 2.x client
// (@modelcontextprotocol/client). By default it pins protocol 2026-07-28: the connection opens
// with `server/discover` (no initialize), every request carries the `_meta` envelope
// (protocol version, client info, client capabilities), and elicitation/sampling/roots arrive
// in-band as `input_required` results that the SDK fulfils through the handlers below and
// retries with `inputResponses` + the echoed `requestState`.
// `--mode auto` probes and falls back to the 2025-11-25 initialize handshake; `--mode legacy`
// skips the probe. Over HTTP (--url) the legacy era is the 2025-11-25 session: the SDK keeps the
// Mcp-Session-Id the server assigned at initialize; at the end this client DELETEs the session
// and checks that a request on it then gets 404.
// Usage: ts-client-v2.mjs [--mode pin|auto|legacy] [--call NAME JSON]... -- CMD ARGS...
//        ts-client-v2.mjs [--mode pin|auto|legacy] [--call NAME JSON]... --url http://HOST:PORT/mcp
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';
import {
  parseArgs, die, cannedElicitation, cannedSampling, cannedRoots, traceTransport, runSession, emit,
  errorInfo, recorder, negotiatedVersion, pkgVersion,
} from './common.mjs';

const MODERN = '2026-07-28';
const o = parseArgs(process.argv.slice(2));
const modes = { pin: { pin: MODERN }, auto: 'auto', legacy: 'legacy' };
if (!(o.mode in modes)) die(`--mode must be one of ${Object.keys(modes).join(', ')}`);
const sdkVersion = pkgVersion('@modelcontextprotocol/client');

const report = {
  client: 'ts-sdk-v2', sdk: `@modelcontextprotocol/client@${sdkVersion}`, mode: o.mode,
  requestedProtocol: o.mode === 'legacy' ? '2025-11-25' : MODERN,
  server: o.url !== undefined ? { url: o.url } : { command: o.command, args: o.args }, failures: [],
};
const rec = recorder(report);
const wire = [];

const client = new Client(
  { name: 'sallyport-interop-v2', version: '2.0.0' },
  {
    capabilities: { sampling: {}, elicitation: { form: {}, url: {} }, roots: { listChanged: true } },
    versionNegotiation: { mode: modes[o.mode], probe: { timeoutMs: Math.min(o.timeout, 10000) } },
    inputRequired: { autoFulfill: true, maxRounds: 10 },
  },
);
// One set of handlers serves both eras: legacy server→client requests and modern
// input_required rounds.
client.setRequestHandler('elicitation/create', async (req) => {
  rec.request(req.method, req.params);
  return cannedElicitation(req.params);
});
client.setRequestHandler('sampling/createMessage', async (req) => {
  rec.request(req.method, req.params);
  return cannedSampling(req.params);
});
client.setRequestHandler('roots/list', async (req) => {
  rec.request(req.method, req.params);
  return cannedRoots();
});
client.fallbackNotificationHandler = async (n) => rec.notification(n);

const transport = o.url !== undefined
  ? new StreamableHTTPClientTransport(new URL(o.url))
  : new StdioClientTransport({
    command: o.command, args: o.args, cwd: o.cwd, stderr: 'inherit',
    env: Object.fromEntries(Object.entries(process.env).filter(([, v]) => typeof v === 'string')),
  });
traceTransport(transport, wire);
const reqOpts = { timeout: o.timeout };

let code = 1;
try {
  await client.connect(transport, reqOpts);
  report.era = client.getProtocolEra();
  report.protocolVersion = client.getNegotiatedProtocolVersion() ?? negotiatedVersion(wire);
  report.discover = client.getDiscoverResult();
  report.serverInfo = client.getServerVersion();
  report.serverCapabilities = client.getServerCapabilities();
  report.instructions = client.getInstructions();
  if (o.url !== undefined) report.sessionId = transport.sessionId;
  if (o.mode === 'pin' && report.era !== 'modern') report.failures.push(`expected modern era, got ${report.era}`);
  if (o.mode === 'legacy' && report.era !== 'legacy') report.failures.push(`expected legacy era, got ${report.era}`);
  if (o.expectSession && !report.sessionId) report.failures.push('expected an Mcp-Session-Id, got none');
  await runSession(o, report, {
    listTools: () => client.listTools(undefined, reqOpts),
    listResources: () => client.listResources(undefined, reqOpts),
    listResourceTemplates: () => client.listResourceTemplates(undefined, reqOpts),
    listPrompts: () => client.listPrompts(undefined, reqOpts),
    callTool: (c, onprogress) => client.callTool({ name: c.name, arguments: c.arguments }, { ...reqOpts, onprogress }),
    readResource: (uri) => client.readResource({ uri }, reqOpts),
    getPrompt: (p) => client.getPrompt({ name: p.name, arguments: p.arguments }, reqOpts),
  });
  // What the modern wire looked like: every request must carry the _meta envelope.
  const out = wire.filter((w) => w.dir === 'out' && w.msg?.method);
  report.wireSummary = {
    sentMethods: out.map((w) => w.msg.method),
    requestsWithoutMetaProtocolVersion: out
      .filter((w) => w.msg.id !== undefined && !w.msg.params?._meta?.['io.modelcontextprotocol/protocolVersion'])
      .map((w) => w.msg.method),
    inputRequiredRounds: wire.filter((w) => w.dir === 'in' && w.msg?.result?.resultType === 'input_required').length,
  };
  // A legacy HTTP session ends with DELETE; a server that allows it must then forget the session.
  if (report.sessionId) {
    try {
      await transport.terminateSession();
      const after = await fetch(o.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json', accept: 'application/json, text/event-stream',
          'mcp-session-id': report.sessionId, 'mcp-protocol-version': report.protocolVersion,
        },
        body: JSON.stringify({ jsonrpc: '2.0', id: 'after-delete', method: 'ping' }),
        signal: AbortSignal.timeout(o.timeout),
      });
      report.statusAfterDelete = after.status;
      await after.body?.cancel();
      if (after.status !== 404) report.failures.push(`request on a deleted session: HTTP ${after.status}, expected 404`);
    } catch (e) {
      report.failures.push(`DELETE session: ${e?.message ?? e}`);
    }
  }
} catch (e) {
  report.failures.push(`connect: ${e?.message ?? e}`);
  report.connectError = errorInfo(e);
} finally {
  if (o.trace) report.wire = wire;
  code = await emit(o, report);
  await Promise.race([client.close().catch(() => {}), new Promise((r) => setTimeout(r, 3000))]);
}
process.exit(code);
