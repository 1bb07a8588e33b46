/**
 * POST /iso18626 end to end, over HTTP on a real server and database: every message under
 * ../shared/fixtures/iso18626/ gets the answer it should; a request message creates a request that
 * illRequests lists like any other; supplying and requesting agency messages move it through the
 * loan and copy models as GraphQL's performAction would; what the model refuses changes nothing;
 * agencies that are not members, placeholders, bad versions and non-XSD-valid messages get ERROR;
 * tokens with ISO18626_REQUIRE_AUTH; the HTTP guards; 503 without a schema.
 */
import { eq, sql } from 'drizzle-orm';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTokenVerifier, issueToken } from '../../src/auth/tokens.js';
import { loadConfig } from '../../src/config.js';
import { toGlobalId } from '../../src/graphql/global-id.js';
import { createApp } from '../../src/http/app.js';
import { createMetrics } from '../../src/http/metrics.js';
import { events } from '../../src/modules/events/index.js';
import { createXsdValidator, illHistory, illRequests, parseXml, resolveXsdPath, type XmlElement } from '../../src/modules/ill/index.js';
import { BOOK_ISBN, createIllFixture, JOURNAL_ISSN, LENDERS, NON_LENDER, REQUESTER, type IllFixture } from '../support/ill-fixture.js';
import { openTestDatabase, type TestDatabase } from '../support/test-db.js';
import { TEST_TOKENS } from '../support/test-app.js';

const FIXTURES = fileURLToPath(new URL('../../../shared/fixtures/iso18626/', import.meta.url));
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');

let t: TestDatabase;
let net: IllFixture;
const servers: { origin: string; stop(): Promise<void> }[] = [];
let origin: string;
const validator = createXsdValidator(resolveXsdPath(null));

async function startServer(iso18626: { xsd: string | null; requireAuth: boolean }, rateLimitPerMinute = 0) {
  const { httpServer, apollo } = await createApp({
    database: t.database,
    verifyToken: createTokenVerifier(TEST_TOKENS),
    limits: { maxDepth: 12, maxCost: 25_000, maxAliases: 30, rateLimitPerMinute },
    introspection: false,
    metrics: createMetrics(),
    log: pino({ level: 'silent' }),
    compileAfterRuns: 0,
    iso18626,
  });
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const address = httpServer.address();
  const server = { origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, stop: () => apollo.stop() };
  servers.push(server);
  return server.origin;
}

beforeAll(async () => {
  t = await openTestDatabase({ seed: false });
  net = await createIllFixture(t.database.db);
  origin = await startServer({ xsd: null, requireAuth: false });
});
afterAll(async () => {
  for (const s of servers) await s.stop();
  await validator.close();
  await t?.close();
});

const token = (member: string) => issueToken(TEST_TOKENS, { role: 'member', member, ttlSeconds: 600 });

interface Answer {
  status: number;
  text: string;
  kind?: string;
  messageStatus?: string;
  errorType?: string;
  errorValue?: string;
  version?: string;
  echo?: string;
}

