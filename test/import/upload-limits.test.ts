/**
 * importMarcRecords over HTTP, at its edges: requests refused before a load is recorded (an unknown
 * or NUL-bearing encoding, base64 that decodes to no MARC record), the 20 MB of MARC the README
 * promises (taken whole from member staff, one byte more refused naming the field and the limit),
 * and the request body limits (1 MB for anyone, 32 MB for a token that may upload), answered with
 * 413 and a JSON error naming the limit.
 */
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_VIEWER } from '../../src/auth/viewer.js';
import { BODY_LIMIT, UPLOAD_BODY_LIMIT } from '../../src/http/app.js';
import { imports, MAX_UPLOAD_BYTES, uploadMarc } from '../../src/modules/imports/index.js';
import { addMember, marcFile, marcFileOfSize } from '../support/marc-books.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const M = 'CN-T-UPLD';
const IMPORT = `mutation($input: ImportMarcRecordsInput!) { importMarcRecords(input: $input) {
  importRun { status read created rejected { reason } } userErrors { field code message } } }`;

let t: TestApp;
let staff: string;
beforeAll(async () => {
  t = await startTestApp({ seed: false });
  await addMember(t.database.db, M);
  staff = await t.token('member', M);
});
afterAll(() => t?.close());

const loads = async () => (await t.database.db.select({ n: count() }).from(imports))[0].n;
const upload = (input: Record<string, unknown>, token = staff) => t.execute(IMPORT, { input: { memberCode: M, ...input } }, token);
const post = (body: string, token?: string) =>
  fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body });
const ONE_BOOK = marcFile([{ id: 'u1', title: 'A book to upload' }]).toString('base64');

describe('importMarcRecords refuses before anything is recorded', () => {
  it('an unknown encoding, or one with a NUL byte, on the encoding input', async () => {
    const before = await loads();
    const r = await upload({ iso2709Base64: ONE_BOOK, encoding: 'klingon' });
    expect(r.data!.importMarcRecords).toEqual({ importRun: null, userErrors: [{ field: ['encoding'], code: 'INVALID_VALUE', message: expect.stringMatching(/^unknown character set "klingon": use auto, utf8, marc8/) }] });
    // through the service too (a NUL may be refused earlier, by the API's input checks)
    const nul = await uploadMarc(t.database.db, SYSTEM_VIEWER, { memberCode: M, iso2709Base64: ONE_BOOK, dialect: 'auto', encoding: 'utf8\u0000' });
    expect(nul).toEqual({ importRun: null, userErrors: [{ field: ['encoding'], code: 'INVALID_VALUE', message: expect.stringContaining('unknown character set "utf8\\u0000"') }] });
    expect(await loads()).toBe(before);
  });

  it.each([
    ['MTIz', 'three digits'],
    ['MDAwMDA=', 'five zeros'],
    ['MTIzNDU2Nzg5MA==', 'a truncated "record"'],
    [Buffer.from('<collection xmlns="http://www.loc.gov/MARC21/slim"></collection>').toString('base64'), 'an empty MARCXML collection'],
  ])('base64 that decodes to no MARC record (%s: %s) as NOT_MARC', async (text) => {
    const before = await loads();
    const r = await upload({ iso2709Base64: text });
    expect(r.data!.importMarcRecords).toEqual({ importRun: null, userErrors: [{ field: ['iso2709Base64'], code: 'NOT_MARC', message: expect.stringMatching(/^(no MARC record could be read from upload|unsupported format)/) }] });
    expect(await loads()).toBe(before);
  });

  it('base64 that is not base64, as INVALID_BASE64', async () => {
    const before = await loads();
    const r = await upload({ iso2709Base64: `${ONE_BOOK.slice(0, 8)}!${ONE_BOOK.slice(9)}` });
    expect(r.data!.importMarcRecords.userErrors).toEqual([{ field: ['iso2709Base64'], code: 'INVALID_BASE64', message: expect.stringMatching(/^not base64/) }]);
    expect(await loads()).toBe(before);
  });
});

