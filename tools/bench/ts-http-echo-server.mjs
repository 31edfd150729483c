#!/usr/bin/env node
// The official TypeScript SDK 2.x (@modelcontextprotocol/server + @modelcontextprotocol/node)
// serving the benchmark's tool, `echo {text}`, over Streamable HTTP at
// http://127.0.0.1:PORT/mcp, both eras (createMcpHandler: modern requests statelessly, 2025
// traffic through its legacy fallback). The counterpart of `bench-server --http` in
// bench/http.sh. Prints "listening PORT" on stdout once it accepts connections.
//   node tools/bench/ts-http-echo-server.mjs [PORT]     (0 or none: an ephemeral port)
import { createServer } from 'node:http';
import { McpServer, createMcpHandler } from '@modelcontextprotocol/server';
import { toNodeHandler } from '@modelcontextprotocol/node';
import { z } from 'zod';

function build() {
  const server = new McpServer({ name: 'ts-http-echo-server', version: '2.0.0' },
                               { capabilities: { tools: {} } });
  server.registerTool(
    'echo',
    { description: 'Returns its text argument', inputSchema: z.object({ text: z.string() }) },
    async ({ text }) => ({ content: [{ type: 'text', text }] }),
  );
  return server;
}

const handler = toNodeHandler(createMcpHandler(build));
const http = createServer((req, res) => {
  if (!req.url?.startsWith('/mcp')) {
    res.writeHead(404).end();
    return;
  }
  handler(req, res);
});
http.listen(Number(process.argv[2] ?? 0), '127.0.0.1', () => {
  process.stdout.write(`listening ${http.address().port}\n`);
});