async function post(xml: string, options: { to?: string; bearer?: string; contentType?: string } = {}): Promise<Answer> {
  const res = await fetch(`${options.to ?? origin}/iso18626`, {
    method: 'POST',
    headers: { 'content-type': options.contentType ?? 'application/xml', ...(options.bearer ? { authorization: `Bearer ${options.bearer}` } : {}) },
    body: xml,
  });
  const text = await res.text();
  if (res.status !== 200) return { status: res.status, text };
  expect(res.headers.get('content-type')).toBe('application/xml; charset=utf-8');
  expect(await validator.validate(text)).toEqual({ valid: true, errors: [] }); // every confirmation we send is XSD-valid
  const parsed = parseXml(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  const body = parsed.root.children[0];
  const find = (e: XmlElement | undefined, name: string) => e?.children.find((c) => c.name === name);
  return {
    status: res.status,
    text,
    kind: body.name,
    messageStatus: find(find(body, 'confirmationHeader'), 'messageStatus')?.text,
    errorType: find(find(body, 'errorData'), 'errorType')?.text,
    errorValue: find(find(body, 'errorData'), 'errorValue')?.text,
    version: parsed.root.attributes.get('version')?.value,
    echo: (find(body, 'reasonForMessage') ?? find(body, 'action'))?.text,
  };
}

// ---- messages, written as a partner system would -------------------------------------------------

const NOW = () => new Date().toISOString();
const wrap = (inner: string, version = '1.2') =>
  `<?xml version="1.0" encoding="UTF-8"?><ISO18626Message xmlns="http://illtransactions.org/2013/iso18626" xmlns:ill="http://illtransactions.org/2013/iso18626" ill:version="${version}">${inner}</ISO18626Message>`;
const agency = (name: string, code: string) => `<${name}><agencyIdType>ISIL</agencyIdType><agencyIdValue>${code}</agencyIdValue></${name}>`;
const header = (supplier: string, requester: string, requestId: string) =>
  `<header>${agency('supplyingAgencyId', supplier)}${agency('requestingAgencyId', requester)}<multipleItemRequestId/><timestamp>${NOW()}</timestamp><requestingAgencyRequestId>${requestId}</requestingAgencyRequestId></header>`;

function requestMessage(o: { requestId: string; supplier?: string; requester?: string; serviceType?: string; bib?: string; service?: string; patron?: string }): string {
  const bib = o.bib ?? `<title>红楼梦</title><author>曹雪芹</author><bibliographicItemId><bibliographicItemIdentifier>${BOOK_ISBN}</bibliographicItemIdentifier><bibliographicItemIdentifierCode>ISBN</bibliographicItemIdentifierCode></bibliographicItemId>`;
  return wrap(
    `<request>${header(o.supplier ?? LENDERS[0], o.requester ?? REQUESTER, o.requestId)}<bibliographicInfo>${bib}</bibliographicInfo>` +
      `<serviceInfo><requestType>New</requestType><serviceType>${o.serviceType ?? 'Loan'}</serviceType>${o.service ?? '<serviceLevel>Normal</serviceLevel>'}</serviceInfo>${o.patron ?? ''}</request>`,
  );
}

function supplyingMessage(o: { requestId: string; supplier: string; requester?: string; status: string; reason?: string; dueDate?: string; delivery?: string; info?: string }): string {
  return wrap(
    `<supplyingAgencyMessage>${header(o.supplier, o.requester ?? REQUESTER, o.requestId)}<messageInfo><reasonForMessage>${o.reason ?? 'StatusChange'}</reasonForMessage>${o.info ?? ''}</messageInfo>` +
      `<statusInfo><status>${o.status}</status>${o.dueDate ? `<dueDate>${o.dueDate}</dueDate>` : ''}<lastChange>${NOW()}</lastChange></statusInfo>${o.delivery ?? ''}</supplyingAgencyMessage>`,
  );
}

const requestingMessage = (o: { requestId: string; supplier: string; requester?: string; action: string; note?: string }) =>
  wrap(`<requestingAgencyMessage>${header(o.supplier, o.requester ?? REQUESTER, o.requestId)}<action>${o.action}</action>${o.note ? `<note>${o.note}</note>` : ''}</requestingAgencyMessage>`);

async function requestOf(peerRequestId: string) {
  const [row] = await t.database.db.select().from(illRequests).where(eq(illRequests.peerRequestId, peerRequestId));
  return row;
}
async function supplierOf(peerRequestId: string): Promise<string> {
  const row = await requestOf(peerRequestId);
  return [...net.memberIds].find(([, id]) => id === row.supplierMemberId)![0];
}
const historyCount = async (requestId: number) => (await t.database.db.select().from(illHistory).where(eq(illHistory.requestId, requestId))).length;

// ---- the fixtures ----------------------------------------------------------------------------------

/** The answer to each fixture as sent: all are templates, unit-test elements or point at agencies that are not members. */
const FIXTURE_ANSWERS: Record<string, { status: number; kind?: string; errorType?: string; errorValue?: RegExp; echo?: string; version?: string }> = {
  'modrs-it-cancelResponseReplyNoTemplate.xml': { status: 200, kind: 'supplyingAgencyMessageConfirmation', errorType: 'BadlyFormedMessage', errorValue: /timestamp.*'_TIMESTAMP_' is not a valid value/, echo: 'CancelResponse' },
  'modrs-it-illmockrequest.xml': { status: 200, kind: 'requestConfirmation', errorType: 'UnrecognisedDataValue', errorValue: /^header\/supplyingAgencyId\/agencyIdType: "DMMY"/ },
  'modrs-it-patronRequest.xml': { status: 200, kind: 'requestConfirmation', errorType: 'BadlyFormedMessage', errorValue: /requestingAgencyId.*not expected.*supplyingAgencyId/ },
  'modrs-it-statusChangeExpectToSupplyTemplate.xml': { status: 200, kind: 'supplyingAgencyMessageConfirmation', errorType: 'UnrecognisedDataValue', errorValue: /^ISO18626Message\/@version: ""/, echo: 'StatusChange', version: '1.2' },
  'modrs-it-statusChangeUnfilledTemplate.xml': { status: 200, kind: 'supplyingAgencyMessageConfirmation', errorType: 'UnrecognisedDataValue', errorValue: /^ISO18626Message\/@version: ""/, echo: 'StatusChange' },
  'modrs-it-supplyingAgencyMessage_statusChange.xml': { status: 200, kind: 'supplyingAgencyMessageConfirmation', errorType: 'BadlyFormedMessage', errorValue: /answerYesNo/, echo: 'StatusChange', version: '1.0' },
  'modrs-okapi-iso18626_req_1.xml': { status: 200, kind: 'requestConfirmation', errorType: 'UnrecognisedDataValue', errorValue: /^header\/supplyingAgencyId\/agencyIdType: "RESHARE"/, version: '1.0' },
  'modrs-protocol_tests-case1_request.xml': { status: 200, kind: 'requestConfirmation', errorType: 'UnrecognisedDataValue', errorValue: /"RESHARE" \(agencies of this network are named by ISIL\)/, version: '1.0' },
  'modrs-unit-request.xml': { status: 200, kind: 'requestConfirmation', errorType: 'BadlyFormedMessage', errorValue: /^request must be the child of an ISO18626Message/ },
  'modrs-unit-requestConfirmation.xml': { status: 400 },
  'modrs-unit-requestingAgencyMessage.xml': { status: 200, kind: 'requestingAgencyMessageConfirmation', errorType: 'BadlyFormedMessage', echo: 'StatusRequest' },
  'modrs-unit-requestingAgencyMessageConfirmation.xml': { status: 400 },
  'modrs-unit-supplyingAgencyMessage.xml': { status: 200, kind: 'supplyingAgencyMessageConfirmation', errorType: 'BadlyFormedMessage', echo: 'RequestResponse' },
  'modrs-unit-supplyingAgencyMessageConfirmation.xml': { status: 400 },
};

describe('every message under ../shared/fixtures/iso18626/, sent as it is', () => {
  const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.xml')).sort();
  it('has its expected answer listed here', () => expect(files).toEqual(Object.keys(FIXTURE_ANSWERS).sort()));

  it.each(files)('%s', async (file) => {
    const before = (await t.database.db.select().from(illRequests)).length;
    const want = FIXTURE_ANSWERS[file];
    const got = await post(fixture(file));
    expect(got.status).toBe(want.status);
    if (want.status === 400) {
      expect(JSON.parse(got.text).errors[0]).toMatchObject({ extensions: { code: 'BAD_REQUEST' }, message: expect.stringMatching(/root must be ISO18626Message/) });
    } else {
      expect({ kind: got.kind, messageStatus: got.messageStatus, errorType: got.errorType }).toEqual({ kind: want.kind, messageStatus: 'ERROR', errorType: want.errorType });
      if (want.errorValue) expect(got.errorValue).toMatch(want.errorValue);
      expect(got.echo).toBe(want.echo);
      expect(got.version).toBe(want.version ?? '1.2');
    }
    expect((await t.database.db.select().from(illRequests)).length).toBe(before); // none of them changes anything
  });

  it('the mod-rs request fixture, its dummy agencies replaced by members, places a request', async () => {
    const xml = fixture('modrs-it-illmockrequest.xml')
      .replaceAll('<agencyIdType>DMMY</agencyIdType>', '<agencyIdType>ISIL</agencyIdType>')
      .replace('NIA1', LENDERS[0])
      .replace('NIA2', REQUESTER)
      .replace('<bibliographicItemIdentifier>1884</bibliographicItemIdentifier>', `<bibliographicItemIdentifier>${BOOK_ISBN}</bibliographicItemIdentifier>`);
    const got = await post(xml);
    expect(got).toMatchObject({ kind: 'requestConfirmation', messageStatus: 'OK', errorType: undefined });
    const row = await requestOf('DMMYNIA2-1');
    expect(row).toMatchObject({ origin: 'ISO18626', serviceType: 'LOAN', state: 'REQUESTED', title: 'Layered of the Rungs', isbn: BOOK_ISBN, patronReference: null });
  });

  it("the mod-rs version 1.0 request, with members' ISILs, is read with the v1.2 schema and answered in 1.0", async () => {
    const xml = fixture('modrs-protocol_tests-case1_request.xml')
      .replaceAll('<agencyIdType>RESHARE</agencyIdType>', '<agencyIdType>ISIL</agencyIdType>')
      .replace('TEMPLEI', LENDERS[1])
      .replace('MILL', REQUESTER)
      .replace('<supplierUniqueRecordId>27345786</supplierUniqueRecordId>', `<title>图书馆论坛</title><bibliographicItemId><bibliographicItemIdentifier>${JOURNAL_ISSN}</bibliographicItemIdentifier><bibliographicItemIdentifierCode>ISSN</bibliographicItemIdentifierCode></bibliographicItemId>`);
    const got = await post(xml);
    expect(got).toMatchObject({ messageStatus: 'OK', version: '1.0' });
    expect(await requestOf('49837539')).toMatchObject({ issn: JOURNAL_ISSN, neededBy: '2014-05-01', state: 'REQUESTED' });
  });
});

// ---- a loan's life over ISO 18626 --------------------------------------------------------------------

describe('a loan placed and carried through over ISO 18626', () => {
  const id = 'peer-loan-1';

  it('a request message creates a request that illRequests lists like any other', async () => {
    const got = await post(requestMessage({ requestId: id, patron: '<patronInfo><patronId>reader-42</patronId><surname>Wang</surname></patronInfo>' }));
    expect(got).toMatchObject({ kind: 'requestConfirmation', messageStatus: 'OK' });
    const row = await requestOf(id);
    expect(row).toMatchObject({ state: 'REQUESTED', serviceType: 'LOAN', serviceLevel: 'NORMAL', isbn: BOOK_ISBN, origin: 'ISO18626', patronReference: 'reader-42', requesterMemberId: net.memberIds.get(REQUESTER) });
    expect(LENDERS).toContain(await supplierOf(id));
    const api = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await token(REQUESTER)}` },
      body: JSON.stringify({ query: `{ illRequests(first: 50, filter: { requesterCode: "${REQUESTER}" }) { edges { node { state serviceType requester { code } supplier { code } } } } }` }),
    }).then((r) => r.json());
    expect(api.errors).toBeUndefined();
    expect(api.data.illRequests.edges.map((e: { node: unknown }) => e.node)).toContainEqual({ state: 'REQUESTED', serviceType: 'LOAN', requester: { code: REQUESTER }, supplier: { code: await supplierOf(id) } });

  });

  it('the same request sent again is confirmed OK once more and not placed twice', async () => {
    expect(await post(requestMessage({ requestId: id }))).toMatchObject({ messageStatus: 'OK' });
    expect((await t.database.db.select().from(illRequests).where(eq(illRequests.peerRequestId, id))).length).toBe(1);
  });

  it('the same new request sent twice at once is placed once, and both are confirmed OK', async () => {
    const twice = requestMessage({ requestId: 'peer-twice-1' });
    const answers = await Promise.all([post(twice), post(twice)]);
    expect(answers.map((a) => a.messageStatus)).toEqual(['OK', 'OK']);
    expect((await t.database.db.select().from(illRequests).where(eq(illRequests.peerRequestId, 'peer-twice-1'))).length).toBe(1);
  });

  it('a supplier that is not the one asked now is refused, and nothing changes', async () => {
    const asked = await supplierOf(id);
    const notAsked = LENDERS.find((c) => c !== asked)!;
    const got = await post(supplyingMessage({ requestId: id, supplier: notAsked, status: 'WillSupply' }));
    expect(got).toMatchObject({ messageStatus: 'ERROR', errorType: 'UnrecognisedDataValue', errorValue: `header/supplyingAgencyId: ${notAsked} is not the supplier asked now for this request` });
    expect((await requestOf(id)).state).toBe('REQUESTED');
  });

  it('a requester action the model refuses now gets UnsupportedActionType, and nothing changes', async () => {
    const row = await requestOf(id);
    const got = await post(requestingMessage({ requestId: id, supplier: await supplierOf(id), action: 'Received' }));
    expect(got).toMatchObject({ kind: 'requestingAgencyMessageConfirmation', messageStatus: 'ERROR', errorType: 'UnsupportedActionType', echo: 'Received' });
    expect(got.errorValue).toMatch(/^action: Received is not possible while the request is REQUESTED/);
    expect(await requestOf(id)).toMatchObject({ state: 'REQUESTED', version: row.version });
  });

  it('ExpectToSupply (the mod-rs template, filled in and sent without a namespace) moves it to WILL_SUPPLY; WillSupply after it is an OK that changes nothing', async () => {
    const supplier = await supplierOf(id);
    const filled = fixture('modrs-it-statusChangeExpectToSupplyTemplate.xml')
      .replace('version=""', 'version="1.2"')
      .replace('_SUPPLY_AGENCY_ID_', supplier)
      .replace('_REQUEST_AGENCY_ID_', REQUESTER)
      .replace('_REQUEST_ID_', id)
      .replaceAll('_TIMESTAMP_', NOW());
    expect(await post(filled)).toMatchObject({ kind: 'supplyingAgencyMessageConfirmation', messageStatus: 'OK', echo: 'StatusChange' });
    const row = await requestOf(id);
    expect(row.state).toBe('WILL_SUPPLY');
    const entries = await historyCount(row.id);
    expect(await post(supplyingMessage({ requestId: id, supplier, status: 'WillSupply', reason: 'RequestResponse' }))).toMatchObject({ messageStatus: 'OK' });
    expect(await requestOf(id)).toMatchObject({ state: 'WILL_SUPPLY', version: row.version });
    expect(await historyCount(row.id)).toBe(entries);
    // the event outbox saw the same: CREATE and WILL_SUPPLY, nothing for the repeated WillSupply
    const written = await t.database.db.select().from(events).where(sql`${events.data}->>'request' = ${toGlobalId('IllRequest', row.id)}`).orderBy(events.id);
    expect(written.map((e) => [e.data.action, e.data.state, e.memberCodes])).toEqual([
      ['CREATE', 'REQUESTED', [REQUESTER, supplier]],
      ['WILL_SUPPLY', 'WILL_SUPPLY', [REQUESTER, supplier]],
    ]);
  });

  it('Loaned needs statusInfo/dueDate: without it ERROR naming the element; with it SHIPPED, due that day', async () => {
    const supplier = await supplierOf(id);
    const missing = await post(supplyingMessage({ requestId: id, supplier, status: 'Loaned' }));
    expect(missing).toMatchObject({ messageStatus: 'ERROR', errorType: 'UnrecognisedDataValue' });
    expect(missing.errorValue).toMatch(/^statusInfo\/dueDate: /);
    expect((await requestOf(id)).state).toBe('WILL_SUPPLY');
    expect(await post(supplyingMessage({ requestId: id, supplier, status: 'Loaned', dueDate: '2027-01-31T23:59:59+08:00' }))).toMatchObject({ messageStatus: 'OK' });
    expect(await requestOf(id)).toMatchObject({ state: 'SHIPPED', dueDate: '2027-01-31' });
  });

  it("Received, ShippedReturn and LoanCompleted close the loan; Renew past the supplier's renewals is an ERROR naming the rule", async () => {
    const supplier = await supplierOf(id);
    expect(await post(requestingMessage({ requestId: id, supplier, action: 'Received' }))).toMatchObject({ messageStatus: 'OK', echo: 'Received' });
    expect((await requestOf(id)).state).toBe('RECEIVED');
    const renew = await post(requestingMessage({ requestId: id, supplier, action: 'Renew' }));
    expect(renew).toMatchObject({ messageStatus: 'ERROR', errorType: 'UnsupportedActionType' });
    expect(renew.errorValue).toMatch(/^action: CN-920002-LA's lending rules allow 0 renewals and this loan has had 0/); // no rules set here: none allowed
    expect((await requestOf(id)).state).toBe('RECEIVED');
    expect(await post(requestingMessage({ requestId: id, supplier, action: 'ShippedReturn' }))).toMatchObject({ messageStatus: 'OK' });
    expect((await requestOf(id)).state).toBe('RETURNED');
    expect(await post(supplyingMessage({ requestId: id, supplier, status: 'LoanCompleted' }))).toMatchObject({ messageStatus: 'OK' });
    expect((await requestOf(id)).state).toBe('COMPLETED');
  });

  it('a message about a request the requester never sent names requestingAgencyRequestId', async () => {
    const got = await post(requestingMessage({ requestId: 'never-sent', supplier: LENDERS[0], action: 'Cancel' }));
    expect(got).toMatchObject({ messageStatus: 'ERROR', errorType: 'UnrecognisedDataValue', errorValue: `header/requestingAgencyRequestId: "never-sent" is not a request of ${REQUESTER}` });
  });
});

describe('other ways through the models', () => {
  it('Unfilled (the mod-rs template, filled in) sends the request to the next member of the rota', async () => {
    const id = 'peer-unfilled-1';
    expect(await post(requestMessage({ requestId: id }))).toMatchObject({ messageStatus: 'OK' });
    const first = await supplierOf(id);
    const filled = fixture('modrs-it-statusChangeUnfilledTemplate.xml')
      .replace('version=""', 'version="1.2"')
      .replace('_SUPPLY_AGENCY_ID_', first)
      .replace('_REQUEST_AGENCY_ID_', REQUESTER)
      .replace('_REQUEST_ID_', id)
      .replaceAll('_TIMESTAMP_', NOW());
    expect(await post(filled)).toMatchObject({ messageStatus: 'OK' });
    const row = await requestOf(id);
    expect(row.state).toBe('REQUESTED');
    expect(row.rotaPosition).toBe(2);
    expect(await supplierOf(id)).not.toBe(first);
  });

  it("a request naming the union catalogue's Record ID in supplierUniqueRecordId asks for that record", async () => {
    const id = 'peer-record-1';
    expect(await post(requestMessage({ requestId: id, bib: `<supplierUniqueRecordId>${toGlobalId('Record', net.bookId)}</supplierUniqueRecordId>` }))).toMatchObject({ messageStatus: 'OK' });
    expect(await requestOf(id)).toMatchObject({ recordId: net.bookId, title: '红楼梦', state: 'REQUESTED' });
    // anything else there is the supplier's own record ID, not ours: the request is kept, without a record
    expect(await post(requestMessage({ requestId: `${id}-x`, bib: '<supplierUniqueRecordId>27345786</supplierUniqueRecordId><title>Unknown here</title>' }))).toMatchObject({ messageStatus: 'OK' });
    expect(await requestOf(`${id}-x`)).toMatchObject({ recordId: null, state: 'UNFILLED' });
  });

  it('a copy: requested with a copyright regime, delivered as a link (CopyCompleted), received', async () => {
    const id = 'peer-copy-1';
    const bib = `<title>图书馆论坛</title><titleOfComponent>On sharing</titleOfComponent><volume>3</volume><pagesRequested>10-19</pagesRequested><bibliographicItemId><bibliographicItemIdentifier>${JOURNAL_ISSN}</bibliographicItemIdentifier><bibliographicItemIdentifierCode>ISSN</bibliographicItemIdentifierCode></bibliographicItemId>`;
    const noDeclaration = await post(requestMessage({ requestId: `${id}-x`, serviceType: 'Copy', bib }));
    expect(noDeclaration).toMatchObject({ messageStatus: 'ERROR', errorType: 'UnrecognisedDataValue' });
    expect(noDeclaration.errorValue).toMatch(/^serviceInfo\/copyrightCompliance: /);
    expect(await post(requestMessage({ requestId: id, serviceType: 'Copy', bib, service: '<serviceLevel>Rush</serviceLevel><copyrightCompliance>US-CCG</copyrightCompliance>' }))).toMatchObject({ messageStatus: 'OK' });
    expect(await requestOf(id)).toMatchObject({ serviceType: 'COPY', serviceLevel: 'RUSH', articleTitle: 'On sharing', pages: '10-19', copyrightDeclaration: true, state: 'REQUESTED' });
    const supplier = await supplierOf(id);
    expect(await post(supplyingMessage({ requestId: id, supplier, status: 'WillSupply', reason: 'RequestResponse' }))).toMatchObject({ messageStatus: 'OK' });
    const noLink = await post(supplyingMessage({ requestId: id, supplier, status: 'CopyCompleted', delivery: `<deliveryInfo><dateSent>${NOW()}</dateSent><itemId>shelf 3</itemId></deliveryInfo>` }));
    expect(noLink).toMatchObject({ messageStatus: 'ERROR', errorValue: 'deliveryInfo/itemId: CopyCompleted must carry the URL of the copy (http or https)' });
    const sent = '2026-12-06T08:00:00Z';
    expect(await post(supplyingMessage({ requestId: id, supplier, status: 'CopyCompleted', delivery: `<deliveryInfo><dateSent>${sent}</dateSent><itemId>https://copies.example.org/a/1</itemId><sentVia>URL</sentVia></deliveryInfo>` }))).toMatchObject({ messageStatus: 'OK' });
    const row = await requestOf(id);
    expect(row).toMatchObject({ state: 'DELIVERED', copyUrl: 'https://copies.example.org/a/1' });
    expect(row.copyExpiresAt?.toISOString()).toBe('2027-01-05T08:00:00.000Z'); // 30 days from dateSent
    expect(await post(requestingMessage({ requestId: id, supplier, action: 'Received' }))).toMatchObject({ messageStatus: 'OK' });
    expect((await requestOf(id)).state).toBe('COMPLETED');
  });

  it("Cancel cancels; the supplier's Cancelled then confirms it, and a StatusRequest is acknowledged", async () => {
    const id = 'peer-cancel-1';
    expect(await post(requestMessage({ requestId: id }))).toMatchObject({ messageStatus: 'OK' });
    const supplier = await supplierOf(id);
    const early = await post(supplyingMessage({ requestId: id, supplier, status: 'Cancelled', reason: 'StatusChange' }));
    expect(early).toMatchObject({ messageStatus: 'ERROR', errorValue: 'statusInfo/status: Cancelled, but the request is REQUESTED' });
    expect(await post(requestingMessage({ requestId: id, supplier, action: 'Cancel', note: 'reader found a copy' }))).toMatchObject({ messageStatus: 'OK' });
    expect((await requestOf(id)).state).toBe('CANCELLED');
    expect(await post(supplyingMessage({ requestId: id, supplier, status: 'Cancelled', reason: 'StatusChange' }))).toMatchObject({ messageStatus: 'OK' });
    expect(await post(requestingMessage({ requestId: id, supplier, action: 'StatusRequest' }))).toMatchObject({ messageStatus: 'OK', echo: 'StatusRequest' });
  });
});

