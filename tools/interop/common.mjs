// Shared by the interop clients: command line, canned answers to server→client requests,
// wire tracing, and the one JSON report each run prints. SDK-neutral on purpose so the
// v1 and v2 clients stay thin and produce reports that can be compared key by key.

import { readFileSync } from 'node:fs';

const USAGE = `usage: CLIENT [options] -- SERVER_CMD [ARGS...]
       CLIENT [options] --url URL        (v2 only: Streamable HTTP instead of stdio)
  --call NAME JSON      call a tool (repeatable); JSON is its arguments object
  --read URI            read a resource (repeatable)
  --prompt NAME JSON    get a prompt (repeatable)
  --read-all            read every listed resource (at most 20)
  --no-list             skip tools/resources/templates/prompts listing
  --expect-tool NAME    fail unless tools/list contains NAME (repeatable)
  --expect-text TEXT    fail unless TEXT appears in some call/read/prompt result (repeatable)
  --expect-progress NAME  fail unless the call of tool NAME saw a progress notification
  --expect-session      v2 over HTTP: fail unless the server assigned an Mcp-Session-Id
  --allow-tool-error    a tool result with isError:true is not a failure
  --mode MODE           v2 only: pin (default, 2026-07-28), auto, or legacy
  --timeout MS          per-request timeout (default 20000)
  --trace               include every JSON-RPC message seen on the wire in the report
  --cwd DIR             working directory for the server
  --out FILE            write the report to FILE instead of stdout`;

export function parseArgs(argv) {
  const o = {
    calls: [], reads: [], prompts: [], expectTools: [], expectTexts: [],
    list: true, readAll: false, allowToolError: false, mode: 'pin', timeout: 20000,
    trace: false, cwd: undefined, out: undefined, command: undefined, args: [], url: undefined,
    expectProgress: [], expectSession: false,
  };
  const need = (i, n) => {
    if (i + n >= argv.length) die(`missing value for ${argv[i]}`);
  };
  const json = (s, what) => {
    try {
      const v = JSON.parse(s);
      if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new Error('not an object');
      return v;
    } catch (e) {
      die(`${what}: invalid JSON object: ${e.message}`);
    }
  };
  let i = 0;
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') { i++; break; }
    switch (a) {
      case '--call': need(i, 2); o.calls.push({ name: argv[i + 1], arguments: json(argv[i + 2], a) }); i += 2; break;
      case '--read': need(i, 1); o.reads.push(argv[++i]); break;
      case '--prompt': need(i, 2); o.prompts.push({ name: argv[i + 1], arguments: json(argv[i + 2], a) }); i += 2; break;
      case '--read-all': o.readAll = true; break;
      case '--no-list': o.list = false; break;
      case '--expect-tool': need(i, 1); o.expectTools.push(argv[++i]); break;
      case '--expect-text': need(i, 1); o.expectTexts.push(argv[++i]); break;
      case '--expect-progress': need(i, 1); o.expectProgress.push(argv[++i]); break;
      case '--url': need(i, 1); o.url = argv[++i]; break;
      case '--expect-session': o.expectSession = true; break;
      case '--allow-tool-error': o.allowToolError = true; break;
      case '--mode': need(i, 1); o.mode = argv[++i]; break;
      case '--timeout': need(i, 1); o.timeout = Number(argv[++i]); break;
      case '--trace': o.trace = true; break;
      case '--cwd': need(i, 1); o.cwd = argv[++i]; break;
      case '--out': need(i, 1); o.out = argv[++i]; break;
      case '-h': case '--help': process.stdout.write(USAGE + '\n'); process.exit(0); break;
      default: die(`unknown option ${a}`);
    }
  }
  if (o.url !== undefined) {
    if (i < argv.length) die('--url and a server command are exclusive');
    try {
      new URL(o.url);
    } catch {
      die(`--url: not a URL: ${o.url}`);
    }
  } else {
    if (i >= argv.length) die('no server command after --');
    o.command = argv[i];
    o.args = argv.slice(i + 1);
  }
  if (!(o.timeout > 0)) die('--timeout must be a positive number');
  return o;
}

