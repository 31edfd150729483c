// Scripts an authorization code + PKCE sign-in against provider.mjs's devInteractions with plain
// HTTP requests (no browser): authorize, log in, consent, exchange the code. Test-only.
//
//   node tools/oidc/login.mjs --issuer URL --resource URL [--user alice]
//        [--scope "openid mcp"] [--client-id mcp-public] [--redirect-uri http://127.0.0.1/callback]
//
// Prints the token response as one JSON line on stdout; exits non-zero with a message on stderr
// when any step fails.
//
//   node tools/oidc/login.mjs [--user alice] --browse AUTHORIZATION-URL
//
// Browser mode, for a client that built the authorization request itself (Sallyport's OAuth
// client runs this as its "browser"): walks the same interaction pages, then delivers the final
// redirect to the client's own redirect URI (its loopback listener) instead of exchanging the
// code.
import crypto from 'node:crypto';

function parseArgs(argv) {
  const opts = {
    user: 'alice',
    scope: 'openid mcp',
    clientId: 'mcp-public',
    redirectUri: 'http://127.0.0.1/callback',
  };
  const names = {
    '--issuer': 'issuer',
    '--resource': 'resource',
    '--user': 'user',
    '--scope': 'scope',
    '--client-id': 'clientId',
    '--redirect-uri': 'redirectUri',
  };
  for (let i = 0; i < argv.length; i += 2) {
    const name = names[argv[i]];
    if (!name || i + 1 >= argv.length) throw new Error(`bad argument ${argv[i]}`);
    opts[name] = argv[i + 1];
  }
  if (!opts.issuer || !opts.resource) throw new Error('--issuer and --resource are required');
  return opts;
}

const b64url = (buf) => Buffer.from(buf).toString('base64url');

// Cookies by name: each interaction step replaces the previous step's cookies of the same name.
class CookieJar {
  constructor() { this.cookies = new Map(); }

  store(response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attrs.some((a) => /^\s*max-age=0\s*$/i.test(a))
        || attrs.some((a) => /^\s*expires=/i.test(a) && Date.parse(a.split('=')[1]) < Date.now());
      if (expired) this.cookies.delete(name); else this.cookies.set(name, value);
    }
  }

  header() { return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '); }
}

async function answerPrompts(request, startUrl, redirectUri, user) {
  let url = startUrl;
  for (let step = 0; step < 12; step += 1) {
    const res = await request(url);
    if (res.status === 200) {
      const html = await res.text();
      const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
      if (!prompt) throw new Error(`no prompt on ${url}: ${html.slice(0, 200)}`);
      const form = new URLSearchParams({ prompt });
      if (prompt === 'login') {
        form.set('login', user);
        form.set('password', 'any');
      }
      const submitted = await request(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: form.toString(),
      });
      if (submitted.status < 300 || submitted.status >= 400) {
        throw new Error(`submitting ${prompt} gave HTTP ${submitted.status}`);
      }
      url = new URL(submitted.headers.get('location'), url).toString();
    } else if (res.status >= 300 && res.status < 400) {
      const next = new URL(res.headers.get('location'), url);
      if (next.toString().startsWith(redirectUri)) return next;
      url = next.toString();
    } else {
      throw new Error(`HTTP ${res.status} from ${url}: ${(await res.text()).slice(0, 200)}`);
    }
  }
  throw new Error('no redirect back to the client after the interaction steps');
}

async function browse(argv) {
  let user = 'alice';
  let target;
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--user') { user = argv[i + 1]; i += 1; } else if (argv[i] === '--browse') { target = argv[i + 1]; i += 1; } else throw new Error(`bad argument ${argv[i]}`);
  }
  const redirectUri = new URL(target).searchParams.get('redirect_uri');
  if (!redirectUri) throw new Error('the authorization URL has no redirect_uri');
  const jar = new CookieJar();
  const request = async (url, init = {}) => {
    const res = await fetch(url, { ...init, redirect: 'manual', headers: { ...(init.headers ?? {}), cookie: jar.header() } });
    jar.store(res);
    return res;
  };
  const back = await answerPrompts(request, target, redirectUri, user);
  const delivered = await fetch(back.toString());
  if (!delivered.ok) throw new Error(`the client's redirect URI answered HTTP ${delivered.status}`);
}

async function main() {
  if (process.argv.includes('--browse')) return browse(process.argv.slice(2));
  const opts = parseArgs(process.argv.slice(2));
  const jar = new CookieJar();
  const request = async (url, init = {}) => {
    const res = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: { ...(init.headers ?? {}), cookie: jar.header() },
    });
    jar.store(res);
    return res;
  };

  const meta = await (await fetch(`${opts.issuer}/.well-known/openid-configuration`)).json();
  const verifier = b64url(crypto.randomBytes(32));
  const challenge = b64url(crypto.createHash('sha256').update(verifier).digest());
  const state = b64url(crypto.randomBytes(16));

  const authorize = new URL(meta.authorization_endpoint);
  authorize.search = new URLSearchParams({
    client_id: opts.clientId,
    response_type: 'code',
    redirect_uri: opts.redirectUri,
    scope: opts.scope,
    resource: opts.resource,
    state,
    code_challenge: challenge,
    code_challenge_method: 'S256',
    prompt: 'consent',
  }).toString();

  const next = await answerPrompts(request, authorize.toString(), opts.redirectUri, opts.user);
  if (next.searchParams.get('error')) {
    throw new Error(`authorization failed: ${next.searchParams.get('error')} ${next.searchParams.get('error_description') ?? ''}`);
  }
  if (next.searchParams.get('state') !== state) throw new Error('state mismatch');
  if (next.searchParams.get('iss') && next.searchParams.get('iss') !== meta.issuer) {
    throw new Error('issuer mismatch (RFC 9207)');
  }
  const code = next.searchParams.get('code');
  if (!code) throw new Error('no authorization code after the interaction steps');

  const tokenRes = await fetch(meta.token_endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: opts.redirectUri,
      code_verifier: verifier,
      client_id: opts.clientId,
      resource: opts.resource,
    }).toString(),
  });
  const tokens = await tokenRes.json();
  if (!tokenRes.ok) throw new Error(`token request failed: ${JSON.stringify(tokens)}`);
  process.stdout.write(`${JSON.stringify(tokens)}\n`);
}

main().catch((err) => {
  console.error(`login.mjs: ${err.message}`);
  process.exit(1);
});
