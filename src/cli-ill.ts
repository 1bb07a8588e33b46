/**
 * `ill purge`: removes the patron references of ILL requests closed longer ago than the retention
 * period, as `serve` does daily (src/modules/ill/ill-retention.ts). The summary goes to standard
 * output (its last line the JSON with --json).
 */
import { parseArgs } from 'node:util';
import type { CliIo } from './cli-io.js';
import { commandLogger } from './cli-log.js';
import { UsageError } from './cli-usage.js';
import type { Config } from './config.js';
import { openStore } from './db/store.js';
import { removeExpiredPatronReferences } from './modules/ill/index.js';

export async function illPurgeCommand(config: Config, args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args, strict: true, allowPositionals: true, options: { days: { type: 'string' }, json: { type: 'boolean', default: false } } });
  if (positionals.length > 0) throw new UsageError(`ill purge takes no arguments (got "${positionals[0]}")`);
  let days = config.ill.patronRetentionDays;
  if (values.days !== undefined) {
    days = Number(values.days);
    if (!/^\d+$/.test(values.days) || days > 36_500) throw new UsageError(`--days takes a whole number of days (0 to 36500), got "${values.days}"`);
  }
  const store = await openStore(config, 'ill purge', commandLogger(config.logLevel === 'info' ? 'warn' : config.logLevel, io));
  try {
    const result = await removeExpiredPatronReferences(store.database.db, new Date(), days);
    const summary = { removed: result.removed, closedBefore: result.closedBefore.toISOString(), retentionDays: days };
    io.stdout.write(values.json ? `${JSON.stringify(summary)}\n` : `removed ${result.removed} patron reference${result.removed === 1 ? '' : 's'} of ILL requests closed before ${summary.closedBefore} (${days} days)\n`);
    return 0;
  } finally {
    await store.close();
  }
}
