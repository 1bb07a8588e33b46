/**
 * `usage harvest`: a month of COUNTER usage from the providers' COUNTER APIs, now, through the same
 * harvester (and ledger) as the monthly run of `serve`. Progress on standard error; the ledger lines on
 * standard output, with --json one object on the last line.
 */
import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import type { Config } from './config.js';
import type { CliIo } from './cli-io.js';
import { commandLogger } from './cli-log.js';
import { UsageError } from './cli-usage.js';
import { openStore } from './db/store.js';
import { members } from './modules/members/index.js';
import { harvestDepsFor, harvestUsage, monthStart, usageProviders } from './modules/usage/index.js';

export async function usageHarvestCommand(config: Config, args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    strict: true,
    allowPositionals: true,
    options: { provider: { type: 'string' }, month: { type: 'string' }, again: { type: 'boolean', default: false }, json: { type: 'boolean', default: false } },
  });
  if (positionals.length > 0) throw new UsageError(`usage harvest takes no arguments besides its options (got "${positionals[0]}")`);
  if (values.month !== undefined && !monthStart(values.month)) throw new UsageError(`--month must be yyyy-mm (got "${values.month}")`);
  if (values.provider !== undefined && !values.provider.trim()) throw new UsageError('--provider needs a name');
  const store = await openStore(config, 'usage harvest', commandLogger(config.logLevel, io));
  try {
    const db = store.database.db;
    let providerId: number | null = null;
    if (values.provider) {
      const [row] = await db.select().from(usageProviders).where(eq(usageProviders.name, values.provider.trim()));
      if (!row) throw new UsageError(`no usage provider is named "${values.provider}"`);
      if (!row.sushiUrl) throw new UsageError(`usage provider "${row.name}" has no COUNTER API URL: its usage is loaded from files`);
      providerId = row.id;
    }
    const deps = harvestDepsFor(config, { log: (m) => io.stderr.write(`${m}\n`) });
    const summary = await harvestUsage(db, deps, { providerId, month: values.month ?? null, again: values.again, mode: 'asked' });
    const providers = new Map((await db.select().from(usageProviders)).map((p) => [p.id, p.name]));
    const codes = new Map((await db.select({ id: members.id, code: members.code }).from(members)).map((m) => [m.id, m.code]));
    const lines = summary.harvests.map((h) => ({
      provider: providers.get(h.providerId) ?? String(h.providerId),
      member: codes.get(h.memberId) ?? String(h.memberId),
      report: h.reportId,
      month: h.month.slice(0, 7),
      status: h.status,
      attempts: h.attempts,
      exceptionCodes: h.lastExceptionCodes,
      message: h.lastMessage,
      httpStatus: h.lastHttpStatus,
      factsStored: h.factsStored,
      nextAttemptAt: h.status === 'RETRY' ? h.nextAttemptAt.toISOString() : null,
    }));
    io.stderr.write(`${summary.month}: ${summary.scheduled} new ledger line${summary.scheduled === 1 ? '' : 's'}, ${lines.length} asked for\n`);
    if (values.json) {
      io.stdout.write(`${JSON.stringify({ month: summary.month, scheduled: summary.scheduled, harvests: lines })}\n`);
    } else {
      for (const l of lines) io.stdout.write(`${l.status.padEnd(8)} ${l.provider}  ${l.report}  ${l.month}  ${l.member}${l.exceptionCodes.length ? `  [${l.exceptionCodes.join(',')}]` : ''}  ${l.message ?? ''}\n`);
    }
    return lines.every((l) => l.status === 'DONE' || l.status === 'NO_USAGE') ? 0 : 1;
  } finally {
    await store.close();
  }
}
