// The echo server's surface for the SDK 2.x interop servers (stdio and Streamable HTTP), so
// both transports serve exactly the same tools, resource and prompt.
//   tool   echo {text}  → text content with `text`
//   tool   ask  {}      → multi-round-trip: asks for `name` (elicitation), answers "hello NAME"
//   resource test://echo/readme, prompt greet {name}
import { McpServer, inputRequired, acceptedContent } from '@modelcontextprotocol/server';
import { z } from 'zod';

export function build() {
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
