/**
 * ISO 18626 without a database: every file under ../shared/fixtures/iso18626/ read, normalised and
 * validated against the v1.2 XSD (several are invalid on purpose: templates with placeholders, bare
 * elements from unit tests, empty enumerations); our own confirmations validated against the same
 * schema; the version 1.0 reading; where the schema is looked for.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  confirmationXml,
  createXsdValidator,
  findPlaceholder,
  ISO18626_CONFIRMATION_KINDS,
  ISO18626_XSD_FILE,
  MAX_WAITING_VALIDATIONS,
  openEnvelope,
  parseXml,
  readHeader,
  readMessage,
  resolveXsdPath,
  serialize,
  XsdUnavailable,
  type Iso18626ConfirmationKind,
} from '../../src/modules/ill/index.js';

const FIXTURES = fileURLToPath(new URL('../../../shared/fixtures/iso18626/', import.meta.url));
const XSD_DIR = path.join(FIXTURES, 'xsd');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');

const validator = createXsdValidator(resolveXsdPath(null));
afterAll(() => validator.close());

async function check(text: string) {
  const parsed = parseXml(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  const envelope = openEnvelope(parsed.root);
  const result = await validator.validate(serialize(envelope.root));
  return { envelope, result, placeholder: envelope.body ? findPlaceholder(envelope.body) : null };
}

/**
 * What each fixture is, as read here. Every file of the folder must be listed (a new fixture fails
 * this test until someone says what it should be).
 */
const EXPECTED: Record<string, { kind: string; wrapped: boolean; version: string; valid: boolean; firstError?: RegExp; placeholder?: string }> = {
  'modrs-it-cancelResponseReplyNoTemplate.xml': { kind: 'supplyingAgencyMessage', wrapped: true, version: '1.2', valid: false, firstError: /timestamp.*'_TIMESTAMP_'/, placeholder: 'header/supplyingAgencyId/agencyIdValue' },
  'modrs-it-illmockrequest.xml': { kind: 'request', wrapped: true, version: '1.2', valid: true },
  // no supplyingAgencyId in its header, and bibliographicInfo/authorId is from the 2021 revision
  'modrs-it-patronRequest.xml': { kind: 'request', wrapped: true, version: '1.2', valid: false, firstError: /requestingAgencyId.*not expected/, placeholder: 'header/requestingAgencyId/agencyIdValue' },
  'modrs-it-statusChangeExpectToSupplyTemplate.xml': { kind: 'supplyingAgencyMessage', wrapped: true, version: '', valid: false, firstError: /'_TIMESTAMP_'/, placeholder: 'header/supplyingAgencyId/agencyIdValue' },
  'modrs-it-statusChangeUnfilledTemplate.xml': { kind: 'supplyingAgencyMessage', wrapped: true, version: '', valid: false, firstError: /'_TIMESTAMP_'/, placeholder: 'header/supplyingAgencyId/agencyIdValue' },
  'modrs-it-supplyingAgencyMessage_statusChange.xml': { kind: 'supplyingAgencyMessage', wrapped: true, version: '1.0', valid: false, firstError: /answerYesNo/, placeholder: 'header/supplyingAgencyId/agencyIdValue' },
  'modrs-okapi-iso18626_req_1.xml': { kind: 'request', wrapped: true, version: '1.0', valid: true },
  'modrs-protocol_tests-case1_request.xml': { kind: 'request', wrapped: true, version: '1.0', valid: true },
  // the unit-test files are bare elements, and write time zones as +0000, which xs:dateTime refuses
  'modrs-unit-request.xml': { kind: 'request', wrapped: false, version: '', valid: false, firstError: /timestamp.*1900-01-01T01:01:01\+0000/ },
  'modrs-unit-requestConfirmation.xml': { kind: 'requestConfirmation', wrapped: false, version: '', valid: false, firstError: /timestamp/ },
  'modrs-unit-requestingAgencyMessage.xml': { kind: 'requestingAgencyMessage', wrapped: false, version: '', valid: false, firstError: /timestamp/ },
  'modrs-unit-requestingAgencyMessageConfirmation.xml': { kind: 'requestingAgencyMessageConfirmation', wrapped: false, version: '', valid: false, firstError: /timestamp/ },
  'modrs-unit-supplyingAgencyMessage.xml': { kind: 'supplyingAgencyMessage', wrapped: false, version: '', valid: false, firstError: /timestamp/ },
  'modrs-unit-supplyingAgencyMessageConfirmation.xml': { kind: 'supplyingAgencyMessageConfirmation', wrapped: false, version: '', valid: false, firstError: /timestamp/ },
};

