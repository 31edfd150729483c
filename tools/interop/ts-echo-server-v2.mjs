#!/usr/bin/env node
// The official TypeScript SDK 2.x (@modelcontextprotocol/server) as an MCP stdio server. The
// SDK's serveStdio picks the era from the opening message: `server/discover` → 2026-07-28
// (stateless, per-request _meta), `initialize` → 2025-11-25. Peer for our client's
// modern-protocol interop tests and the v2 benchmark. Logs only to stderr.
//   tool   echo {text}  → text content with `text`
//   tool   ask  {}      → multi-round-trip: asks for `name` (elicitation), answers "hello NAME"
//   resource test://echo/readme, prompt greet {name}
import { McpServer, inputRequired, acceptedContent } from '@modelcontextprotocol/server';
import { serveStdio } from '@modelcontextprotocol/server/stdio';
import { z } from 'zod';

function build() {
  const server = new McpServer(
    { name: 'ts-echo-server-v2', version: '2.0.0' },
    { capabilities: { tools: {}, resources: {}, prompts: {} } },
  );
  server.registerTool(
    'echo',
    { description: 'Returns its text argument', inputSchema: z.object({ text: z.string() }) },
    async ({ text }) => ({ content: [{ type: 'text', text }] }),
  );
  const nameSchema = z.object({ name: z.string() });
  server.registerTool(
    'ask',
    { description: 'Asks the client for a name, then greets it', inputSchema: z.object({}) },
    async (_args, ctx) => {
      const got = acceptedContent(ctx.mcpReq.inputResponses, 'who');
      if (!got?.name) {
        return inputRequired({
          inputRequests: { who: inputRequired.elicit({ message: 'Your name?', requestedSchema: nameSchema }) },
        });
      }
      return { content: [{ type: 'text', text: `hello ${got.name}` }] };
    },
  );
  server.registerResource(
    'readme', 'test://echo/readme', { mimeType: 'text/plain', description: 'A fixed text resource' },
    async (uri) => ({ contents: [{ uri: uri.href, mimeType: 'text/plain', text: 'echo server readme' }] }),
  );
  server.registerPrompt(
    'greet', { description: 'Greets someone', argsSchema: z.object({ name: z.string() }) },
    async ({ name }) => ({ messages: [{ role: 'user', content: { type: 'text', text: `Say hello to ${name}` } }] }),
  );
  return server;
}

serveStdio(build, { onerror: (e) => process.stderr.write(`ts-echo-server-v2: ${e?.message ?? e}\n`) });
