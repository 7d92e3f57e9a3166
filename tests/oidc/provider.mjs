// A real OpenID Connect provider (the certified `oidc-provider` package) on 127.0.0.1, for tests.
//
//   node provider.mjs [--port N] --client-id ID --client-secret SECRET --redirect-uri URI [--redirect-uri URI ...]
//
// or the same through the environment: OIDC_PORT, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET and
// OIDC_REDIRECT_URIS (several separated by spaces or commas). Arguments win over the environment.
// Port 0 (the default) lets the system choose a free port. The issuer is http://127.0.0.1:PORT;
// once it listens, the provider prints one line to stdout:
//
//   oidc-provider ready: http://127.0.0.1:PORT
//
// One confidential client (client_secret_basic, as Authlib sends it; authorization code flow;
// PKCE with S256 required, which Streamlit sends since discovery offers S256); its redirect URIs
// are also its post-logout redirect URIs, since Streamlit's st.logout sends the user to the
// provider's end_session_endpoint with post_logout_redirect_uri = its /oauth2callback.
//
// Sign-in: every authorization request shows one form (our own interaction page, no consent page):
// a text box labelled "E-mail" (name="login") and a "Continue" button; a "Cancel" button denies
// the request (access_denied goes back to the client). Any non-empty login is accepted and IS the
// user's e-mail: sub = email = the login, email_verified = true, name = the part before "@". Those
// claims go into the ID token itself (conformIdTokenClaims: false), since Authlib, and so
// Streamlit, reads the user from the ID token and never calls the userinfo endpoint.
//
// prompt=select_account (Streamlit always sends it) is supported as a requestable prompt that the
// same form resolves: each sign-in shows the form, even while the provider has a session.
// Sign-out (end_session) needs no click: its confirmation page submits itself.
//
// Keys (signing and cookies) are made fresh at each start; everything is kept in memory.

import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';

import Provider, { interactionPolicy } from 'oidc-provider';

function fail(message) {
  process.stderr.write(`provider.mjs: ${message}\n`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    options: {
      port: { type: 'string' },
      'client-id': { type: 'string' },
      'client-secret': { type: 'string' },
      'redirect-uri': { type: 'string', multiple: true },
    },
    strict: true,
  }).values;
} catch (err) {
  fail(err.message);
}

const env = process.env;
const port = Number(parsed.port ?? env.OIDC_PORT ?? 0);
const clientId = parsed['client-id'] ?? env.OIDC_CLIENT_ID;
const clientSecret = parsed['client-secret'] ?? env.OIDC_CLIENT_SECRET;
const redirectUris = parsed['redirect-uri']
  ?? (env.OIDC_REDIRECT_URIS ?? '').split(/[\s,]+/).filter(Boolean);

if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`bad port: ${parsed.port ?? env.OIDC_PORT}`);
if (!clientId) fail('no client id (--client-id or OIDC_CLIENT_ID)');
if (!clientSecret) fail('no client secret (--client-secret or OIDC_CLIENT_SECRET)');
if (!redirectUris.length) fail('no redirect URI (--redirect-uri or OIDC_REDIRECT_URIS)');

const HOST = '127.0.0.1';

function html(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({
    '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;',
  })[c]);
}