export function die(msg) {
  process.stderr.write(`${msg}\n${USAGE}\n`);
  process.exit(2);
}

// A value that satisfies one elicitation property schema (restricted JSON Schema subset of
// the elicitation spec): defaults first, then the first enum/const, then something plausible.
function sampleFor(schema) {
  if (schema.default !== undefined) return schema.default;
  if (Array.isArray(schema.enum) && schema.enum.length) return schema.enum[0];
  if (Array.isArray(schema.oneOf) && schema.oneOf.length && 'const' in schema.oneOf[0]) return schema.oneOf[0].const;
  if (Array.isArray(schema.anyOf) && schema.anyOf.length && 'const' in schema.anyOf[0]) return schema.anyOf[0].const;
  switch (schema.type) {
    case 'boolean': return true;
    case 'integer': return Number.isInteger(schema.minimum) ? schema.minimum : 1;
    case 'number': return typeof schema.minimum === 'number' ? schema.minimum : 1;
    case 'array': {
      const it = schema.items || {};
      const v = sampleFor(it);
      return v === undefined ? [] : [v];
    }
    case 'string':
    default:
      switch (schema.format) {
        case 'email': return 'interop@example.com';
        case 'uri': return 'https://example.com/';
        case 'date': return '2000-01-01';
        case 'date-time': return '2000-01-01T00:00:00Z';
        default: {
          let s = 'sallyport-interop';
          if (typeof schema.maxLength === 'number' && s.length > schema.maxLength) s = s.slice(0, schema.maxLength);
          if (typeof schema.minLength === 'number') s = s.padEnd(schema.minLength, 'x');
          return s;
        }
      }
  }
}

export function cannedElicitation(params) {
  if (params?.mode === 'url') return { action: 'accept' };
  const props = params?.requestedSchema?.properties || {};
  const content = {};
  for (const [k, s] of Object.entries(props)) content[k] = sampleFor(s || {});
  return { action: 'accept', content };
}

export function cannedSampling(params) {
  const last = params?.messages?.at?.(-1);
  const echoed = last?.content?.type === 'text' ? last.content.text : '';
  return {
    model: 'sallyport-interop-canned',
    role: 'assistant',
    stopReason: 'endTurn',
    content: { type: 'text', text: `canned sampling reply${echoed ? ` to: ${echoed}` : ''}` },
  };
}

export const cannedRoots = () => ({ roots: [{ uri: 'file:///tmp/sallyport-interop', name: 'interop' }] });

// Records traffic by shadowing the instance's send/onmessage, leaving its class untouched:
// the v2 SDK treats the exact StdioClientTransport class specially when probing.
export function traceTransport(transport, wire) {
  const send = transport.send.bind(transport);
  transport.send = (msg, ...rest) => {
    wire.push({ dir: 'out', msg });
    return send(msg, ...rest);
  };
  let handler;
  Object.defineProperty(transport, 'onmessage', {
    configurable: true,
    get: () => handler && ((msg, ...rest) => {
      wire.push({ dir: 'in', msg });
      return handler(msg, ...rest);
    }),
    set: (fn) => { handler = fn; },
  });
}