describe('errors', () => {
  it('an agency that is not a member gets UnrecognisedDataValue naming the element', async () => {
    const got = await post(requestMessage({ requestId: 'stranger-1', requester: 'CN-999999-XX' }));
    expect(got).toMatchObject({ kind: 'requestConfirmation', messageStatus: 'ERROR', errorType: 'UnrecognisedDataValue', errorValue: 'header/requestingAgencyId/agencyIdValue: "CN-999999-XX" is not a member of this network' });
    expect(await requestOf('stranger-1')).toBeUndefined();
  });

  it('a message the XSD refuses gets BadlyFormedMessage with what the schema says', async () => {
    const got = await post(requestMessage({ requestId: 'bad-1', serviceType: 'Borrow' }));
    expect(got).toMatchObject({ messageStatus: 'ERROR', errorType: 'BadlyFormedMessage' });
    expect(got.errorValue).toMatch(/Element 'serviceType': \[facet 'enumeration'\] The value 'Borrow' is not an element of the set/);
    expect(await requestOf('bad-1')).toBeUndefined();
  });

  it('XML that is not well-formed gets BadlyFormedMessage when the message can be told, else HTTP 400', async () => {
    const cut = requestMessage({ requestId: 'cut-1' }).slice(0, -30);
    expect(await post(cut)).toMatchObject({ kind: 'requestConfirmation', messageStatus: 'ERROR', errorType: 'BadlyFormedMessage', errorValue: expect.stringMatching(/^not well-formed XML: /) });
    const junk = await post('hello');
    expect(junk.status).toBe(400);
    expect(JSON.parse(junk.text).errors[0].message).toMatch(/^Not an ISO 18626 message: it is not well-formed XML/);
  });

  it('placeholders left in a schema-valid message get UnrecognisedDataValue naming the element', async () => {
    const got = await post(requestMessage({ requestId: 'requestId_holder' }));
    expect(got).toMatchObject({ messageStatus: 'ERROR', errorType: 'UnrecognisedDataValue', errorValue: 'header/requestingAgencyRequestId: "requestId_holder" is a template placeholder, not a value' });
  });

  it('a confirmation sent to us is acknowledged with 204', async () => {
    const answer = (await post(requestMessage({ requestId: 'peer-loan-1' }))).text; // a requestConfirmation, as a peer would send one back
    const res = await fetch(`${origin}/iso18626`, { method: 'POST', headers: { 'content-type': 'text/xml; charset=UTF-8' }, body: answer });
    expect(res.status).toBe(204);
    expect(await res.text()).toBe('');
  });
});