describe('20 MB of MARC a call', () => {
  const file = marcFileOfSize(MAX_UPLOAD_BYTES, 'big');

  it('takes exactly 20 MB of ISO 2709 in base64, wrapped in MIME lines, in one call by member staff', async () => {
    expect(MAX_UPLOAD_BYTES).toBe(20 * 1024 * 1024);
    const wrapped = file.toString('base64').replace(/.{76}/g, '$&\r\n');
    const body = JSON.stringify({ query: IMPORT, variables: { input: { memberCode: M, iso2709Base64: wrapped } } });
    expect(body.length).toBeGreaterThan(BODY_LIMIT);
    expect(body.length).toBeLessThan(UPLOAD_BODY_LIMIT);
    const res = await post(body, staff);
    expect(res.status).toBe(200);
    const records = file.filter((b) => b === 0x1d).length;
    expect((await res.json()).data.importMarcRecords).toEqual({ importRun: { status: 'SUCCEEDED', read: records, created: records, rejected: [] }, userErrors: [] });
  }, 300_000); // 20 MB through HTTP, base64 and the catalogue: minutes on a busy machine

  it('refuses one byte more, naming the field and the limit, and records no load', async () => {
    const before = await loads();
    const over = Buffer.concat([file, Buffer.from('0')]);
    const r = await upload({ iso2709Base64: over.toString('base64') });
    expect(r.data!.importMarcRecords).toEqual({
      importRun: null,
      userErrors: [{ field: ['iso2709Base64'], code: 'TOO_LARGE', message: 'iso2709Base64: at most 20 MB (20,971,520 bytes) of MARC per call, this is 20 MB (20,971,521 bytes); split the file or load it with the CLI (import marc)' }],
    });
    const xml = await uploadMarc(t.database.db, SYSTEM_VIEWER, { memberCode: M, marcxml: `<collection>${' '.repeat(MAX_UPLOAD_BYTES)}</collection>`, dialect: 'auto' });
    expect(xml.userErrors).toEqual([{ field: ['marcxml'], code: 'TOO_LARGE', message: expect.stringMatching(/^marcxml: at most 20 MB \(20,971,520 bytes\) of MARC per call/) }]);
    expect(await loads()).toBe(before);
  }, 180_000);
});

describe('request body limits', () => {
  /** a query of exactly `size` bytes of JSON */
  const bodyOf = (size: number) => {
    // the padding goes in a variable: a query text that long is refused before the body limit matters
    const base = JSON.stringify({ query: '{ __typename }', variables: { pad: '' } }).length;
    const body = JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(size - base) } });
    expect(body.length).toBe(size);
    return body;
  };
  const tooLarge = (limit: number) => ({ errors: [{ message: expect.stringContaining(`The request body is too large: at most ${limit === BODY_LIMIT ? '1 MB (1,048,576 bytes)' : '32 MB (33,554,432 bytes)'}.`), extensions: { code: 'BAD_REQUEST', maxBytes: limit } }] });

  it('takes up to 1 MB from anyone; more is 413 naming the limit, and how to send more', async () => {
    const anonymous = await post(bodyOf(BODY_LIMIT + 10));
    expect(anonymous.status).toBe(413);
    const answer = await anonymous.json();
    expect(answer).toEqual(tooLarge(BODY_LIMIT));
    expect(answer.errors[0].message).toMatch(/Member staff and admins, with their bearer token, may send up to 32 MB/);
    // an analyst may not upload: the same 1 MB
    expect((await post(bodyOf(BODY_LIMIT + 10), await t.token('analyst'))).status).toBe(413);
    expect(await (await post(bodyOf(BODY_LIMIT - 100))).json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('takes up to 32 MB with a token that may upload, declared or streamed; more is 413 naming that limit', async () => {
    expect(await (await post(bodyOf(BODY_LIMIT + 10), staff)).json()).toEqual({ data: { __typename: 'Query' } });
    const over = await post(bodyOf(UPLOAD_BODY_LIMIT + 10), staff);
    expect(over.status).toBe(413);
    expect(await over.json()).toEqual(tooLarge(UPLOAD_BODY_LIMIT));
    // streamed, without a declared length: the same answers
    const streamed = async (text: string, token?: string) => {
      const bytes = new TextEncoder().encode(text);
      let sent = 0;
      const body = new ReadableStream({
        pull(c) {
          if (sent >= bytes.length) return c.close();
          c.enqueue(bytes.subarray(sent, sent + 1024 * 1024));
          sent += 1024 * 1024;
        },
      });
      return fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body, duplex: 'half' } as RequestInit);
    };
    expect(await (await streamed(bodyOf(BODY_LIMIT + 10), staff)).json()).toEqual({ data: { __typename: 'Query' } });
    const anonymous = await streamed(bodyOf(BODY_LIMIT + 10));
    expect(anonymous.status).toBe(413);
    expect(await anonymous.json()).toEqual(tooLarge(BODY_LIMIT));
    const overStreamed = await streamed(bodyOf(UPLOAD_BODY_LIMIT + 10), staff);
    expect(overStreamed.status).toBe(413);
    expect(await overStreamed.json()).toEqual(tooLarge(UPLOAD_BODY_LIMIT));
    // and the server keeps serving
    expect(await t.execute('{ __typename }')).toEqual({ data: { __typename: 'Query' } });
  }, 180_000);
});
