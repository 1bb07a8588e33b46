/**
 * examples/ is what a third-party developer copies first: every file there is run here against a real
 * server over the demo data, so the examples keep working as the API changes.
 */
import { execFile as execFileCallback } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { buildSchema, Kind, parse, validate, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { exampleQueries } from '../bench/workloads.js';
import { fromGlobalId } from '../src/graphql/global-id.js';
import { pubSub } from '../src/graphql/pub-sub.js';
import { recordEvent, type NewEvent } from '../src/modules/events/index.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const execFile = promisify(execFileCallback);
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const EXAMPLES = path.join(ROOT, 'examples');
const ISBN = '9787020002207';
const SHANGHAI = { lat: 31.23, lon: 121.47 };

interface Example {
  file: string;
  text: string;
  /** the `# variables:` line, parsed as GraphiQL does */
  variables: Record<string, unknown>;
  operation: OperationDefinitionNode;
}

/** Same rule as GraphiQL's tabs (src/http/graphiql.ts): one `# variables: {...}` line. */
const VARIABLES_LINE = /^# variables: (.+)$/m;

function loadExamples(): Example[] {
  return readdirSync(EXAMPLES)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const text = readFileSync(path.join(EXAMPLES, file), 'utf8');
      const line = VARIABLES_LINE.exec(text)?.[1];
      const operations = parse(text).definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
      if (operations.length !== 1) throw new Error(`${file}: expected exactly one operation, found ${operations.length}`);
      return { file, text, variables: line ? (JSON.parse(line) as Record<string, unknown>) : {}, operation: operations[0] };
    });
}

const examples = loadExamples();
const example = (file: string): Example => {
  const found = examples.find((e) => e.file === file);
  if (!found) throw new Error(`examples/${file} is missing`);
  return found;
};

interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command as a user would from the repository root; never rejects, reports the exit code. */
async function run(command: string, args: string[], env: Record<string, string | undefined>): Promise<RunResult> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete childEnv[k];
  try {
    const { stdout, stderr } = await execFile(command, args, { cwd: ROOT, env: childEnv, timeout: 30_000, encoding: 'utf8' });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: unknown; stdout?: string; stderr?: string; message: string };
    if (typeof e.code !== 'number') throw err; // not started or killed by the timeout: a test failure, not an exit code
    return { code: e.code, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

/** Great-circle distance in km (haversine, mean earth radius), computed here independently of the server. */
function haversineKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = (d: number) => (d * Math.PI) / 180;
  const h = Math.sin(rad(b.lat - a.lat) / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.lon - a.lon) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
}

/** A port nothing listens on: bound by us, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

interface Lender {
  code: string;
  name: string;
  available: number;
  km: number;
}

/** Every lendable holding of the ISBN, with its distance from the point computed from the members' locations. */
async function lendersByDistance(isbn: string, point: { lat: number; lon: number }): Promise<Lender[]> {
  const r = await t.execute<{ holdings: { totalCount: number; edges: { node: { available: number; member: { code: string; name: string; location: { lat: number; lon: number } } } }[] } }>(
    `query($isbn: String!) { holdings(filter: { isbn: $isbn, lendable: true }, first: 100) {
      totalCount edges { node { available member { code name location { lat lon } } } } } }`,
    { isbn },
  );
  expect(r.errors).toBeUndefined();
  const { edges, totalCount } = r.data!.holdings;
  expect(edges.length).toBe(totalCount); // all of them fit on one page
  return edges
    .map(({ node }) => ({ code: node.member.code, name: node.member.name, available: node.available, km: haversineKm(point, node.member.location) }))
    .sort((a, b) => a.km - b.km);
}

