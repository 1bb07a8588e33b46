/**
 * `import kbart FILE --resource ID [--reason TEXT] [--json]`: loads or re-loads a resource's KBART
 * title list. Progress and messages on standard error; with --json the last line of standard output
 * is the summary as one JSON object. Exit codes as for `import marc`: 0 the file was read (even with
 * rejected rows), 1 the file is not a KBART list at all (nothing is written), 2 usage (including an
 * unknown resource).
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { SYSTEM_VIEWER } from './auth/viewer.js';
import type { Config } from './config.js';
import type { CliIo } from './cli-io.js';
import { commandLogger } from './cli-log.js';
import { UsageError } from './cli-usage.js';
import { openStore } from './db/store.js';
import { idOf } from './graphql/global-id.js';
import { importKbart, onTitleListChange, UnknownResourceError, UnreadableKbartError, type KbartSummary } from './modules/resources/index.js';
import { rematchAfterTitleListChange } from './modules/usage/index.js';

export function kbartSummaryJson(s: KbartSummary) {
  return { read: s.read, added: s.added, changed: s.changed, unchanged: s.unchanged, dropped: s.dropped, rejected: s.rejected, warnings: s.warnings };
}

export async function importKbartCommand(config: Config, args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: { resource: { type: 'string' }, reason: { type: 'string' }, json: { type: 'boolean', default: false } },
  });
  if (!values.resource) throw new UsageError('--resource ID (the resource\'s global ID, as the API gives it in resources { edges { node { id } } }) is required');
  const resourceId = idOf(values.resource, 'Resource');
  if (resourceId === null) throw new UsageError(`--resource: ${values.resource} is not a resource ID (use the id the API gives)`);
  if (positionals.length !== 1) throw new UsageError('name exactly one KBART file to import');
  const file = positionals[0];
  if (!existsSync(file) || !statSync(file).isFile()) throw new UsageError(`cannot read ${file}: no such file`);
  const log = commandLogger(config.logLevel, io);
  onTitleListChange(rematchAfterTitleListChange); // COUNTER report titles are matched to the new list, as over the API
  const store = await openStore(config, 'import', log);
  const started = Date.now();
  try {
    const { resource, summary } = await importKbart(
      store.database.db,
      SYSTEM_VIEWER, // the CLI acts as an admin (src/auth/viewer.ts)
      resourceId,
      { path: path.resolve(file) },
      { reason: values.reason ?? `import kbart ${path.basename(file)}`, via: 'cli', onProgress: (m) => io.stderr.write(`${m}\n`) },
    );
    for (const w of summary.warnings.slice(0, 20)) io.stderr.write(`warning: line ${w.row}: ${w.message}\n`);
    if (summary.warnings.length > 20) io.stderr.write(`… and ${summary.warnings.length - 20} more warnings (all in the JSON summary)\n`);
    for (const r of summary.rejected.slice(0, 20)) io.stderr.write(`rejected: line ${r.row}: ${r.reason}\n`);
    if (summary.rejected.length > 20) io.stderr.write(`… and ${summary.rejected.length - 20} more rejected (all in the JSON summary)\n`);
    io.stderr.write(
      `${resource.name}: read ${summary.read}: ${summary.added} added, ${summary.changed} changed, ${summary.unchanged} unchanged, ` +
        `${summary.rejected.length} rejected; ${summary.dropped} dropped in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
    );
    if (values.json) io.stdout.write(`${JSON.stringify(kbartSummaryJson(summary))}\n`);
    return 0;
  } catch (err) {
    if (err instanceof UnreadableKbartError) {
      io.stderr.write(`sharegraph: ${file} is not a KBART file: ${err.message}\nNothing was written.\n`);
      return 1;
    }
    if (err instanceof UnknownResourceError) throw new UsageError(`--resource: no resource has ID ${values.resource}`);
    throw err;
  } finally {
    await store.close();
  }
}
