/**
 * A small COUNTER API (SUSHI) provider for tests, on 127.0.0.1 and a free port: `GET [/r51]/reports/{id}`
 * answers the sample report of ../shared/fixtures/counter for that report and release, cut to the month
 * asked for (begin_date), after checking customer_id, requestor_id and api_key as a provider would
 * (2010, 2000, 2020). A month the sample does not cover is a report with exception 3030 and no items.
 * `script` queues answers to give first (an exception body, a status, a pause), per report ID or for any.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import path from 'node:path';

const FIXTURES = path.resolve(import.meta.dirname, '../../../shared/fixtures/counter');

export interface MockAccount {
  customerId: string;
  requestorId: string | null;
  apiKey: string | null;
}

export interface ScriptedAnswer {
  status?: number;
  /** JSON-serialised; a string is sent as it is */
  body?: unknown;
  headers?: Record<string, string>;
  /** never answer (the client's deadline must end it) */
  hang?: boolean;
}

export interface MockRequest {
  release: '5' | '5.1';
  reportId: string;
  query: Record<string, string>;
}

export interface MockSushi {
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
  /** host:port, for OUTBOUND_ALLOWED_HOSTS */
  hostPort: string;
  requests: MockRequest[];
  /** answers to give before the fixture, in order; key: report ID (upper case) or '*' */
  script(reportId: string, ...answers: ScriptedAnswer[]): void;
  close(): Promise<void>;
}

const exception = (code: number, message: string, data?: string) => ({ Code: code, Message: message, ...(data ? { Data: data } : {}) });

/** The sample report file for a report ID and release. */
export function fixtureFile(release: '5' | '5.1', reportId: string): string {
  return release === '5' ? path.join(FIXTURES, 'r5', `Sample-${reportId}.json`) : path.join(FIXTURES, 'r51', `${reportId.length > 2 ? reportId.replace('_', '') : reportId}_sample_r51.json`);
}

function lastDay(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

/** The report's counts for `month` only: R5.1 `{ "yyyy-mm": n }` maps and R5.0 `Performance` periods. Says whether any count was left. */
function cutToMonth(value: unknown, month: string, found: { any: boolean }): unknown {
  if (Array.isArray(value)) {
    const periods = value.filter((v) => typeof v === 'object' && v !== null && 'Period' in v);
    if (periods.length > 0 && periods.length === value.length) {
      const kept = value.filter((v: { Period: { Begin_Date: string } }) => v.Period.Begin_Date.startsWith(month));
      if (kept.length > 0) found.any = true;
      return kept;
    }
    return value.map((v) => cutToMonth(v, month, found));
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    if (entries.length > 0 && entries.every(([k]) => /^\d{4}-\d{2}$/.test(k))) {
      const kept = entries.filter(([k]) => k === month);
      if (kept.length > 0) found.any = true;
      return Object.fromEntries(kept);
    }
    return Object.fromEntries(entries.map(([k, v]) => [k, cutToMonth(v, month, found)]));
  }
  return value;
}

function reportFor(release: '5' | '5.1', reportId: string, month: string, customerId: string): unknown | null {
  const file = fixtureFile(release, reportId);
  if (!fs.existsSync(file)) return null;
  const sample = JSON.parse(fs.readFileSync(file, 'utf8')) as { Report_Header: Record<string, unknown>; Report_Items: unknown[] };
  const found = { any: false };
  const items = cutToMonth(sample.Report_Items, month, found) as unknown[];
  const header = { ...sample.Report_Header };
  if (Array.isArray(header.Report_Filters)) {
    header.Report_Filters = (header.Report_Filters as { Name: string; Value: string }[]).map((f) => (f.Name === 'Begin_Date' ? { ...f, Value: `${month}-01` } : f.Name === 'End_Date' ? { ...f, Value: lastDay(month) } : f));
    header.Customer_ID = customerId;
  } else {
    header.Report_Filters = { ...(header.Report_Filters as object), Begin_Date: `${month}-01`, End_Date: lastDay(month) };
  }
  if (!found.any) {
    header.Exceptions = [exception(3030, 'No Usage Available for Requested Dates', `no usage in ${month}`)];
    return { Report_Header: header, Report_Items: [] };
  }
  return { Report_Header: header, Report_Items: items };
}

export async function startMockSushi(accounts: MockAccount[]): Promise<MockSushi> {
  const requests: MockRequest[] = [];
  const queues = new Map<string, ScriptedAnswer[]>();
  const sockets = new Set<Socket>();
  const send = (res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(typeof body === 'string' ? body : JSON.stringify(body));
  };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://mock');
    const m = /^(\/r51)?\/reports\/([a-z0-9_]+)$/.exec(url.pathname);
    if (!m) return send(res, 404, exception(3000, 'Report Not Supported', url.pathname));
    const release = m[1] ? '5.1' : '5';
    const reportId = m[2].toUpperCase();
    const query = Object.fromEntries(url.searchParams);
    requests.push({ release, reportId, query });
    const scripted = queues.get(reportId)?.shift() ?? queues.get('*')?.shift();
    if (scripted) {
      if (scripted.hang) return; // the socket stays open until the client gives up or close()
      return send(res, scripted.status ?? 200, scripted.body ?? '', scripted.headers);
    }
    const account = accounts.find((a) => a.customerId === query.customer_id);
    if (!query.customer_id || !query.begin_date || !query.end_date) return send(res, 400, exception(1030, 'Insufficient Information to Process Request'));
    if (!account) return send(res, 403, exception(2010, 'Requestor is Not Authorized to Access Usage for Institution', query.customer_id));
    if (account.requestorId && query.requestor_id !== account.requestorId) return send(res, 401, exception(2000, 'Requestor Not Authorized to Access Service'));
    if (account.apiKey && query.api_key !== account.apiKey) return send(res, 401, exception(2020, 'APIKey Invalid'));
    if (query.begin_date !== query.end_date || !/^\d{4}-\d{2}$/.test(query.begin_date)) return send(res, 400, exception(3020, 'Invalid Date Arguments'));
    const report = reportFor(release, reportId, query.begin_date, account.customerId);
    if (!report) return send(res, 404, exception(3000, 'Report Not Supported', reportId));
    send(res, 200, report);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${port}`,
    hostPort: `127.0.0.1:${port}`,
    requests,
    script(reportId, ...answers) {
      const key = reportId.toUpperCase();
      queues.set(key, [...(queues.get(key) ?? []), ...answers]);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

export { exception as counterException };
