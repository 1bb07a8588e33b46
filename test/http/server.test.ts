/** The HTTP server around the API: probes, metrics, GraphiQL, request ids, CORS, introspection, GET. */
import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatError } from '../../src/http/app.js';
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
  it('opens in a browser at GET /graphql, with only local assets', async () => {
    const res = await fetch(t.url, { headers: { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain('<script src="/graphiql/yoga-graphiql.umd.js"></script>');
    expect(html).toContain('href="/graphiql/graphiql.css"');
    expect(html).toContain('"endpoint":"/graphql"');
    expect(html.match(/(?:https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}/gi) ?? []).toEqual([]);
    for (const m of html.matchAll(/(?:src|href)="([^"]+)"/g)) expect(m[1]).toMatch(/^\/graphiql\//);
  });

  it('serves its script and stylesheet', async () => {
    const js = await fetch(`${t.origin}/graphiql/yoga-graphiql.umd.js`);
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toMatch(/javascript/);
    expect((await js.text()).length).toBeGreaterThan(100_000);
    const css = await fetch(`${t.origin}/graphiql/graphiql.css`);
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toMatch(/^text\/css/);
    await css.arrayBuffer();
  });

  it('does not take over GET /graphql for API clients', async () => {
    const res = await fetch(t.url, { headers: { accept: 'application/json' } });
    expect(res.headers.get('content-type')).not.toMatch(/html/);
    await res.arrayBuffer();
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

  it('refuses a mutation over GET', async () => {
    const res = await fetch(`${t.url}?query=${encodeURIComponent('mutation { deleteHoldings(input: { memberCode: "X", localIds: [] }) { deletedLocalIds } }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(res.status).toBe(405);
    await res.arrayBuffer();
  });
});

describe('request ids', () => {
  it('are on every response', async () => {
    for (const path of ['/healthz', '/readyz', '/metrics', '/graphql', '/graphiql/graphiql.css', '/no-such-page']) {
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
    expect(allowed).toEqual(expect.arrayContaining(['authorization', 'content-type', 'apollo-require-preflight']));
    await res.arrayBuffer();
  });

  it('marks actual responses readable cross-origin, request id included', async () => {
    const res = await fetch(t.url, { method: 'POST', headers: { origin: 'https://library.example.edu', 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-expose-headers')).toMatch(/x-request-id/);
    await res.arrayBuffer();
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

  it('keeps extra fields of a user error', () => {
    const formatted = formatError({ message: '`first` must be at most 100, got 101', extensions: { code: 'BAD_USER_INPUT', argument: 'first' } }, undefined);
    expect(formatted.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'first' });
  });
});