// Runs the scripted session against a connected client. `api` adapts SDK differences.
export async function runSession(o, report, api) {
  const step = async (what, fn) => {
    try {
      return await fn();
    } catch (e) {
      report.failures.push(`${what}: ${e?.message ?? e}`);
      return undefined;
    }
  };
  const caps = report.serverCapabilities || {};
  if (o.list) {
    if (caps.tools) report.tools = (await step('tools/list', () => api.listTools()))?.tools;
    if (caps.resources) {
      report.resources = (await step('resources/list', () => api.listResources()))?.resources;
      report.resourceTemplates = (await step('resources/templates/list', () => api.listResourceTemplates()))?.resourceTemplates;
    }
    if (caps.prompts) report.prompts = (await step('prompts/list', () => api.listPrompts()))?.prompts;
  }
  for (const name of o.expectTools) {
    if (!report.tools?.some((t) => t.name === name)) report.failures.push(`expected tool ${name} not listed`);
  }
  report.calls = [];
  for (const c of o.calls) {
    const entry = { name: c.name, arguments: c.arguments };
    // Progress is asked for (a progressToken sent) only where the run expects it.
    const onprogress = o.expectProgress.includes(c.name)
      ? (p) => { (entry.progress ??= []).length < 100 && entry.progress.push(p); }
      : undefined;
    try {
      entry.result = await api.callTool(c, onprogress);
      if (entry.result?.isError && !o.allowToolError) report.failures.push(`tools/call ${c.name}: isError result`);
    } catch (e) {
      entry.error = errorInfo(e);
      report.failures.push(`tools/call ${c.name}: ${e?.message ?? e}`);
    }
    report.calls.push(entry);
  }
  for (const name of o.expectProgress) {
    if (!report.calls.some((c) => c.name === name && c.progress?.length)) report.failures.push(`expected progress from ${name}, got none`);
  }
  const uris = [...o.reads];
  if (o.readAll && report.resources) for (const r of report.resources.slice(0, 20)) uris.push(r.uri);
  report.reads = [];
  for (const uri of uris) {
    const entry = { uri };
    try {
      entry.result = await api.readResource(uri);
    } catch (e) {
      entry.error = errorInfo(e);
      report.failures.push(`resources/read ${uri}: ${e?.message ?? e}`);
    }
    report.reads.push(entry);
  }
  report.promptResults = [];
  for (const p of o.prompts) {
    const entry = { name: p.name, arguments: p.arguments };
    try {
      entry.result = await api.getPrompt(p);
    } catch (e) {
      entry.error = errorInfo(e);
      report.failures.push(`prompts/get ${p.name}: ${e?.message ?? e}`);
    }
    report.promptResults.push(entry);
  }
  if (o.expectTexts.length) {
    const hay = JSON.stringify([report.calls, report.reads, report.promptResults]);
    for (const t of o.expectTexts) {
      if (!hay.includes(JSON.stringify(t).slice(1, -1))) report.failures.push(`expected text not found: ${t}`);
    }
  }
}

export function errorInfo(e) {
  return { message: e?.message ?? String(e), code: e?.code, data: e?.data };
}

export async function emit(o, report) {
  report.ok = report.failures.length === 0;
  const text = JSON.stringify(report, null, 2) + '\n';
  if (o.out) {
    const fs = await import('node:fs');
    fs.writeFileSync(o.out, text);
  } else {
    await new Promise((res) => process.stdout.write(text, res));
  }
  if (!report.ok) process.stderr.write(`interop client: ${report.failures.length} failure(s):\n  ${report.failures.join('\n  ')}\n`);
  return report.ok ? 0 : 1;
}

// Every server→client request and notification, kept for the report (bounded).
export function recorder(report) {
  report.serverRequests = [];
  report.notifications = [];
  return {
    request(method, params) {
      if (report.serverRequests.length < 100) report.serverRequests.push({ method, params });
    },
    notification(n) {
      if (report.notifications.length < 200) report.notifications.push({ method: n.method, params: n.params });
    },
  };
}

// The protocolVersion the server answered `initialize` with (legacy era).
export function negotiatedVersion(wire) {
  const init = wire.find((w) => w.dir === 'out' && w.msg?.method === 'initialize');
  if (!init) return undefined;
  const res = wire.find((w) => w.dir === 'in' && w.msg?.id === init.msg.id && w.msg.result);
  return res?.msg.result.protocolVersion;
}

// Installed version of a package under tools/node_modules (package.json is not always exported).
export function pkgVersion(name) {
  try {
    return JSON.parse(readFileSync(new URL(`../node_modules/${name}/package.json`, import.meta.url))).version;
  } catch {
    return 'unknown';
  }
}