describe('every fixture under ../shared/fixtures/iso18626/', () => {
  const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.xml')).sort();

  it('is listed here with what it should be', () => {
    expect(files).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(files)('%s: message, version, schema verdict and placeholder as expected', async (file) => {
    const want = EXPECTED[file];
    const { envelope, result, placeholder } = await check(fixture(file));
    expect({ kind: envelope.kind, wrapped: envelope.wrapped, version: envelope.version, valid: result.valid }).toEqual({ kind: want.kind, wrapped: want.wrapped, version: want.version, valid: want.valid });
    if (want.firstError) expect(result.errors[0]).toMatch(want.firstError);
    expect(placeholder?.path ?? null).toBe(want.placeholder ?? null);
  });
});

describe('reading messages', () => {
  it('types a request: agencies, bibliographic data, service', async () => {
    const { envelope } = await check(fixture('modrs-it-illmockrequest.xml'));
    const message = readMessage('request', envelope.body!);
    expect(message).toMatchObject({
      kind: 'request',
      header: { supplyingAgencyId: { type: 'DMMY', value: 'NIA1' }, requestingAgencyId: { type: 'DMMY', value: 'NIA2' }, requestingAgencyRequestId: 'DMMYNIA2-1', multipleItemRequestId: null },
      bibliographicInfo: { title: 'Layered of the Rungs', author: 'Junior Tooken', itemIds: [{ code: 'ISBN', value: '1884' }] },
      serviceInfo: { requestType: 'New', serviceType: 'Loan', note: '#CANCEL#' },
    });
  });

  it('reads a version 1.0 message with the v1.2 schema: the header gains an empty multipleItemRequestId, nothing else changes', async () => {
    const text = fixture('modrs-protocol_tests-case1_request.xml');
    const raw = await validator.validate(text);
    expect(raw.valid).toBe(false); // as sent, v1.2 misses header/multipleItemRequestId
    expect(raw.errors[0]).toMatch(/timestamp.*This element is not expected.*multipleItemRequestId/);
    const { envelope, result } = await check(text);
    expect(result).toEqual({ valid: true, errors: [] });
    expect(readHeader(envelope.body).requestingAgencyId).toEqual({ type: 'RESHARE', value: 'MILL' });
    expect(serialize(envelope.root)).toContain('<requestingAgencyId><agencyIdType>RESHARE</agencyIdType><agencyIdValue>MILL</agencyIdValue></requestingAgencyId><multipleItemRequestId></multipleItemRequestId><timestamp>');
  });

  it('reads a message sent in no namespace, with an unqualified version, as the ISO 18626 one (a filled mod-rs template)', async () => {
    const filled = fixture('modrs-it-statusChangeUnfilledTemplate.xml')
      .replace('version=""', 'version="1.2"')
      .replace('_SUPPLY_AGENCY_ID_', 'CN-A')
      .replace('_REQUEST_AGENCY_ID_', 'CN-B')
      .replace('_REQUEST_ID_', 'r-1')
      .replaceAll('_TIMESTAMP_', '2026-12-06T10:00:00Z');
    const { envelope, result, placeholder } = await check(filled);
    expect(result).toEqual({ valid: true, errors: [] });
    expect(placeholder).toBeNull();
    expect(readMessage('supplyingAgencyMessage', envelope.body!)).toMatchObject({ reasonForMessage: 'StatusChange', status: 'Unfilled', header: { requestingAgencyRequestId: 'r-1' } });
  });

  it('refuses a DOCTYPE before anything reads it (no entity expansion, no external entities)', () => {
    const parsed = parseXml('<!DOCTYPE x [<!ENTITY a "aaaa">]><ISO18626Message xmlns="http://illtransactions.org/2013/iso18626">&a;</ISO18626Message>');
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.reason).toMatch(/DOCTYPE is not allowed/);
  });

  it('says where XML stops being well-formed', () => {
    const parsed = parseXml('<ISO18626Message xmlns="http://illtransactions.org/2013/iso18626"><request><header></request></ISO18626Message>');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.reason).toMatch(/unexpected close tag/);
    expect(parsed.partial?.children[0].name).toBe('request'); // enough to answer with a requestConfirmation
  });
});

