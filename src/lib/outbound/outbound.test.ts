/** The outbound client against small servers on 127.0.0.1: refusals, the allow-list, redirects, deadline, size cap. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addressProblem, createOutboundClient, OutboundError, type OutboundSettings } from './index.js';

interface Local {
  port: number;
  hits: string[];
  close(): Promise<void>;
}

async function local(handler: (req: http.IncomingMessage, res: http.ServerResponse) => void): Promise<Local> {
  const hits: string[] = [];
  const sockets = new Set<import('node:net').Socket>();
  const server = http.createServer((req, res) => {
    hits.push(req.url ?? '');
    handler(req, res);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

const base: OutboundSettings = { allowedHosts: [], timeoutMs: 5_000, maxBytes: 1_000_000, maxRedirects: 3 };

async function refusal(promise: Promise<unknown>): Promise<OutboundError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(OutboundError);
  return err as OutboundError;
}

let ok: Local;
let other: Local;
let silent: Local;
let big: Local;

beforeAll(async () => {
  other = await local((_req, res) => res.end('other'));
  ok = await local((req, res) => {
    if (req.url === '/hello') return void res.end('hello');
    if (req.url === '/to-loopback') return void res.writeHead(302, { location: `https://127.0.0.1:${other.port}/secret` }).end();
    if (req.url === '/to-localhost') return void res.writeHead(307, { location: `http://localhost:${other.port}/secret` }).end();
    if (req.url === '/hop') return void res.writeHead(301, { location: '/hello' }).end();
    if (req.url === '/loop') return void res.writeHead(302, { location: '/loop' }).end();
    if (req.url === '/busy') return void res.writeHead(503).end('busy');
    if (req.url === '/gzip') return void res.writeHead(200, { 'content-encoding': 'gzip' }).end(zlib.gzipSync('zipped'));
    res.writeHead(404).end();
  });
  silent = await local(() => {}); // accepts and never answers
  big = await local((req, res) => {
    if (req.url === '/declared') return void res.writeHead(200, { 'content-length': '5000' }).end('x'.repeat(5000));
    if (req.url === '/bomb') return void res.writeHead(200, { 'content-encoding': 'gzip' }).end(zlib.gzipSync(Buffer.alloc(200_000)));
    res.write('x'.repeat(3000));
    res.end('y'.repeat(3000));
  });
});
afterAll(async () => {
  await Promise.all([ok, other, silent, big].map((s) => s?.close()));
});

describe('addressProblem', () => {
  it.each([
    ['127.0.0.1', /loopback/],
    ['10.1.2.3', /private/],
    ['172.16.5.4', /private/],
    ['192.168.1.1', /private/],
    ['169.254.169.254', /link-local/],
    ['0.0.0.0', /unspecified/],
    ['224.0.0.1', /multicast/],
    ['::1', /loopback/],
    ['::', /unspecified/],
    ['fc00::1', /private \(fc00::\/7\)/],
    ['fd12:3456::1', /private/],
    ['fe80::1', /link-local/],
    ['ff02::1', /multicast/],
    ['::ffff:127.0.0.1', /127\.0\.0\.1 is loopback/],
    ['::ffff:10.0.0.1', /private/],
  ])('refuses %s', (address, reason) => {
    expect(addressProblem(address)).toMatch(reason);
  });

  it.each(['8.8.8.8', '2001:4860:4860::8888', '::ffff:8.8.8.8'])('lets %s through', (address) => {
    expect(addressProblem(address)).toBeNull();
  });
});

describe('the outbound client', () => {
  it('refuses plain http to a host not in the allow-list, without connecting', async () => {
    const err = await refusal(createOutboundClient(base).request(`http://127.0.0.1:${ok.port}/hello`));
    expect(err.code).toBe('OUTBOUND_REFUSED');
    expect(err.message).toMatch(/plain http/);
    expect(ok.hits).not.toContain('/hello');
  });

  it('refuses https to a loopback address, and a public-looking name that resolves to one', async () => {
    const client = createOutboundClient({ ...base, lookup: async () => [{ address: '127.0.0.1', family: 4 }] });
    const literal = await refusal(client.request(`https://127.0.0.1:${ok.port}/hello`));
    expect(literal.code).toBe('OUTBOUND_REFUSED');
    expect(literal.message).toMatch(/127\.0\.0\.1 is loopback/);
    const named = await refusal(client.request('https://sushi.example.org/r51/reports/pr'));
    expect(named.message).toMatch(/sushi\.example\.org resolves to 127\.0\.0\.1, which is loopback/);
    const metadata = await refusal(createOutboundClient({ ...base, lookup: async () => [{ address: '8.8.8.8', family: 4 }, { address: '169.254.169.254', family: 4 }] }).request('https://mixed.example.org/'));
    expect(metadata.message).toMatch(/169\.254\.169\.254, which is link-local/);
    const real = await refusal(createOutboundClient(base).request(`https://localhost:${ok.port}/hello`)); // the system resolver
    expect(real.code).toBe('OUTBOUND_REFUSED');
  });

  it('refuses schemes other than http and https', async () => {
    const err = await refusal(createOutboundClient(base).request('file:///etc/passwd'));
    expect(err).toMatchObject({ code: 'OUTBOUND_REFUSED' });
    expect(err.message).toMatch(/file: URLs are not fetched/);
  });

  it('fetches from a host in the allow-list, by host:port or by host', async () => {
    const byPort = await createOutboundClient({ ...base, allowedHosts: [`127.0.0.1:${ok.port}`] }).request(`http://127.0.0.1:${ok.port}/hello`);
    expect(byPort).toMatchObject({ status: 200, redirects: [] });
    expect(byPort.body.toString()).toBe('hello');
    const byHost = await createOutboundClient({ ...base, allowedHosts: ['127.0.0.1'] }).request(`http://127.0.0.1:${ok.port}/gzip`);
    expect(byHost.body.toString()).toBe('zipped');
  });

  it('follows a redirect within the allowed host, and never to a refused one', async () => {
    const client = createOutboundClient({ ...base, allowedHosts: [`127.0.0.1:${ok.port}`] });
    const followed = await client.request(`http://127.0.0.1:${ok.port}/hop`);
    expect(followed.body.toString()).toBe('hello');
    expect(followed.redirects).toEqual([`http://127.0.0.1:${ok.port}/hello`]);
    const before = other.hits.length;
    const toLoopback = await refusal(client.request(`http://127.0.0.1:${ok.port}/to-loopback`));
    expect(toLoopback.code).toBe('OUTBOUND_REFUSED');
    expect(toLoopback.message).toMatch(/127\.0\.0\.1 is loopback/);
    const toLocalhost = await refusal(client.request(`http://127.0.0.1:${ok.port}/to-localhost`));
    expect(toLocalhost.message).toMatch(/plain http to localhost/);
    expect(other.hits.length).toBe(before);
  });

  it('returns a redirect as the answer, without following it, when the call says so', async () => {
    const client = createOutboundClient({ ...base, allowedHosts: [`127.0.0.1:${ok.port}`, `127.0.0.1:${other.port}`] });
    const before = ok.hits.filter((h) => h === '/hello').length;
    const answer = await client.request(`http://127.0.0.1:${ok.port}/hop`, { method: 'POST', body: '{}', followRedirects: false });
    expect(answer).toMatchObject({ status: 301, redirects: [] });
    expect(answer.headers.location).toBe('/hello');
    expect(ok.hits.filter((h) => h === '/hello').length).toBe(before);
  });

  it('stops after the most redirects allowed', async () => {
    const err = await refusal(createOutboundClient({ ...base, allowedHosts: [`127.0.0.1:${ok.port}`] }).request(`http://127.0.0.1:${ok.port}/loop`));
    expect(err.code).toBe('TOO_MANY_REDIRECTS');
  });

  it('gives up on a server that never answers, at the deadline', async () => {
    const err = await refusal(createOutboundClient({ ...base, allowedHosts: [`127.0.0.1:${silent.port}`], timeoutMs: 200 }).request(`http://127.0.0.1:${silent.port}/report`));
    expect(err.code).toBe('TIMEOUT');
  });

  it('refuses an answer larger than the cap, declared, streamed or decompressed', async () => {
    const client = createOutboundClient({ ...base, allowedHosts: [`127.0.0.1:${big.port}`], maxBytes: 4_000 });
    for (const path of ['/declared', '/streamed', '/bomb']) {
      const err = await refusal(client.request(`http://127.0.0.1:${big.port}${path}`));
      expect(err.code, path).toBe('TOO_LARGE');
    }
  });

  it('answers any status from request, and HTTP_STATUS from requestOk', async () => {
    const client = createOutboundClient({ ...base, allowedHosts: [`127.0.0.1:${ok.port}`] });
    expect((await client.request(`http://127.0.0.1:${ok.port}/busy`)).status).toBe(503);
    const err = await refusal(client.requestOk(`http://127.0.0.1:${ok.port}/busy`));
    expect(err.code).toBe('HTTP_STATUS');
    expect(err.response?.status).toBe(503);
    expect(err.response?.body.toString()).toBe('busy');
  });

  it('says NETWORK when nothing listens', async () => {
    const gone = await local(() => {});
    await gone.close();
    const err = await refusal(createOutboundClient({ ...base, allowedHosts: [`127.0.0.1:${gone.port}`] }).request(`http://127.0.0.1:${gone.port}/`));
    expect(err.code).toBe('NETWORK');
  });
});
