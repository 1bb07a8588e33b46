/**
 * Harvesting COUNTER reports over the COUNTER API (SUSHI): per provider × member account × report ×
 * month, through the ledger (sushi-ledger.ts) and the one outbound client. `harvestUsage` schedules a
 * month and runs whatever is due; reading and storing a report are handed in (`HarvestDeps`), so the
 * harvester only asks, decides and records.
 */
import { randomBytes } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import type { CounterReadResult } from '../../importers/counter/counter-types.js';
import { OutboundError, type OutboundClient } from '../../lib/outbound/index.js';
import type { Sealer } from '../../lib/sealed-secrets.js';
import { members } from '../members/index.js';
import { consortiumToday } from '../resources/index.js';
import { decideAnswer, describeExceptions, type AnswerDecision, type CounterReaders } from './sushi-answer.js';
import { bringForward, claimDue, finishClaim, scheduleMonth, type LedgerOutcome } from './sushi-ledger.js';
import { usageHarvests, type UsageHarvestRow } from './sushi.tables.js';
import { usageAccounts, usageProviders, type UsageAccountRow, type UsageProviderRow } from './usage.tables.js';

/** A harvested report on its way to the usage store. */
export interface HarvestedReport {
  read: CounterReadResult;
  provider: UsageProviderRow;
  memberCode: string;
  /** e.g. "Sample Publisher-TR-2026-11.json" */
  fileName: string;
  raw: string;
}

export interface HarvestDeps extends CounterReaders {
  outbound: OutboundClient;
  sealer: Sealer;
  /** stores a report whole (replacing what the same month held) and says where */
  store(db: Db, report: HarvestedReport): Promise<{ counterReportId: number; factsStored: number }>;
  /** waits before the 2nd, 3rd … attempt after a "try later" answer; after the last, FAILED */
  retryDelaysMs: readonly number[];
  /** the clock (tests move it) */
  now(): Date;
  /** how long a taken row stays this harvester's (default 15 minutes) */
  leaseMs?: number;
  /** who takes rows, for the ledger (default: a random name per harvestUsage call) */
  worker?: string;
  /** progress, one line per request */
  log?(message: string): void;
}

export interface HarvestRequest {
  providerId?: number | null;
  /** yyyy-mm; default the month before this one (in CONSORTIUM_TZ) */
  month?: string | null;
  /** also ask again for the month's DONE, NO_USAGE and FAILED reports */
  again?: boolean;
  /**
   * 'due' (the monthly timer): create the month's rows and run what is due, any month; 'asked' (CLI,
   * mutation): the month's waiting rows are due now, and only that month runs.
   */
  mode?: 'due' | 'asked';
  /** false: only run what is due (the timer before the harvest day); default true */
  schedule?: boolean;
  /** stops taking new lines (the one being asked finishes) */
  signal?: AbortSignal;
}