describe('HTTP', () => {
  it('takes POST only, XML only, up to 1 MB', async () => {
    const get = await fetch(`${origin}/iso18626`);
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    expect((await post(requestMessage({ requestId: 'json-1' }), { contentType: 'application/json' })).status).toBe(415);
    const big = await post(requestMessage({ requestId: 'big-1', bib: `<title>${'x'.repeat(1024 * 1024)}</title>` }));
    expect(big.status).toBe(413);
    expect(JSON.parse(big.text).errors[0].extensions).toEqual({ code: 'BAD_REQUEST', maxBytes: 1024 * 1024 });
  });

  it('a token that does not verify is a 401 even when tokens are optional', async () => {
    const got = await post(requestMessage({ requestId: 'tok-1' }), { bearer: 'not-a-token' });
    expect(got.status).toBe(401);
  });

  it('is rate limited like /graphql', async () => {
    const limited = await startServer({ xsd: null, requireAuth: false }, 2);
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await post(requestingMessage({ requestId: 'peer-loan-1', supplier: LENDERS[0], action: 'StatusRequest' }), { to: limited })).status);
    expect(statuses).toEqual([200, 200, 429]);
  });

  it('answers 503 while the schema cannot be found', async () => {
    const nowhere = await startServer({ xsd: mkdtempSync(path.join(tmpdir(), 'no-xsd-')), requireAuth: false });
    const got = await post(requestMessage({ requestId: 'no-xsd-1' }), { to: nowhere });
    expect(got.status).toBe(503);
    expect(JSON.parse(got.text).errors[0]).toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' }, message: expect.stringMatching(/schema was not found at .*ISO-18626-v1_2\.xsd \(set ISO18626_XSD\)/) });
  });
});

