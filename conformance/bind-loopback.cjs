// Preloaded into the conformance suite (NODE_OPTIONS=--require …, see scripts/conformance.sh) so
// that every server it starts binds 127.0.0.1 instead of all interfaces: the suite's mock MCP
// and authorization servers call `server.listen(0)` without a host.
//
// Several of them read `server.address().port` right after listen() returns. Node binds
// synchronously only when no host is given (a host goes through an asynchronous DNS lookup, even
// for an IP literal), so a host-less listen is served by binding a TCP handle to 127.0.0.1 here,
// synchronously, and handing that handle to the original listen().
'use strict';

const net = require('node:net');

const LOOPBACK = '127.0.0.1';
const ALL_INTERFACES = new Set(['0.0.0.0', '::', '::0', '[::]', '']);

let tcpWrap = null;
try {
  tcpWrap = process.binding('tcp_wrap');
} catch {
  tcpWrap = null;  // no synchronous binding available: fall back to listen(port, LOOPBACK)
}

const originalListen = net.Server.prototype.listen;

// A handle already bound to 127.0.0.1:port, or null when that failed (the caller then lets the
// original listen() report the error the usual way).
function boundHandle(port) {
  if (!tcpWrap) return null;
  const handle = new tcpWrap.TCP(tcpWrap.constants.SERVER);
  if (handle.bind(LOOPBACK, port) !== 0) {
    handle.close();
    return null;
  }
  return handle;
}

function isPort(value) {
  return typeof value === 'number' || (typeof value === 'string' && /^\d+$/.test(value));
}

net.Server.prototype.listen = function listen(...args) {
  const [first] = args;

  // listen(options[, cb]): only TCP options (no path, fd or handle) are rewritten.
  if (first !== null && typeof first === 'object' && !(tcpWrap && first instanceof tcpWrap.TCP)) {
    const tcp = first.path === undefined && first.fd === undefined && !first.handle && !first._handle;
    if (tcp && (first.host === undefined || ALL_INTERFACES.has(first.host))) {
      const handle = boundHandle(Number(first.port ?? 0));
      args[0] = handle ? { ...first, host: undefined, port: undefined, handle } : { ...first, host: LOOPBACK };
    }
    return originalListen.apply(this, args);
  }

  // listen([port][, host][, backlog][, cb])
  if (first === undefined || typeof first === 'function' || isPort(first)) {
    const port = isPort(first) ? Number(first) : 0;
    const rest = isPort(first) || first === undefined ? args.slice(1) : args;
    if (typeof rest[0] === 'string' && !ALL_INTERFACES.has(rest[0])) {
      return originalListen.apply(this, args);  // an explicit host: the caller chose it
    }
    if (typeof rest[0] === 'string') rest.shift();  // an all-interfaces host: replaced below
    const handle = boundHandle(port);
    if (handle) return originalListen.call(this, handle, ...rest);
    return originalListen.call(this, port, LOOPBACK, ...rest);
  }

  // A unix socket path or an existing handle: nothing to rewrite.
  return originalListen.apply(this, args);
};