describe('the .graphql examples (also GraphiQL tabs)', () => {
  it('are there, in a sensible order, each one named operation with a comment and working variables', () => {
    expect(examples.map((e) => e.file)).toEqual([
      '01-who-holds-isbn.graphql',
      '02-lendable-near-me.graphql',
      '03-search-chinese-title.graphql',
      '04-member-tree.graphql',
      '05-journal-by-issn.graphql',
      '06-upsert-holdings.graphql',
      '07-audit-log.graphql',
      '08-usage-totals.graphql',
      '09-alliance-evaluation.graphql',
      '10-ill-requests.graphql',
      '11-ill-create-request.graphql',
      '12-ill-perform-action.graphql',
      '13-ill-state-model.graphql',
      '14-ill-request-changed.graphql',
    ]);
    const names = examples.map((e) => e.operation.name?.value);
    expect(names.every(Boolean)).toBe(true);
    expect(new Set(names).size).toBe(names.length);
    for (const e of examples) {
      expect(e.text, e.file).toMatch(VARIABLES_LINE);
      const comments = e.text.split('\n').filter((l) => l.startsWith('#') && !VARIABLES_LINE.test(l));
      expect(comments.join(' ').length, `${e.file} explains what it asks`).toBeGreaterThan(40);
      // every variable the operation declares as required is given
      for (const v of e.operation.variableDefinitions ?? []) {
        if (v.type.kind === Kind.NON_NULL_TYPE) expect(e.variables, `${e.file} $${v.variable.name.value}`).toHaveProperty(v.variable.name.value);
      }
    }
  });

  it("each public read query has its SQL counterpart in npm run bench's mixed workload (or is listed there as needing a token)", () => {
    // the bench refuses to start on an example it cannot hold against SQL: a new example must say how
    const mixed = exampleQueries(ROOT).map((e) => e.file);
    expect(mixed).toContain('01-who-holds-isbn.graphql');
    expect(mixed).not.toContain('10-ill-requests.graphql'); // member staff only: the bench sends no token
  });

  it('are valid against the published schema (schema/schema.graphql)', () => {
    const schema = buildSchema(readFileSync(path.join(ROOT, 'schema/schema.graphql'), 'utf8'));
    for (const e of examples) expect(validate(schema, parse(e.text)).map((err) => `${e.file}: ${err.message}`)).toEqual([]);
  });

  it('open in GraphiQL as tabs, in file order, each with its variables', async () => {
    const res = await fetch(t.url, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    const json = /<script type="application\/json" id="graphiql-settings">(.*?)<\/script>/s.exec(html)?.[1];
    expect(json).toBeDefined();
    const tabs = (JSON.parse(json!) as { tabs: { query: string; variables?: string }[] }).tabs;
    expect(tabs.map((tab) => tab.query)).toEqual(examples.map((e) => e.text));
    expect(tabs.map((tab) => JSON.parse(tab.variables ?? 'null'))).toEqual(examples.map((e) => e.variables));
  });

  it('01 finds 傲慢与偏见 by its hyphenated ISBN-10, with the 14 members that hold it', async () => {
    const e = example('01-who-holds-isbn.graphql');
    expect(e.variables.isbn).toBe('7-02-000220-X');
    const r = await t.execute(e.text, e.variables);
    expect(r.errors).toBeUndefined();
    const [record] = r.data!.records.edges.map((edge: { node: unknown }) => edge.node);
    expect(record).toMatchObject({ title: '傲慢与偏见', isbns: [ISBN] });
    expect(record.holdings.totalCount).toBe(14);
    const holders = record.holdings.edges.map((h: { node: { member: { code: string }; lendable: boolean } }) => h.node);
    expect(holders).toHaveLength(14);
    expect(holders.map((h: { member: { code: string } }) => h.member.code)).toEqual(
      expect.arrayContaining(['CN-110000-PKU', 'CN-310000-FDU', 'CN-420000-WHU', 'CN-440000-SYSU', 'CN-510000-SCU']),
    );
    expect(record.lendableCount).toBe(holders.filter((h: { lendable: boolean }) => h.lendable).length);
    expect(record.lendableCount).toBeGreaterThanOrEqual(5);
  });

  it('02 lists lendable holdings nearest to the point first, with their distance', async () => {
    const e = example('02-lendable-near-me.graphql');
    const r = await t.execute(e.text, e.variables);
    expect(r.errors).toBeUndefined();
    const nodes = r.data!.holdings.edges.map((edge: { node: unknown }) => edge.node);
    expect(nodes).toHaveLength(e.variables.first as number);
    const near = e.variables.near as { lat: number; lon: number };
    const lenders = await lendersByDistance(e.variables.isbn as string, near);
    expect(r.data!.holdings.totalCount).toBe(lenders.length);
    nodes.forEach((n: { distanceKm: number; member: { code: string; location: { lat: number; lon: number } }; record: { title: string } }, i: number) => {
      expect(n.record.title).toBe('傲慢与偏见');
      expect(n.distanceKm).toBeCloseTo(haversineKm(near, n.member.location), 1);
      expect(n.distanceKm).toBeCloseTo(lenders[i].km, 1); // the i-th nearest lender, whoever it is
    });
  });

  it('03 finds Chinese titles by a substring', async () => {
    const e = example('03-search-chinese-title.graphql');
    const r = await t.execute(e.text, e.variables);
    expect(r.errors).toBeUndefined();
    const titles = r.data!.records.edges.map((edge: { node: { title: string } }) => edge.node.title);
    const wanted = (e.variables.filter as { title: string }).title;
    expect(titles).toContain('傲慢与偏见');
    expect(titles.every((title: string) => title.includes(wanted))).toBe(true);
    expect(r.data!.records.totalCount).toBeGreaterThanOrEqual(titles.length);
  });

  it('04 shows a member with its ancestors up to the consortium root and its branch libraries', async () => {
    const e = example('04-member-tree.graphql');
    const r = await t.execute(e.text, e.variables);
    expect(r.errors).toBeUndefined();
    const m = r.data!.member;
    expect(m).toMatchObject({ code: 'CN-110000-PKU', name: '北京大学图书馆', type: 'UNIVERSITY', location: { lat: 39.992, lon: 116.3055 } });
    expect(m.ancestors.map((a: { type: string }) => a.type)).toEqual(['CENTRE', 'CONSORTIUM']);
    expect(m.children.map((c: { code: string }) => c.code)).toContain('CN-110000-PKUHS');
    expect(m.holdingsCount).toBeGreaterThan(0);
    expect(m.lendableCount).toBeGreaterThan(0);
    expect(m.lendableCount).toBeLessThanOrEqual(m.holdingsCount);
  });

  it('05 finds the journal by ISSN, as a serial, with its holders', async () => {
    const e = example('05-journal-by-issn.graphql');
    const r = await t.execute(e.text, e.variables);
    expect(r.errors).toBeUndefined();
    const [journal] = r.data!.records.edges.map((edge: { node: unknown }) => edge.node);
    expect(journal).toMatchObject({ title: '中国图书馆学报', format: 'SERIAL', issns: ['1001-8867'] });
    expect(journal.holdings.totalCount).toBeGreaterThan(0);
    expect(journal.holdings.edges.length).toBe(Math.min(30, journal.holdings.totalCount));
  });

  describe('06, the write', () => {
    const e = example('06-upsert-holdings.graphql');
    const input = e.variables.input as { memberCode: string; holdings: { localId: string }[] };
    const HOLDING_OF = `query($memberCode: String!, $isbn: String, $issn: String) {
      holdings(filter: { memberCode: $memberCode, isbn: $isbn, issn: $issn }, first: 100) { edges { node { id localId copies available location } } } }`;

    it('is refused without a token, and writes nothing', async () => {
      expect(e.operation.operation).toBe('mutation');
      const r = await t.execute(e.text, e.variables);
      expect(r.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      const after = await t.execute(HOLDING_OF, { memberCode: input.memberCode, isbn: '9780262046305' });
      expect(after.data!.holdings.edges.map((h: { node: { localId: string } }) => h.node.localId)).not.toContain('EXAMPLE-B-0001');
    });

    it("saves the holdings with the member's token, and repeating it updates rather than duplicates", async () => {
      const token = await t.token('member', input.memberCode);
      const first = await t.execute(e.text, e.variables, token);
      expect(first.errors).toBeUndefined();
      const payload = first.data!.upsertHoldings;
      expect(payload.userErrors).toEqual([]);
      expect(payload.holdings.map((h: { localId: string }) => h.localId)).toEqual(input.holdings.map((h) => h.localId));
      expect(payload.holdings[0]).toMatchObject({ member: { code: 'CN-110000-PKU' }, record: { title: 'Introduction to Algorithms', isbns: ['9780262046305'] }, copies: 2, available: 1 });
      expect(payload.holdings[1]).toMatchObject({ record: { title: '中国图书馆学报', issns: ['1001-8867'] }, copies: 1, available: 1, lendable: true });

      const again = await t.execute(e.text, e.variables, token);
      expect(again.data!.upsertHoldings.holdings.map((h: { id: string }) => h.id)).toEqual(payload.holdings.map((h: { id: string }) => h.id));
      const visible = await t.execute(HOLDING_OF, { memberCode: input.memberCode, isbn: '9780262046305' });
      const mine = visible.data!.holdings.edges.filter((h: { node: { localId: string } }) => h.node.localId === 'EXAMPLE-B-0001');
      expect(mine).toHaveLength(1);
      expect(mine[0].node).toMatchObject({ copies: 2, available: 1, location: '主馆 四层 自然科学图书借阅区' });
    });
  });

  describe('07, the audit log', () => {
    const e = example('07-audit-log.graphql');

    it('is for admins: refused without a token and for member staff', async () => {
      expect((await t.execute(e.text, e.variables)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect((await t.execute(e.text, e.variables, await t.token('member', 'CN-110000-PKU'))).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });

    it("shows an admin's change to a member with who, before, after and why, newest first", async () => {
      const admin = await t.token('admin');
      const update = await t.execute(`mutation { updateMember(input: { code: "CN-440000-SYSU", region: "Guangdong Province", reason: "region names in full" }) { userErrors { code } } }`, {}, admin);
      expect(update.data!.updateMember.userErrors).toEqual([]);
      const r = await t.execute(e.text, e.variables, admin);
      expect(r.errors).toBeUndefined();
      const [latest] = r.data!.auditLog.edges.map((edge: { node: unknown }) => edge.node);
      const sysu = (await t.execute(`{ member(code: "CN-440000-SYSU") { id } }`)).data!.member.id;
      expect(latest).toMatchObject({
        actor: 'admin', role: 'admin', action: 'updateMember', entityType: 'Member', entityId: sysu, reason: 'region names in full',
        before: { code: 'CN-440000-SYSU', region: 'Guangdong' }, after: { code: 'CN-440000-SYSU', region: 'Guangdong Province' },
      });
      expect(Date.parse(latest.at)).not.toBeNaN();
    });
  });
});

describe('08 and 09, the usage analytics over the demo usage', () => {
  it('08 gives each member its 2025 use of each demo resource, to analysts only', async () => {
    const e = example('08-usage-totals.graphql');
    expect((await t.execute(e.text, e.variables)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const r = await t.execute(e.text, e.variables, await t.token('analyst'));
    expect(r.errors).toBeUndefined();
    const rows = r.data!.usageTotals as { metricType: string; reportFamily: string; count: number; resource: { name: string }; member: { code: string } }[];
    expect(rows.length).toBe(10); // 6 members of the CNKI deal + 4 of the e-journal package
    for (const row of rows) expect(row).toMatchObject({ metricType: 'Unique_Item_Requests', reportFamily: 'PR' });
    expect(rows.every((row) => row.count > 0)).toBe(true);
  });

  it('09 evaluates the 2026 deals with savings and cost per use', async () => {
    const e = example('09-alliance-evaluation.graphql');
    const r = await t.execute(e.text, e.variables, await t.token('analyst'));
    expect(r.errors).toBeUndefined();
    const deals = r.data!.allianceEvaluation.deals as { agreementName: string; savings: { amount: string } | null; members: { costPerUse: string | null }[] }[];
    expect(deals.map((d) => d.agreementName).sort()).toEqual(['CNKI 中国学术期刊 集团采购 2025–2027', 'International e-journal package 2026']);
    for (const d of deals) {
      expect(Number(d.savings!.amount)).toBeGreaterThan(0);
      expect(d.members.every((m) => m.costPerUse !== null && Number(m.costPerUse) > 0)).toBe(true);
    }
    expect((await t.execute(e.text, e.variables, await t.token('member', 'CN-110000-PKU'))).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('10 to 13, interlibrary loan over the demo requests', () => {
  const PKU = 'CN-110000-PKU';
  type Node = { state: string; serviceType: string; patronReference: string | null; requester: { code: string }; copy: { url: string | null } | null; rota: unknown[]; history: { action: string }[] };

  it("10 lists PKU's requests to its staff, in several states, with the copy link and patron references; refused without a token", async () => {
    const e = example('10-ill-requests.graphql');
    expect((await t.execute(e.text, e.variables)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const r = await t.execute(e.text, e.variables, await t.token('member', PKU));
    expect(r.errors).toBeUndefined();
    const nodes = r.data!.illRequests.edges.map((edge: { node: Node }) => edge.node) as Node[];
    expect(nodes.every((n) => n.requester.code === PKU && n.patronReference !== null && n.history[0].action === 'CREATE')).toBe(true);
    expect(new Set(nodes.map((n) => n.state))).toEqual(new Set(['REQUESTED', 'WILL_SUPPLY', 'SHIPPED', 'DELIVERED']));
    expect(nodes.find((n) => n.state === 'DELIVERED')).toMatchObject({ serviceType: 'COPY', copy: { url: expect.stringMatching(/^https:\/\//) } });
  });

  it('11 places a loan for PKU, routed at once; another member may not place it', async () => {
    const e = example('11-ill-create-request.graphql');
    const r = await t.execute(e.text, e.variables, await t.token('member', PKU));
    expect(r.errors).toBeUndefined();
    expect(r.data!.createIllRequest.userErrors).toEqual([]);
    const request = r.data!.createIllRequest.request;
    expect(request).toMatchObject({ state: 'REQUESTED', availableActions: ['CANCEL'] });
    expect(request.rota.length).toBeGreaterThanOrEqual(4);
    expect(request.supplier.code).toBe(request.rota[0].member.code);
    expect((await t.execute(e.text, e.variables, await t.token('member', 'CN-310000-FDU'))).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it("12 withdraws PKU's requested demo request; doing it again is ACTION_NOT_ALLOWED", async () => {
    const e = example('12-ill-perform-action.graphql');
    const id = (e.variables.input as { requestId: string }).requestId;
    const before = await t.execute(`query($id: ID!) { illRequest(id: $id) { state requester { code } } }`, { id }, await t.token('admin'));
    expect(before.data!.illRequest).toEqual({ state: 'REQUESTED', requester: { code: PKU } });
    const token = await t.token('member', PKU);
    const r = await t.execute(e.text, e.variables, token);
    expect(r.errors).toBeUndefined();
    expect(r.data!.performAction).toMatchObject({ request: { state: 'CANCELLED', availableActions: [] }, userErrors: [] });
    expect(r.data!.performAction.request.history.at(-1)).toMatchObject({ action: 'CANCEL', fromState: 'REQUESTED', toState: 'CANCELLED', side: 'REQUESTER', note: 'the reader no longer needs it' });
    const again = await t.execute(e.text, e.variables, token);
    expect(again.data!.performAction.userErrors.map((u: { code: string }) => u.code)).toEqual(['ACTION_NOT_ALLOWED']);
  });

  it('13 serves the loan model to anyone', async () => {
    const e = example('13-ill-state-model.graphql');
    const r = await t.execute(e.text, e.variables);
    expect(r.errors).toBeUndefined();
    const model = r.data!.illStateModel;
    expect(model.states.map((s: { state: string }) => s.state)).toEqual(['REQUESTED', 'WILL_SUPPLY', 'SHIPPED', 'RECEIVED', 'RETURNED', 'COMPLETED', 'CANCELLED', 'UNFILLED']);
    expect(model.states.find((s: { state: string }) => s.state === 'WILL_SUPPLY').transitions[0]).toMatchObject({ action: 'SHIP', side: 'SUPPLIER', to: 'SHIPPED', requires: ['dueDate'] });
  });
});

describe('14 and examples/subscription-client.mjs, subscriptions over WebSocket', () => {
  const PKU = 'CN-110000-PKU';
  /** One of PKU's demo requests, and the event its next change would write (recorded here as the ILL service does). */
  type IllEvent = Extract<NewEvent, { type: 'ILL_REQUEST_CHANGED' }>;
  async function pkuRequestEvent(): Promise<{ id: string; title: string; event: IllEvent }> {
    const r = await t.execute(`{ illRequests(filter: { requesterCode: "${PKU}" }, first: 1) { edges { node { id title state supplier { code } } } } }`, {}, await t.token('member', PKU));
    const node = r.data!.illRequests.edges[0].node;
    expect(fromGlobalId(node.id)?.type).toBe('IllRequest');
    const event: IllEvent = {
      type: 'ILL_REQUEST_CHANGED',
      memberCodes: [PKU, node.supplier?.code ?? PKU],
      data: { request: node.id, requesterCode: PKU, supplierCode: node.supplier?.code ?? null, serviceType: 'LOAN', action: 'CANCEL', fromState: node.state, state: 'CANCELLED' },
    };
    return { id: node.id, title: node.title, event };
  }
  const record = (event: NewEvent) => t.database.db.transaction((tx) => recordEvent(tx, event));

  it("14 tells PKU's staff of a change to one of its requests as it commits", async () => {
    const e = example('14-ill-request-changed.graphql');
    expect(e.operation.operation).toBe('subscription');
    const { id, title, event } = await pkuRequestEvent();
    const client = createClient({ url: t.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { Authorization: `Bearer ${await t.token('member', PKU)}` }, retryAttempts: 0 });
    try {
      const before = pubSub.listening;
      const results = client.iterate({ query: e.text, variables: e.variables });
      const first = results.next();
      await vi.waitFor(() => expect(pubSub.listening).toBe(before + 1));
      await record(event);
      const { value } = await first;
      expect(value).toEqual({
        data: { illRequestChanged: { occurredAt: expect.any(String), action: 'CANCEL', fromState: event.data.fromState, state: 'CANCELLED', requesterCode: PKU, supplierCode: event.data.supplierCode, request: { id, title, state: expect.any(String) } } },
      });
      await results.return?.();
    } finally {
      await client.dispose();
    }
  });

  describe('examples/subscription-client.mjs', () => {
    const script = path.join('examples', 'subscription-client.mjs');

    it("prints one line per change to the member's requests and holdings, and stops after --count", async () => {
      const { id, title, event } = await pkuRequestEvent();
      const before = pubSub.listening;
      const running = run(process.execPath, [script, PKU, '--count', '2'], { SHAREGRAPH_URL: t.url, SHAREGRAPH_TOKEN: await t.token('member', PKU), SHAREGRAPH_API_KEY: undefined });
      await vi.waitFor(() => expect(pubSub.listening).toBe(before + 3), { timeout: 20_000 }); // its three subscriptions are open
      await record(event);
      const pkuMember = (await t.execute(`{ member(code: "${PKU}") { id } }`)).data!.member.id as string;
      await record({ type: 'HOLDINGS_CHANGED', memberCodes: [PKU], data: { member: pkuMember, memberCode: PKU, via: 'API', created: 1, updated: 2, deleted: 0, localIds: ['a', 'b', 'c'], localIdsCount: 3, localIdsTruncated: false } });
      const { code, stdout, stderr } = await running;
      expect(stderr).toContain(`listening for ${PKU} changes`);
      expect(code).toBe(0);
      const lines = stdout.trimEnd().split('\n');
      // one line each; the two come over different subscriptions, so either may print first (the ILL line
      // waits for its request to be read, the holdings line does not)
      expect(lines).toHaveLength(2);
      const ill = new RegExp(`^\\d{4}-\\d\\d-\\d\\dT\\S+Z  ILL CANCEL ${event.data.fromState} -> CANCELLED  ${PKU} -> \\S+  ${id} ${title}$`);
      const holdings = new RegExp(`^\\d{4}-\\d\\d-\\d\\dT\\S+Z  HOLDINGS ${PKU} via API: 1 created, 2 updated, 0 deleted \\(3 localIds\\)$`);
      expect(lines.filter((line) => ill.test(line))).toHaveLength(1);
      expect(lines.filter((line) => holdings.test(line))).toHaveLength(1);
    });

    it('exits 1 with the reason when the token is refused', async () => {
      const r = await run(process.execPath, [script], { SHAREGRAPH_URL: t.url, SHAREGRAPH_TOKEN: 'not-a-token', SHAREGRAPH_API_KEY: undefined });
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/subscription-client: \w+: connection closed \(4403: .+\)/);
    });

    it("exits 1 naming the member when the token's member may not see another member's events", async () => {
      const r = await run(process.execPath, [script, 'CN-110000-THU'], { SHAREGRAPH_URL: t.url, SHAREGRAPH_TOKEN: await t.token('member', PKU), SHAREGRAPH_API_KEY: undefined });
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/FORBIDDEN: .*CN-110000-THU/);
    });

    it('says how to call it, and exits 2, without credentials', async () => {
      const r = await run(process.execPath, [script], { SHAREGRAPH_URL: t.url, SHAREGRAPH_TOKEN: undefined, SHAREGRAPH_API_KEY: undefined });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/Usage: node examples\/subscription-client\.mjs \[memberCode\] \[--count N\]/);
    });
  });
});

describe('examples/who-holds.mjs', () => {
  const script = path.join('examples', 'who-holds.mjs');

  it('prints the lendable holders nearest to the point, one per line, nearest first', async () => {
    const lenders = await lendersByDistance(ISBN, SHANGHAI);
    expect(lenders.length).toBeGreaterThanOrEqual(5);
    const { code, stdout, stderr } = await run(process.execPath, [script, ISBN, String(SHANGHAI.lat), String(SHANGHAI.lon)], { SHAREGRAPH_URL: t.url });
    expect(stderr).not.toMatch(/who-holds:/);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(Math.min(10, lenders.length));
    const parsed = lines.map((line) => {
      const m = /^\s*(\d+\.\d) km {2}(\S+) {2}(.+?) {2}(\d+) available$/.exec(line);
      expect(m, line).not.toBeNull();
      return { km: Number(m![1]), code: m![2], name: m![3], available: Number(m![4]) };
    });
    // the nearest: whichever lender the members' coordinates put closest (a tie would allow either)
    const nearest = lenders.filter((l) => l.km - lenders[0].km < 1e-6);
    expect(nearest.map((l) => l.code)).toContain(parsed[0].code);
    const first = nearest.find((l) => l.code === parsed[0].code)!;
    expect(parsed[0]).toMatchObject({ name: first.name, available: first.available });
    expect(Math.abs(parsed[0].km - first.km)).toBeLessThanOrEqual(0.051);
    parsed.forEach((p, i) => expect(Math.abs(p.km - lenders[i].km)).toBeLessThanOrEqual(0.051));
  });

  it('says how to call it, and exits 2, without an ISBN', async () => {
    const r = await run(process.execPath, [script], { SHAREGRAPH_URL: t.url });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/Usage: node examples\/who-holds\.mjs <ISBN> \[lat lon\]/);
  });

  it("reports the server's error and exits 1 for an ISBN with a wrong check digit", async () => {
    const r = await run(process.execPath, [script, '9787020002208'], { SHAREGRAPH_URL: t.url });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/BAD_USER_INPUT: .*9787020002208.*not a valid ISBN/);
  });

  it('reports an unreachable server and exits 1', async () => {
    const url = `http://127.0.0.1:${await closedPort()}/graphql`;
    const r = await run(process.execPath, [script, ISBN], { SHAREGRAPH_URL: url });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`who-holds: cannot reach ${url}`);
  });
});

describe('examples/curl.sh', () => {
  const script = path.join('examples', 'curl.sh');
  const jsonAfter = (output: string, heading: RegExp) => {
    const lines = output.split('\n');
    const at = lines.findIndex((l) => heading.test(l));
    expect(at, `a "${heading.source}" heading in:\n${output}`).toBeGreaterThanOrEqual(0);
    return JSON.parse(lines[at + 1]);
  };

  it('is an executable bash script', () => {
    expect(statSync(path.join(ROOT, script)).mode & 0o111).not.toBe(0);
    expect(readFileSync(path.join(ROOT, script), 'utf8')).toMatch(/^#!\/usr\/bin\/env bash\n[\s\S]*^set -euo pipefail$/m);
  });

  it('asks who holds ISBN 7-02-000220-X and prints the JSON answer; skips the write without a token', async () => {
    const r = await run('bash', [script], { SHAREGRAPH_URL: t.url, SHAREGRAPH_TOKEN: undefined, SHAREGRAPH_MEMBER: undefined });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('傲慢与偏见');
    const answer = jsonAfter(r.stdout, /^== Who holds ISBN 7-02-000220-X\?/);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.records.edges[0].node).toMatchObject({ title: '傲慢与偏见', isbns: [ISBN] });
    expect(answer.data.records.edges[0].node.holdings.totalCount).toBeGreaterThanOrEqual(14);
    expect(r.stdout).toMatch(/Skipping the write: set SHAREGRAPH_TOKEN/);
  });

  it('reports a holding with the token from $SHAREGRAPH_TOKEN', async () => {
    const token = await t.token('member', 'CN-110000-PKU');
    const r = await run('bash', [script], { SHAREGRAPH_URL: t.url, SHAREGRAPH_TOKEN: token, SHAREGRAPH_MEMBER: undefined });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const write = jsonAfter(r.stdout, /^== Reporting a holding/);
    expect(write.errors).toBeUndefined();
    expect(write.data.upsertHoldings.userErrors).toEqual([]);
    expect(write.data.upsertHoldings.holdings).toEqual([
      expect.objectContaining({ localId: 'CURL-EXAMPLE-0001', member: { code: 'CN-110000-PKU' }, record: { title: '傲慢与偏见' }, lendable: true }),
    ]);
    const check = await t.execute(`{ holdings(filter: { memberCode: "CN-110000-PKU", isbn: "${ISBN}" }) { edges { node { localId } } } }`);
    expect(check.data!.holdings.edges.map((h: { node: { localId: string } }) => h.node.localId)).toContain('CURL-EXAMPLE-0001');
  });

  it('stops with a non-zero exit and shows the server answer when the token is refused', async () => {
    const r = await run('bash', [script], { SHAREGRAPH_URL: t.url, SHAREGRAPH_TOKEN: 'not-a-token', SHAREGRAPH_MEMBER: undefined });
    expect(r.code).not.toBe(0);
    expect(r.stdout).toContain('傲慢与偏见'); // the read still happened
    expect(r.stdout).toMatch(/UNAUTHENTICATED/);
  });
});
