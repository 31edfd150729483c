// A real OAuth 2.1 / OpenID authorization server for Sallyport's authorization tests: npm
// `oidc-provider` on 127.0.0.1, never anything else. Test-only; nothing here ships.
//
//   node tools/oidc/provider.mjs [--port N] [--resource URL]... [--resource-es256 URL]...
//        [--resource-eddsa URL]... [--resource-opaque URL]... [--scopes "mcp mcp:read ..."]
//        [--exit-with-stdin]
//
// Port: --port, else $OIDC_PORT, else 0 (any free port). Prints one JSON line on stdout when
// ready: {"ready":true,"issuer":...,"port":...,"clients":{...},"resources":{...}}; logs go to
// stderr. Exits on SIGTERM/SIGINT, and with --exit-with-stdin also when stdin closes (so a test
// that crashes leaves no orphan behind).
//
// Resources (RFC 8707 resource indicators) get access tokens whose `aud` is the resource:
// RS256 JWTs for --resource, ES256 / EdDSA JWTs for the -es256 / -eddsa variants, opaque
// tokens (introspection only) for --resource-opaque. Any other resource is `invalid_target`.
//
// Clients:
//   mcp-cc       client_credentials, client_secret_basic (secret "mcp-cc-secret")
//   mcp-jwt      client_credentials, private_key_jwt (ES256; the private key is in the ready line)
//   mcp-server   a resource server's credentials for introspection (secret "mcp-server-secret")
//   mcp-public   public client (no secret), authorization code + PKCE (S256), redirect
//                http://127.0.0.1/callback — see login.mjs
import crypto from 'node:crypto';
import http from 'node:http';

import Provider, { errors } from 'oidc-provider';

function parseArgs(argv) {
  const opts = {
    port: Number(process.env.OIDC_PORT ?? 0),
    jwt: new Map(), // resource -> signing alg
    opaque: new Set(),
    scopes: 'mcp mcp:read mcp:write',
    exitWithStdin: false,
  };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${arg} needs a value`);
      i += 1;
      return argv[i];
    };
    switch (arg) {
      case '--port': opts.port = Number(value()); break;
      case '--resource': opts.jwt.set(value(), 'RS256'); break;
      case '--resource-es256': opts.jwt.set(value(), 'ES256'); break;
      case '--resource-eddsa': opts.jwt.set(value(), 'EdDSA'); break;
      case '--resource-opaque': opts.opaque.add(value()); break;
      case '--scopes': opts.scopes = value(); break;
      case '--exit-with-stdin': opts.exitWithStdin = true; break;
      default: throw new Error(`unknown argument ${arg}`);
    }
  }
  if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535) {
    throw new Error('bad port');
  }
  return opts;
}

function signingKeys() {
  const jwk = (type, options, kid) => ({
    ...crypto.generateKeyPairSync(type, options).privateKey.export({ format: 'jwk' }),
    kid,
  });
  return [
    { ...jwk('rsa', { modulusLength: 2048 }, 'rsa-1'), alg: 'RS256', use: 'sig' },
    { ...jwk('ec', { namedCurve: 'P-256' }, 'ec-1'), alg: 'ES256', use: 'sig' },
    { ...jwk('ed25519', {}, 'ed-1'), alg: 'EdDSA', use: 'sig' },
  ];
}

// A workload that authenticates with private_key_jwt (RFC 7523): its key pair is made here and
// the private half printed in the ready line, for the test playing that workload.
const workloadKey = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });

const clients = {
  clientCredentials: { client_id: 'mcp-cc', client_secret: 'mcp-cc-secret' },
  privateKeyJwt: {
    client_id: 'mcp-jwt',
    private_key_pem: workloadKey.privateKey.export({ format: 'pem', type: 'pkcs8' }),
  },
  introspection: { client_id: 'mcp-server', client_secret: 'mcp-server-secret' },
  public: { client_id: 'mcp-public', redirect_uri: 'http://127.0.0.1/callback' },
};

async function main() {
  const opts = parseArgs(process.argv.slice(2));

  // Listen first: the issuer URL needs the port, and port 0 picks a free one.
  let handler = (req, res) => { res.statusCode = 503; res.end(); };
  const server = http.createServer((req, res) => handler(req, res));
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  const issuer = `http://127.0.0.1:${port}`;

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clients.clientCredentials.client_id,
        client_secret: clients.clientCredentials.client_secret,
        grant_types: ['client_credentials'],
        response_types: [],
        redirect_uris: [],
        token_endpoint_auth_method: 'client_secret_basic',
      },
      {
        client_id: clients.privateKeyJwt.client_id,
        grant_types: ['client_credentials'],
        response_types: [],
        redirect_uris: [],
        token_endpoint_auth_method: 'private_key_jwt',
        token_endpoint_auth_signing_alg: 'ES256',
        jwks: { keys: [{ ...workloadKey.publicKey.export({ format: 'jwk' }), alg: 'ES256', use: 'sig' }] },
      },
      {
        client_id: clients.introspection.client_id,
        client_secret: clients.introspection.client_secret,
        grant_types: [],
        response_types: [],
        redirect_uris: [],
        token_endpoint_auth_method: 'client_secret_basic',
      },
      {
        client_id: clients.public.client_id,
        application_type: 'native',
        grant_types: ['authorization_code'],
        response_types: ['code'],
        redirect_uris: [clients.public.redirect_uri],
        token_endpoint_auth_method: 'none',
      },
    ],
    jwks: { keys: signingKeys() },
    cookies: { keys: [crypto.randomBytes(32).toString('base64url')] },
    findAccount: async (ctx, id) => ({
      accountId: id,
      claims: async () => ({ sub: id }),
    }),
    // Identity details a policy would use, carried in access tokens (and introspection).
    extraTokenClaims: async (ctx, token) => (token.accountId
      ? { roles: ['teller'], groups: ['branch-1'], tid: 'acme' }
      : undefined),
    pkce: { required: () => true },
    // Every client that registered the refresh_token grant gets refresh tokens (rotated on use
    // for public clients, oidc-provider's default), so clients can be tested refreshing.
    issueRefreshToken: async (ctx, client) => client.grantTypeAllowed('refresh_token'),
    features: {
      devInteractions: { enabled: true },
      clientCredentials: { enabled: true },
      introspection: { enabled: true },
      revocation: { enabled: true },
      registration: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: async () => undefined,
        useGrantedResource: async () => true,
        getResourceServerInfo: async (ctx, resource) => {
          if (opts.jwt.has(resource)) {
            return {
              scope: opts.scopes,
              audience: resource,
              accessTokenFormat: 'jwt',
              accessTokenTTL: 600,
              jwt: { sign: { alg: opts.jwt.get(resource) } },
            };
          }
          if (opts.opaque.has(resource)) {
            return {
              scope: opts.scopes, audience: resource, accessTokenFormat: 'opaque', accessTokenTTL: 600,
            };
          }
          throw new errors.InvalidTarget();
        },
      },
    },
  });
  provider.on('server_error', (ctx, err) => console.error('server_error', err));
  handler = provider.callback();

  const stop = () => server.close(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  if (opts.exitWithStdin) {
    process.stdin.on('end', stop);
    process.stdin.resume();
  }

  process.stdout.write(`${JSON.stringify({
    ready: true,
    issuer,
    port,
    clients,
    resources: { jwt: Object.fromEntries(opts.jwt), opaque: [...opts.opaque] },
  })}\n`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
