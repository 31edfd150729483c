#!/usr/bin/env node
// The official TypeScript SDK 1.x as an MCP stdio server (legacy protocol, 2025-11-25) with one
// tool, `echo`, returning its `text` argument as text content. Peer for our client's interop
// tests and the TS side of the stdio benchmark. Logs only to stderr.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { z } from 'zod';

const server = new McpServer({ name: 'ts-echo-server-v1', version: '1.0.0' });
server.registerTool(
  'echo',
  { description: 'Returns its text argument', inputSchema: { text: z.string() } },
  async ({ text }) => ({ content: [{ type: 'text', text }] }),
);
await server.connect(new StdioServerTransport());