export interface HarvestSummary {
  /** yyyy-mm */
  month: string;
  /** ledger rows created for the month */
  scheduled: number;
  /** the rows this call worked on, as they stand after it */
  harvests: UsageHarvestRow[];
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** yyyy-mm → yyyy-mm-01, or null. */
export function monthStart(month: string): string | null {
  return MONTH.test(month) ? `${month}-01` : null;
}

/** The month before `now`'s month, as the consortium's calendar has it (yyyy-mm). */
export function previousMonth(now: Date): string {
  const [y, m] = consortiumToday(now).split('-').map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/**
 * `{sushiUrl}[/r51]/reports/{id}` (R5.1 paths sit under /r51: added unless the URL already ends with
 * it) with customer_id, requestor_id, api_key, platform and the month as begin_date and end_date.
 */
export function reportUrl(provider: UsageProviderRow, account: UsageAccountRow, reportId: string, month: string, credentials: { requestorId: string | null; apiKey: string | null }): URL {
  let base = (provider.sushiUrl ?? '').replace(/\/+$/, '');
  if (provider.release === '5.1' && !/\/r51$/i.test(base)) base += '/r51';
  const url = new URL(`${base}/reports/${reportId.toLowerCase()}`);
  url.searchParams.set('customer_id', account.customerId);
  if (credentials.requestorId) url.searchParams.set('requestor_id', credentials.requestorId);
  if (credentials.apiKey) url.searchParams.set('api_key', credentials.apiKey);
  if (provider.platform) url.searchParams.set('platform', provider.platform);
  url.searchParams.set('begin_date', month);
  url.searchParams.set('end_date', month);
  return url;
}

/** Context strings the credentials are sealed under (the column and the account they belong to). */
export const credentialContext = (column: 'requestor_id' | 'api_key', providerId: number, customerId: string) => `usage_accounts.${column}:${providerId}:${customerId}`;

/** Removes credentials from a message before it is written anywhere. */
function redact(message: string, secrets: readonly (string | null)[]): string {
  let out = message;
  for (const s of secrets) if (s && s.length >= 3) out = out.split(s).join('***').split(encodeURIComponent(s)).join('***');
  return out;
}

async function harvestOne(db: Db, deps: HarvestDeps, id: number, worker: string): Promise<void> {
  const [slot] = await db
    .select({ harvest: usageHarvests, provider: usageProviders, account: usageAccounts, memberCode: members.code })
    .from(usageHarvests)
    .innerJoin(usageProviders, eq(usageProviders.id, usageHarvests.providerId))
    .innerJoin(usageAccounts, eq(usageAccounts.id, usageHarvests.accountId))
    .innerJoin(members, eq(members.id, usageHarvests.memberId))
    .where(eq(usageHarvests.id, id));
  if (!slot) return; // its account was removed meanwhile (the row went with it)
  const { harvest, provider, account, memberCode } = slot;
  const month = harvest.month.slice(0, 7);
  const where = `${provider.name} ${harvest.reportId} ${month} for ${memberCode}`;
  let secrets: (string | null)[] = [];
  const finish = async (outcome: LedgerOutcome) => {
    const message = redact(outcome.message, secrets);
    await finishClaim(db, id, worker, { ...outcome, message }, deps.now());
    deps.log?.(`${where}: ${outcome.status} (${message})`);
  };
  let credentials: { requestorId: string | null; apiKey: string | null };
  try {
    credentials = {
      requestorId: account.requestorIdSealed ? deps.sealer.open(account.requestorIdSealed, credentialContext('requestor_id', provider.id, account.customerId)) : null,
      apiKey: account.apiKeySealed ? deps.sealer.open(account.apiKeySealed, credentialContext('api_key', provider.id, account.customerId)) : null,
    };
    secrets = [credentials.requestorId, credentials.apiKey];
  } catch (err) {
    await finish({ status: 'FAILED', message: (err as Error).message, exceptions: [], httpStatus: null });
    return;
  }
  const retryOrFail = async (reason: string, exceptions: LedgerOutcome['exceptions'], httpStatus: number | null, retryAfterMs: number | null) => {
    const attempts = harvest.attempts; // read after the claim, which counted this one
    const delay = deps.retryDelaysMs[attempts - 1];
    if (delay === undefined) {
      await finish({ status: 'FAILED', message: `gave up after ${attempts} attempt${attempts === 1 ? '' : 's'}: ${reason}`, exceptions, httpStatus });
      return;
    }
    const wait = Math.max(delay, Math.min(retryAfterMs ?? 0, deps.retryDelaysMs.at(-1) ?? delay));
    await finish({ status: 'RETRY', message: reason, exceptions, httpStatus, nextAttemptAt: new Date(deps.now().getTime() + wait) });
  };

  let status: number;
  let text: string;
  let headers: Record<string, string | string[] | undefined>;
  try {
    const response = await deps.outbound.request(reportUrl(provider, account, harvest.reportId, month, credentials), { headers: { accept: 'application/json' } });
    ({ status, headers } = response);
    text = response.body.toString('utf8');
  } catch (err) {
    if (!(err instanceof OutboundError)) throw err;
    if (err.code === 'TIMEOUT' || err.code === 'NETWORK') await retryOrFail(`${err.code}: ${err.message}`, [], null, null);
    else await finish({ status: 'FAILED', message: `${err.code}: ${err.message}`, exceptions: [], httpStatus: null });
    return;
  }
  const fileName = `${provider.name}-${harvest.reportId}-${month}.json`;
  let decision: AnswerDecision;
  try {
    decision = decideAnswer(status, text, headers, deps, fileName);
  } catch (err) {
    await finish({ status: 'FAILED', message: `the answer could not be read: ${(err as Error).message}`, exceptions: [], httpStatus: status });
    return;
  }
  switch (decision.kind) {
    case 'RETRY':
      await retryOrFail(decision.reason, decision.exceptions, status, decision.retryAfterMs);
      return;
    case 'FAILED':
      await finish({ status: 'FAILED', message: decision.reason, exceptions: decision.exceptions, httpStatus: status });
      return;
    case 'NO_USAGE':
      await finish({ status: 'NO_USAGE', message: `no report sent: ${decision.reason}`, exceptions: decision.exceptions, httpStatus: status, counterReportId: null, factsStored: 0 });
      return;
    case 'STORE': {
      let stored: { counterReportId: number; factsStored: number };
      try {
        stored = await deps.store(db, { read: decision.read, provider, memberCode, fileName, raw: text });
      } catch (err) {
        await finish({ status: 'FAILED', message: `the report was not stored: ${(err as Error).message}`, exceptions: decision.exceptions, httpStatus: status });
        return;
      }
      const codes = decision.exceptions.length > 0 ? `; exceptions: ${describeExceptions(decision.exceptions)}` : '';
      await finish({
        status: decision.noUsage ? 'NO_USAGE' : 'DONE',
        message: `stored: ${stored.factsStored} fact${stored.factsStored === 1 ? '' : 's'}${codes}`,
        exceptions: decision.exceptions,
        httpStatus: status,
        counterReportId: stored.counterReportId,
        factsStored: stored.factsStored,
      });
    }
  }
}

/**
 * Schedules a month (every active provider with a COUNTER API, or one) and runs what is due, one request
 * at a time. Safe to run from several processes at once: each row is asked for by one of them.
 */
export async function harvestUsage(db: Db, deps: HarvestDeps, request: HarvestRequest = {}): Promise<HarvestSummary> {
  const month = request.month ?? previousMonth(deps.now());
  const first = monthStart(month);
  if (!first) throw new Error(`month must be yyyy-mm, got "${month}"`);
  const worker = deps.worker ?? `harvest:${process.pid}:${randomBytes(6).toString('hex')}`;
  const providerId = request.providerId ?? null;
  const asked = request.mode === 'asked';
  const scheduled = request.schedule === false ? 0 : await scheduleMonth(db, first, providerId, deps.now());
  if (asked) await bringForward(db, { providerId, month: first }, request.again ?? false, deps.now());
  const touched: number[] = [];
  while (!request.signal?.aborted) {
    const id = await claimDue(db, worker, asked ? { providerId, month: first } : { providerId }, deps.now(), deps.leaseMs ?? 15 * 60_000);
    if (id === null) break;
    touched.push(id);
    await harvestOne(db, deps, id, worker);
  }
  const harvests = touched.length === 0 ? [] : await db.select().from(usageHarvests).where(inArray(usageHarvests.id, touched)).orderBy(usageHarvests.id);
  return { month, scheduled, harvests };
}
