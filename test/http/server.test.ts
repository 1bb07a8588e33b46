/** The HTTP server around the API: probes, metrics, GraphiQL, POST and GET rules, request ids, CORS, rate limit, errors. */
import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { TransactionConflictError } from '../../src/db/retry.js';
import { createApp, formatError } from '../../src/http/app.js';
import { createMetrics } from '../../src/http/metrics.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ seed: false });
});
afterAll(() => t?.close());

describe('probes', () => {
  it('/healthz answers 200 JSON', async () => {
    const res = await fetch(`${t.origin}/healthz`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('/readyz checks the database and names its kind', async () => {
    const res = await fetch(`${t.origin}/readyz`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toEqual({ status: 'ready', database: t.database.kind });
    expect(body.database).toMatch(/^(pglite|postgres)/);
  });
});

describe('/metrics', () => {
  it('is Prometheus text with requests per operation and latency', async () => {
    const r = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'query MetricsProbe { __typename }' }) });
    expect(r.status).toBe(200);
    await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'query MetricsFails { nope }' }) });
    const res = await fetch(`${t.origin}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    expect(text).toContain('# TYPE sharegraph_graphql_requests_total counter');
    expect(text).toMatch(/^sharegraph_graphql_requests_total\{operation="MetricsProbe",type="query",outcome="ok"\} 1$/m);
    expect(text).toMatch(/^sharegraph_graphql_requests_total\{[^}]*outcome="error"[^}]*\} [1-9]/m);
    expect(text).toContain('# TYPE sharegraph_graphql_request_duration_seconds histogram');
    expect(text).toMatch(/^sharegraph_graphql_request_duration_seconds_count\{operation="MetricsProbe",type="query"\} 1$/m);
    expect(text).toMatch(/^sharegraph_db_pool_in_use 0$/m); // nothing left counted as busy
  });

  it('keeps client-chosen operation names from blowing up the label set', async () => {
    const name = `A${'b'.repeat(80)}`;
    await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `query ${name} { __typename }` }) });
    const text = await (await fetch(`${t.origin}/metrics`)).text();
    expect(text).not.toContain(name);
    expect(text).toMatch(/operation="invalid"/);
  });
});

describe('GraphiQL', () => {
  const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

  it('opens in a browser at GET /graphql, with only local assets and the examples as tabs', async () => {
    const res = await fetch(t.url, { headers: { accept: BROWSER_ACCEPT } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self';/);
    const html = await res.text();
    expect(html).toContain('<meta charset="utf-8" />');
    expect(html).toMatch(/<script src="\/graphiql\/graphiql\.min\.js\?v=3\.[\d.]+"><\/script>/);
    expect(html).toMatch(/href="\/graphiql\/graphiql\.min\.css\?v=/);
    expect(html.match(/(?:https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}/gi) ?? []).toEqual([]);
    for (const m of html.matchAll(/(?:src|href)="([^"]+)"/g)) expect(m[1]).toMatch(/^\/graphiql\//);
    const settings = JSON.parse(/<script type="application\/json" id="graphiql-settings">(.*?)<\/script>/s.exec(html)?.[1] ?? 'null');
    expect(settings.endpoint).toBe('/graphql');
    expect(settings.tabs[0].query).toMatch(/^# Who holds this book\?/);
    expect(settings.tabs[0].variables).toBe('{"isbn": "7-02-000220-X"}');
  });

  it('serves every script and stylesheet the page names', async () => {
    const html = await (await fetch(t.url, { headers: { accept: BROWSER_ACCEPT } })).text();
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(assets).toHaveLength(5);
    for (const asset of assets) {
      const res = await fetch(`${t.origin}${asset}`);
      expect(res.status, asset).toBe(200);
      expect(res.headers.get('content-type'), asset).toMatch(asset.includes('.css') ? /^text\/css/ : /^text\/javascript/);
      expect(res.headers.get('cache-control'), asset).toBe('public, max-age=86400');
      expect((await res.arrayBuffer()).byteLength, asset).toBeGreaterThan(100);
    }
  });

  it('does not take over GET /graphql for API clients', async () => {
    const res = await fetch(t.url, { headers: { accept: 'application/json' } });
    expect(res.headers.get('content-type')).not.toMatch(/html/);
    await res.arrayBuffer();
  });
});

describe('GET /graphql without a query, from curl or a script', () => {
  it('answers a one-line hint on how to ask, whose example query runs', async () => {
    for (const accept of ['*/*', 'application/json', undefined]) {
      const res = await fetch(t.url, { headers: accept ? { accept } : {} });
      expect(res.status, accept).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      const body = await res.json();
      expect(body.errors).toHaveLength(1);
      expect(body.errors[0].extensions).toEqual({ code: 'BAD_REQUEST' });
      expect(body.errors[0].message).toMatch(/^GET \/graphql needs \?query=.*POST a JSON body .* with content-type: application\/json$/);
      expect(body.errors[0].message).not.toContain('\n');
    }
    const { errors } = await (await fetch(t.url)).json();
    const example = JSON.parse(/(\{"query": ".*"\})/.exec(errors[0].message)?.[1] ?? 'null');
    const run = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(example) });
    expect(run.status).toBe(200);
    expect(await run.json()).toEqual({ data: { members: { edges: [] } } });
  });
});

describe('POST /graphql', () => {
  it('runs a query sent as JSON', async () => {
    const res = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify({ query: 'query Q($n: Int) { members(first: $n) { totalCount } }', variables: { n: 1 } }) });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({ data: { members: { totalCount: 0 } } });
  });

  it('takes a body sent in chunks, without a length', async () => {
    const chunks = ['{"query": "{ __ty', 'pename }"}'];
    const body = new ReadableStream({ pull: (c) => (chunks.length ? c.enqueue(new TextEncoder().encode(chunks.shift())) : c.close()) });
    const res = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body, duplex: 'half' } as RequestInit);
    expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('answers 400 BAD_REQUEST, as JSON, to a body that is not JSON', async () => {
    for (const body of ['{"query": ', 'query { __typename }', '\u00ff']) {
      const res = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      expect(res.status, body).toBe(400);
      expect(await res.json()).toEqual({ errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
    }
  });

  it('answers 413 to a body over 1 MB, whether its length is declared or not, and keeps serving', async () => {
    const big = JSON.stringify({ query: `{ __typename } # ${'x'.repeat(1024 * 1024)}` });
    const declared = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: big });
    expect(declared.status).toBe(413);
    expect(declared.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await declared.json()).toEqual({ errors: [{ message: expect.stringMatching(/^The request body is too large: at most 1 MB \(1,048,576 bytes\)\./), extensions: { code: 'BAD_REQUEST', maxBytes: 1024 * 1024 } }] });
    const bytes = new TextEncoder().encode(big);
    let sent = 0;
    const stream = new ReadableStream({
      pull(c) {
        if (sent >= bytes.length) return c.close();
        c.enqueue(bytes.subarray(sent, sent + 256 * 1024));
        sent += 256 * 1024;
      },
    });
    const chunked = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: stream, duplex: 'half' } as RequestInit);
    expect(chunked.status).toBe(413);
    await chunked.arrayBuffer();
    // just under the limit is read and run (the size in a variable: a query text has its own, smaller limit)
    const fits = JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(1024 * 1024 - 100) } });
    const ok = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: fits });
    expect(await ok.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('takes only content-type application/json in UTF-8, uncompressed (415 otherwise)', async () => {
    const body = '{"query": "{ __typename }"}';
    const refused: Record<string, string>[] = [
      { 'content-type': 'text/plain' }, // what a form or a simple cross-site request sends: never run
      { 'content-type': 'application/x-www-form-urlencoded' },
      { 'content-type': 'application/json; charset=latin1' },
      { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      {},
    ];
    for (const headers of refused) {
      const res = await fetch(t.url, { method: 'POST', headers, body: new TextEncoder().encode(body) });
      expect(res.status, JSON.stringify(headers)).toBe(415);
      const answer = await res.json();
      expect(answer.errors[0].extensions.code).toBe('BAD_REQUEST');
      expect(answer.errors[0].message).toMatch(/content-type: application\/json/);
    }
    for (const type of ['application/json', 'Application/JSON; charset="UTF-8"']) {
      const res = await fetch(t.url, { method: 'POST', headers: { 'content-type': type }, body });
      expect(await res.json(), type).toEqual({ data: { __typename: 'Query' } });
    }
  });

  it('answers 405 to other methods, naming the ones it takes', async () => {
    const res = await fetch(t.url, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, POST, OPTIONS');
    expect((await res.json()).errors[0].extensions.code).toBe('METHOD_NOT_ALLOWED');
  });
});

describe('unexpected errors', () => {
  it('answer 500 INTERNAL_SERVER_ERROR without the message or a stack', async () => {
    const broken = await createApp({
      database: t.database,
      verifyToken: async () => {
        throw new Error('connect ECONNREFUSED idp.internal:443 password=hunter2');
      },
      limits: { maxDepth: 12, maxCost: 25_000, maxAliases: 30, rateLimitPerMinute: 0 },
      introspection: true,
      metrics: createMetrics(),
      log: pino({ level: 'silent' }),
    });
    await new Promise<void>((resolve) => broken.httpServer.listen(0, '127.0.0.1', resolve));
    try {
      const address = broken.httpServer.address() as AddressInfo;
      const res = await fetch(`http://127.0.0.1:${address.port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": "{ __typename }"}' });
      expect(res.status).toBe(500);
      expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      const text = await res.text();
      expect(text).not.toMatch(/hunter2|ECONNREFUSED|stacktrace|\.ts:\d/);
      expect(JSON.parse(text).errors[0]).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    } finally {
      await broken.apollo.stop();
    }
  });
});

describe('unknown paths', () => {
  it('answer 404 as JSON, pointing at /graphql', async () => {
    const res = await fetch(`${t.origin}/graphq`);
    expect(res.status).toBe(404);
    expect((await res.json()).errors[0].message).toMatch(/\/graphql/);
  });
});

describe('GET /graphql?query=', () => {
  const get = (headers: Record<string, string> = {}) => fetch(`${t.url}?query=${encodeURIComponent('{ __typename }')}`, { headers });

  it("is blocked by Apollo's CSRF prevention without a preflight-forcing header", async () => {
    const res = await get();
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(body.errors[0].message).toMatch(/apollo-require-preflight/);
  });

  it('works with apollo-require-preflight: true (or x-apollo-operation-name)', async () => {
    expect(await (await get({ 'apollo-require-preflight': 'true' })).json()).toEqual({ data: { __typename: 'Query' } });
    expect(await (await get({ 'x-apollo-operation-name': 'Probe' })).json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('takes variables and an operation name from the query string', async () => {
    const search = new URLSearchParams({ query: 'query A { a: __typename } query B($n: Int) { members(first: $n) { totalCount } }', operationName: 'B', variables: '{"n": 2}' });
    const res = await fetch(`${t.url}?${search}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(await res.json()).toEqual({ data: { members: { totalCount: 0 } } });
  });

  it('refuses a mutation over GET', async () => {
    const res = await fetch(`${t.url}?query=${encodeURIComponent('mutation { deleteHoldings(input: { memberCode: "X", localIds: [] }) { deletedLocalIds } }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(res.status).toBe(405);
    await res.arrayBuffer();
  });
});

describe('request ids', () => {
  it('are on every response', async () => {
    for (const path of ['/healthz', '/readyz', '/metrics', '/graphql', '/graphiql/graphiql.min.css', '/no-such-page']) {
      const res = await fetch(`${t.origin}${path}`, { headers: { accept: 'text/html' } });
      expect(res.headers.get('x-request-id'), path).toMatch(/^[0-9a-f-]{36}$/);
      await res.arrayBuffer();
    }
    const post = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
    expect(post.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    await post.arrayBuffer();
  });

  it('are new for each request', async () => {
    const a = (await fetch(`${t.origin}/healthz`)).headers.get('x-request-id');
    const b = (await fetch(`${t.origin}/healthz`)).headers.get('x-request-id');
    expect(a).not.toBe(b);
  });

  it('echo a valid incoming id and replace an unsafe one', async () => {
    const ok = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'lb-7f3a.42_x' }, body: '{"query":"{ __typename }"}' });
    expect(ok.headers.get('x-request-id')).toBe('lb-7f3a.42_x');
    await ok.arrayBuffer();
    for (const bad of ['has space', 'a'.repeat(129), 'x<script>']) {
      const res = await fetch(`${t.origin}/healthz`, { headers: { 'x-request-id': bad } });
      expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      await res.arrayBuffer();
    }
  });
});

describe('CORS', () => {
  it('lets a page on any site preflight a call with a bearer token', async () => {
    const res = await fetch(t.url, {
      method: 'OPTIONS',
      headers: { origin: 'https://library.example.edu', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' },
    });
    expect(res.status).toBeGreaterThanOrEqual(200);
    expect(res.status).toBeLessThan(300);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-methods')).toMatch(/POST/);
    const allowed = (res.headers.get('access-control-allow-headers') ?? '').toLowerCase().split(/\s*,\s*/);
    expect(allowed.sort()).toEqual(['apollo-require-preflight', 'authorization', 'content-type', 'x-api-key', 'x-request-id']);
    expect(res.headers.get('access-control-max-age')).toBe('86400');
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await res.text()).toBe('');
  });

  it('marks actual responses readable cross-origin, request id included', async () => {
    const res = await fetch(t.url, { method: 'POST', headers: { origin: 'https://library.example.edu', 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-expose-headers')).toMatch(/x-request-id/);
    await res.arrayBuffer();
  });
});

describe('rate limit', () => {
  let limited: TestApp;
  beforeAll(async () => {
    limited = await startTestApp({ rateLimitPerMinute: 3, seed: false });
  });
  afterAll(() => limited?.close());

  it('counts API calls (POST and GET), not the IDE, the hint or preflights, and answers 429 past the limit', async () => {
    const query = '{ __typename }';
    for (let i = 0; i < 3; i++) {
      await (await fetch(limited.url, { headers: { accept: 'text/html' } })).arrayBuffer();
      await (await fetch(limited.url)).arrayBuffer();
      await (await fetch(limited.url, { method: 'OPTIONS', headers: { origin: 'https://x.example', 'access-control-request-method': 'POST' } })).arrayBuffer();
    }
    expect((await limited.execute(query)).data).toEqual({ __typename: 'Query' });
    expect(await (await fetch(`${limited.url}?query=${encodeURIComponent(query)}`, { headers: { 'apollo-require-preflight': 'true' } })).json()).toEqual({ data: { __typename: 'Query' } });
    expect((await limited.execute(query)).data).toEqual({ __typename: 'Query' });
    const refused = await fetch(limited.url, { method: 'POST', headers: { 'content-type': 'application/json', origin: 'https://x.example' }, body: JSON.stringify({ query }) });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('60');
    expect(refused.headers.get('access-control-allow-origin')).toBe('*');
    expect(refused.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await refused.json()).toEqual({ errors: [{ message: 'Too many requests: at most 3 a minute per client.', extensions: { code: 'RATE_LIMITED' } }] });
    const refusedGet = await fetch(`${limited.url}?query=${encodeURIComponent(query)}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(refusedGet.status).toBe(429);
    await refusedGet.arrayBuffer();
    // a client with a token has its own allowance
    const token = await limited.token('analyst');
    expect((await limited.execute(query, undefined, token)).data).toEqual({ __typename: 'Query' });
  });
});

describe('introspection switched off', () => {
  let closed: TestApp;
  beforeAll(async () => {
    closed = await startTestApp({ introspection: false, seed: false });
  });
  afterAll(() => closed?.close());

  it('refuses __schema and __type, but answers ordinary queries', async () => {
    const schemaQuery = await closed.execute('{ __schema { queryType { name } } }');
    expect(schemaQuery.data).toBeUndefined();
    expect(schemaQuery.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(schemaQuery.errors?.[0].message).toMatch(/introspection/i);
    expect((await closed.execute('{ __type(name: "Record") { name } }')).errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const ordinary = await closed.execute('{ records(first: 1) { totalCount } }');
    expect(ordinary.errors).toBeUndefined();
    expect(ordinary.data).toEqual({ records: { totalCount: 0 } });
    // the default app (introspection on) answers the same __schema query
    expect((await t.execute('{ __schema { queryType { name } } }')).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });
});

describe('formatError', () => {
  const sqlError = Object.assign(new Error('insert into "holdings" ("member_id") values ($1) -- duplicate key value violates unique constraint "holdings_pkey"'), { code: '23505' });

  it('hides an unexpected error behind "Internal server error", without stack or SQL', () => {
    const wrapped = new GraphQLError(sqlError.message, { originalError: sqlError, path: ['upsertHoldings'] });
    const formatted = formatError({ message: sqlError.message, path: ['upsertHoldings'], extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: String(sqlError.stack).split('\n') } }, wrapped);
    expect(formatted).toEqual({ message: 'Internal server error', path: ['upsertHoldings'], locations: undefined, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(JSON.stringify(formatted)).not.toMatch(/holdings_pkey|insert into|stacktrace/);
  });

  it('hides an error whose code is not one we raise on purpose', () => {
    const formatted = formatError({ message: 'select * from secrets', extensions: { code: '23505' } }, sqlError);
    expect(formatted.message).toBe('Internal server error');
    expect(formatted.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });

  it('passes our own errors through, minus the stack trace', () => {
    const formatted = formatError({ message: 'Sign in first', path: ['upsertHoldings'], extensions: { code: 'UNAUTHENTICATED', stacktrace: ['at x (y.ts:1:1)'] } }, new GraphQLError('Sign in first'));
    expect(formatted).toEqual({ message: 'Sign in first', path: ['upsertHoldings'], extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('answers TRY_AGAIN, with what happened, when concurrent writes kept colliding and the retries ran out', () => {
    const conflict = new TransactionConflictError('40P01', 5);
    const wrapped = new GraphQLError(conflict.message, { originalError: conflict, path: ['upsertHoldings'] });
    const formatted = formatError({ message: conflict.message, path: ['upsertHoldings'], extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x (y.ts:1:1)'] } }, wrapped);
    expect(formatted).toEqual({ message: conflict.message, path: ['upsertHoldings'], locations: undefined, extensions: { code: 'TRY_AGAIN' } });
    expect(formatted.message).toMatch(/deadlock.*nothing of it was written: try again/);
  });

  it('keeps extra fields of a user error', () => {
    const formatted = formatError({ message: '`first` must be at most 100, got 101', extensions: { code: 'BAD_USER_INPUT', argument: 'first' } }, undefined);
    expect(formatted.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'first' });
  });
});