function page(title, body) {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${html(title)}</title>
<style>body{font-family:sans-serif;max-width:28rem;margin:3rem auto;padding:0 1rem}
label,input,button{display:block;font-size:1rem;margin:.4rem 0}input{width:100%;padding:.3rem}
.error{color:#b00020}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>`;
}

function loginPage(uid, clientName, error = '', value = '') {
  return page('Sign in - test OpenID provider', `<h1>Test OpenID provider</h1>
<p>Sign in to <strong>${html(clientName)}</strong>. Any e-mail address is accepted.</p>
${error ? `<p class="error" role="alert">${html(error)}</p>` : ''}
<form method="post" action="/interaction/${html(uid)}/login" autocomplete="off">
<label for="login">E-mail</label>
<input id="login" name="login" type="text" value="${html(value)}" autofocus>
<button type="submit">Continue</button>
</form>
<form method="post" action="/interaction/${html(uid)}/abort">
<button type="submit">Cancel</button>
</form>`);
}

async function readForm(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > 65536) throw new Error('form too large');
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function account(email) {
  return {
    accountId: email,
    async claims() {
      return {
        sub: email,
        email,
        email_verified: true,
        name: email.split('@')[0],
      };
    },
  };
}

const policy = interactionPolicy.base();
// Streamlit sends prompt=select_account; a provider that does not know it answers
// "unsupported prompt value requested". Registered as a requestable prompt, it is resolved by the
// same login form (the result carries select_account: {}).
policy.add(new interactionPolicy.Prompt({ name: 'select_account', requestable: true }), 1);

const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const signingKey = { ...privateKey.export({ format: 'jwk' }), kid: 'test-key', alg: 'RS256', use: 'sig' };

const server = createServer();

server.listen(port, HOST, () => {
  const issuer = `http://${HOST}:${server.address().port}`;

  const provider = new Provider(issuer, {
    clients: [{
      client_id: clientId,
      client_secret: clientSecret,
      client_name: 'the app under test',
      redirect_uris: redirectUris,
      post_logout_redirect_uris: redirectUris,
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    }],
    clientDefaults: {
      token_endpoint_auth_method: 'client_secret_basic',
      id_token_signed_response_alg: 'RS256',
    },
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['name'],
    },
    scopes: ['openid', 'email', 'profile'],
    conformIdTokenClaims: false, // the scope's claims in the ID token, where Authlib reads them
    findAccount: (_ctx, sub) => account(sub),
    jwks: { keys: [signingKey] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        async logoutSource(ctx, form) {
          // Confirm at once: the tests (and st.logout) should not have to click here.
          ctx.body = page('Signing out - test OpenID provider', `<h1>Signing out</h1>
${form}
<button type="submit" form="op.logoutForm" name="logout" value="yes">Sign out</button>
<script>document.querySelector('button[name=logout]').click();</script>`);
        },
        async postLogoutSuccessSource(ctx) {
          ctx.body = page('Signed out - test OpenID provider', '<h1>Signed out</h1>');
        },
      },
    },
    interactions: {
      policy,
      url: (_ctx, interaction) => `/interaction/${interaction.uid}`,
    },
    async renderError(ctx, out) {
      ctx.type = 'html';
      ctx.body = page('Error - test OpenID provider', `<h1>Error</h1>
<pre>${html(JSON.stringify(out, null, 2))}</pre>`);
    },
    ttl: {
      // Short-lived, in-memory; the values only need to outlast a test.
      AccessToken: 3600,
      AuthorizationCode: 300,
      IdToken: 3600,
      Interaction: 600,
      Session: 3600,
      Grant: 3600,
    },
  });

  // Our interaction pages, ahead of the provider's own routes.
  provider.use(async (ctx, next) => {
    const match = /^\/interaction\/([^/]+)(?:\/(login|abort))?$/.exec(ctx.path);
    if (!match) return next();
    const [, uid, action] = match;

    const details = await provider.interactionDetails(ctx.req, ctx.res);
    if (details.uid !== uid) ctx.throw(400, 'interaction mismatch');
    const client = await provider.Client.find(details.params.client_id);
    const clientName = client?.clientName ?? details.params.client_id;

    ctx.set('Cache-Control', 'no-store');
    if (!action && ctx.method === 'GET') {
      ctx.type = 'html';
      ctx.body = loginPage(uid, clientName);
      return undefined;
    }
    if (ctx.method !== 'POST' || !action) ctx.throw(405);

    let result;
    if (action === 'abort') {
      result = { error: 'access_denied', error_description: 'the user cancelled the sign-in' };
    } else {
      const form = await readForm(ctx.req);
      const login = (form.get('login') ?? '').trim();
      if (!login) {
        ctx.type = 'html';
        ctx.body = loginPage(uid, clientName, 'Enter an e-mail address.');
        return undefined;
      }
      const grant = new provider.Grant({ accountId: login, clientId: details.params.client_id });
      grant.addOIDCScope(details.params.scope ?? 'openid');
      const grantId = await grant.save();
      result = {
        login: { accountId: login },
        select_account: {},
        consent: { grantId },
      };
    }
    const returnTo = await provider.interactionResult(ctx.req, ctx.res, result, {
      mergeWithLastSubmission: false,
    });
    ctx.status = 303;
    ctx.redirect(returnTo);
    return undefined;
  });

  provider.on('server_error', (_ctx, err) => {
    process.stderr.write(`server_error: ${err.stack ?? err}\n`);
  });

  server.on('request', provider.callback());
  process.stdout.write(`oidc-provider ready: ${issuer}\n`);
});

server.on('error', (err) => fail(`cannot listen on ${HOST}:${port}: ${err.message}`));

for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => {
    server.close();
    server.closeAllConnections();
    process.exit(0);
  });
}