describe('ISO18626_REQUIRE_AUTH=true', () => {
  let secured: string;
  beforeAll(async () => {
    secured = await startServer({ xsd: null, requireAuth: true });
  });

  it('is read from the environment', () => {
    expect(loadConfig({ ISO18626_REQUIRE_AUTH: 'true', ISO18626_XSD: '/etc/iso/x.xsd' }).iso18626).toEqual({ requireAuth: true, xsd: '/etc/iso/x.xsd' });
    expect(loadConfig({}).iso18626).toEqual({ requireAuth: false, xsd: null });
  });

  it("needs the sending member's token: none is 401, another member's or an admin's 403, the sender's OK", async () => {
    const xml = requestMessage({ requestId: 'auth-1' });
    expect((await post(xml, { to: secured })).status).toBe(401);
    const other = await post(xml, { to: secured, bearer: await token(NON_LENDER) });
    expect(other.status).toBe(403);
    expect(JSON.parse(other.text).errors[0].message).toBe(`Your token is for ${NON_LENDER}; this message is sent by ${REQUESTER}.`);
    const admin = await post(xml, { to: secured, bearer: await issueToken(TEST_TOKENS, { role: 'admin', ttlSeconds: 600 }) });
    expect(admin.status).toBe(403);
    expect(await requestOf('auth-1')).toBeUndefined();
    expect(await post(xml, { to: secured, bearer: await token(REQUESTER) })).toMatchObject({ status: 200, messageStatus: 'OK' });
    expect(await requestOf('auth-1')).toMatchObject({ state: 'REQUESTED' });
  });

  it("a supplier's message needs the supplier's token", async () => {
    const supplier = await supplierOf('auth-1');
    const xml = supplyingMessage({ requestId: 'auth-1', supplier, status: 'WillSupply' });
    expect((await post(xml, { to: secured, bearer: await token(REQUESTER) })).status).toBe(403);
    expect(await post(xml, { to: secured, bearer: await token(supplier) })).toMatchObject({ status: 200, messageStatus: 'OK' });
    expect((await requestOf('auth-1')).state).toBe('WILL_SUPPLY');
  });
});
