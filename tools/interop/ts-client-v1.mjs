#!/usr/bin/env node
// Drives any MCP stdio server with the official TypeScript SDK 1.x client (legacy protocol,
// 2025-11-25: initialize handshake, server→client requests over JSON-RPC).
// Usage: ts-client-v1.mjs [--call NAME JSON]... [--read URI]... [--prompt NAME JSON]... -- CMD ARGS...
// Prints one JSON report; exits 0 only when every requested step succeeded.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import {
  CreateMessageRequestSchema,
  ElicitRequestSchema,
  ListRootsRequestSchema,
  LATEST_PROTOCOL_VERSION,
} from '@modelcontextprotocol/sdk/types.js';
import {
  parseArgs, die, cannedElicitation, cannedSampling, cannedRoots, traceTransport, runSession, emit,
  errorInfo, recorder, negotiatedVersion, pkgVersion,
} from './common.mjs';

const o = parseArgs(process.argv.slice(2));
if (o.url !== undefined) die('--url: only the v2 client speaks HTTP here');
const sdkVersion = pkgVersion('@modelcontextprotocol/sdk');

const report = {
  client: 'ts-sdk-v1', sdk: `@modelcontextprotocol/sdk@${sdkVersion}`, requestedProtocol: LATEST_PROTOCOL_VERSION,
  server: { command: o.command, args: o.args }, failures: [],
};
const rec = recorder(report);
const wire = [];

const client = new Client(
  { name: 'sallyport-interop-v1', version: '1.0.0' },
  { capabilities: { sampling: {}, elicitation: { form: {}, url: {} }, roots: { listChanged: true } } },
);
client.setRequestHandler(ElicitRequestSchema, async (req) => {
  rec.request(req.method, req.params);
  return cannedElicitation(req.params);
});
client.setRequestHandler(CreateMessageRequestSchema, async (req) => {
  rec.request(req.method, req.params);
  return cannedSampling(req.params);
});
client.setRequestHandler(ListRootsRequestSchema, async (req) => {
  rec.request(req.method, req.params);
  return cannedRoots();
});
client.fallbackNotificationHandler = async (n) => rec.notification(n);

const transport = new StdioClientTransport({
  command: o.command, args: o.args, cwd: o.cwd, stderr: 'inherit',
  env: Object.fromEntries(Object.entries(process.env).filter(([, v]) => typeof v === 'string')),
});
traceTransport(transport, wire); // always: the negotiated version is read off the wire
const reqOpts = { timeout: o.timeout };

let code = 1;
try {
  await client.connect(transport, reqOpts);
  report.protocolVersion = negotiatedVersion(wire);
  report.serverInfo = client.getServerVersion();
  report.serverCapabilities = client.getServerCapabilities();
  report.instructions = client.getInstructions();
  await runSession(o, report, {
    listTools: () => client.listTools(undefined, reqOpts),
    listResources: () => client.listResources(undefined, reqOpts),
    listResourceTemplates: () => client.listResourceTemplates(undefined, reqOpts),
    listPrompts: () => client.listPrompts(undefined, reqOpts),
    callTool: (c, onprogress) => client.callTool({ name: c.name, arguments: c.arguments }, undefined, { ...reqOpts, onprogress }),
    readResource: (uri) => client.readResource({ uri }, reqOpts),
    getPrompt: (p) => client.getPrompt({ name: p.name, arguments: p.arguments }, reqOpts),
  });
} catch (e) {
  report.failures.push(`connect: ${e?.message ?? e}`);
  report.connectError = errorInfo(e);
} finally {
  if (o.trace) report.wire = wire;
  code = await emit(o, report);
  await Promise.race([client.close().catch(() => {}), new Promise((r) => setTimeout(r, 3000))]);
}
process.exit(code);