describe('our confirmations', () => {
  const header = { supplyingAgencyId: { type: 'ISIL', value: 'CN-A' }, requestingAgencyId: { type: 'ISIL', value: 'CN-B' }, multipleItemRequestId: null, timestamp: '2026-12-06T17:59:58.5+08:00', requestingAgencyRequestId: 'r & <1>', supplyingAgencyRequestId: null };
  const cases: [Iso18626ConfirmationKind, string | null][] = [
    ['requestConfirmation', null],
    ['supplyingAgencyMessageConfirmation', 'StatusChange'],
    ['requestingAgencyMessageConfirmation', 'Received'],
  ];
  it('cover the three message kinds', () => expect(cases.map(([k]) => k).sort()).toEqual([...ISO18626_CONFIRMATION_KINDS].sort()));

  it.each(cases)('%s is valid against the v1.2 XSD, OK and ERROR, and says what it should', async (kind, echo) => {
    const received = new Date('2026-12-06T10:00:00.000Z');
    for (const error of [null, { type: 'UnrecognisedDataValue' as const, value: 'header/requestingAgencyId/agencyIdValue: "CN-X" is not a member of this network' }]) {
      const xml = confirmationXml({ kind, version: '1.2', header, received, now: new Date('2026-12-06T10:00:01.000Z'), error, echo });
      expect(await validator.validate(xml)).toEqual({ valid: true, errors: [] });
      const parsed = parseXml(xml);
      if (!parsed.ok) throw new Error(parsed.reason);
      const body = parsed.root.children[0];
      expect(body.name).toBe(kind);
      const h = body.children[0];
      expect(h.children.map((c) => `${c.name}=${c.children.length ? c.children.map((g) => g.text).join('/') : c.text}`)).toEqual([
        'supplyingAgencyId=ISIL/CN-A',
        'requestingAgencyId=ISIL/CN-B',
        'timestamp=2026-12-06T10:00:01.000Z',
        'requestingAgencyRequestId=r & <1>',
        'timestampReceived=2026-12-06T17:59:58.5+08:00', // the confirmed message's own timestamp
        `messageStatus=${error ? 'ERROR' : 'OK'}`,
      ]);
      expect(body.children.slice(1).map((c) => c.name)).toEqual([...(echo ? [kind === 'supplyingAgencyMessageConfirmation' ? 'reasonForMessage' : 'action'] : []), ...(error ? ['errorData'] : [])]);
      if (error) expect(body.children.at(-1)!.children.map((c) => c.text)).toEqual([error.type, error.value]);
    }
  });

  it('answer a version 1.0 peer with version 1.0 and leave out what could not be read', async () => {
    const received = new Date();
    const xml = confirmationXml({ kind: 'requestConfirmation', version: '1.0', header: { ...header, supplyingAgencyId: null, requestingAgencyRequestId: null, timestamp: '_TIMESTAMP_' }, received, now: new Date(), error: { type: 'BadlyFormedMessage', value: 'x'.repeat(2000) } });
    expect(xml).toContain('ill:version="1.0"');
    expect(xml).not.toContain('supplyingAgencyId');
    expect(xml).not.toContain('requestingAgencyRequestId');
    expect(xml).toMatch(/<errorValue>x{499}…<\/errorValue>/); // a long errorValue is cut
    expect(xml).toContain(`<timestampReceived>${received.toISOString()}</timestampReceived>`); // the header's timestamp was a placeholder
    expect((await validator.validate(xml)).valid).toBe(true);
  });
});

describe('where the schema is looked for (ISO18626_XSD)', () => {
  it('defaults to ../shared/fixtures/iso18626/xsd beside the project, and takes a folder or a file', () => {
    expect(resolveXsdPath(null)).toBe(path.join(XSD_DIR, ISO18626_XSD_FILE));
    expect(resolveXsdPath(XSD_DIR)).toBe(path.join(XSD_DIR, ISO18626_XSD_FILE));
    expect(resolveXsdPath(path.join(XSD_DIR, ISO18626_XSD_FILE))).toBe(path.join(XSD_DIR, ISO18626_XSD_FILE));
    expect(resolveXsdPath('../shared/fixtures/iso18626/xsd')).toBe(path.join(XSD_DIR, ISO18626_XSD_FILE)); // relative to the project root
  });

  it('without a schema, validation is refused as unavailable (the endpoint answers 503) until the file appears', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'iso18626-xsd-'));
    const missing = createXsdValidator(resolveXsdPath(dir));
    expect(missing.available()).toBe(false);
    await expect(missing.validate('<x/>')).rejects.toBeInstanceOf(XsdUnavailable);
    writeFileSync(path.join(dir, ISO18626_XSD_FILE), readFileSync(path.join(XSD_DIR, ISO18626_XSD_FILE)));
    expect(missing.available()).toBe(true);
    expect((await missing.validate(fixture('modrs-it-illmockrequest.xml'))).valid).toBe(true);
    await missing.close();
  });
});

describe('the validator under a flood', () => {
  it(`validates in arrival order and refuses, as unavailable, what would wait behind ${MAX_WAITING_VALIDATIONS} others`, async () => {
    const message = fixture('modrs-it-illmockrequest.xml');
    const results = await Promise.allSettled(Array.from({ length: MAX_WAITING_VALIDATIONS + 1 }, () => validator.validate(message)));
    expect(results.slice(0, MAX_WAITING_VALIDATIONS).every((r) => r.status === 'fulfilled' && r.value.valid)).toBe(true);
    const last = results[MAX_WAITING_VALIDATIONS];
    expect(last.status === 'rejected' && last.reason).toBeInstanceOf(XsdUnavailable);
    expect((await validator.validate(message)).valid).toBe(true); // and takes messages again once the queue drains
  });
});
