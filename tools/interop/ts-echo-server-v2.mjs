#!/usr/bin/env node
// The official TypeScript SDK 2.x (@modelcontextprotocol/server) as an MCP stdio server. The
// SDK's serveStdio picks the era from the opening message: `server/discover` → 2026-07-28
// (stateless, per-request _meta), `initialize` → 2025-11-25. Peer for our client's
// modern-protocol interop tests and the v2 benchmark. Logs only to stderr.
//   tool   echo {text}  → text content with `text`
//   tool   ask  {}      → multi-round-trip: asks for `name` (elicitation), answers "hello NAME"
//   resource test://echo/readme, prompt greet {name}
import { serveStdio } from '@modelcontextprotocol/server/stdio';
import { build } from './echo-v2.mjs';

serveStdio(build, { onerror: (e) => process.stderr.write(`ts-echo-server-v2: ${e?.message ?? e}\n`) });
