/**
 * `import counter FILE... [--member CODE] [--provider NAME] [--json]`: stores COUNTER R5/R5.1 reports
 * (JSON, TSV or CSV), each file its own report, stored whole or refused whole. One line per file on
 * standard output (on standard error with --json), progress and each rejected row on standard error;
 * with --json the last line of standard output is one JSON object: the report's summary, or for
 * several files `{ "reports": [ … ], "totals" }`. Exit codes: 0 every report was stored, 1 a report
 * was refused (nothing of it stored; the other files are stored or refused on their own), 2 usage.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { SYSTEM_VIEWER } from './auth/viewer.js';
import type { Config } from './config.js';
import type { CliIo } from './cli-io.js';
import { commandLogger } from './cli-log.js';
import { UsageError } from './cli-usage.js';
import { openStore } from './db/store.js';
import { CounterStoreRequestError, importCounterFile, sumTotals, type CounterStoreSummary } from './modules/usage/index.js';

/** The JSON of one report: the keys scripts rely on first, then what else the store knows. */
export function counterSummaryJson(file: string, s: CounterStoreSummary) {
  return {
    release: s.release, reportId: s.reportId, begin: s.begin, end: s.end, rowsRead: s.rowsRead, factsStored: s.factsStored,
    rejected: s.rejected.map((r) => ({ row: r.row, reason: r.reason })), totals: s.totals,
    file, stored: s.stored, provider: s.provider, members: s.members.map((m) => ({ memberCode: m.memberCode, factsStored: m.factsStored })),
    exceptions: s.exceptions.map((e) => ({ code: e.code, message: e.message, data: e.data })), noUsage: s.noUsage,
  };
}

const month = (date: string | null) => date?.slice(0, 7) ?? '?';

/** `FILE: TR (5.1) 2024-01..2024-12 from Provider: 240 rows read, 2,880 facts stored for CN-…` */
export function counterSummaryLine(file: string, s: CounterStoreSummary): string {
  const what = `${file}: ${s.reportId ?? 'not a COUNTER report'}${s.release ? ` (${s.release})` : ''}${s.begin ? ` ${month(s.begin)}..${month(s.end)}` : ''}${s.provider ? ` from ${s.provider}` : ''}`;
  if (!s.stored) return `${what}: refused, nothing stored: ${s.rejected.length} rejected row${s.rejected.length === 1 ? '' : 's'} of ${s.rowsRead} read`;
  const exceptions = s.exceptions.length > 0 ? `; exceptions ${s.exceptions.map((e) => e.code).join(', ')}${s.noUsage ? ' (no usage)' : ''}` : '';
  return `${what}: ${s.rowsRead} rows read, ${s.factsStored} facts stored for ${s.members.map((m) => m.memberCode).join(', ')}${exceptions}`;
}

export async function importCounterCommand(config: Config, args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: { member: { type: 'string' }, provider: { type: 'string' }, json: { type: 'boolean', default: false } },
  });
  if (positionals.length === 0) throw new UsageError('name at least one COUNTER report file to import');
  if (values.member !== undefined && !values.member.trim()) throw new UsageError('--member needs a member code (ISIL)');
  if (values.provider !== undefined && !values.provider.trim()) throw new UsageError('--provider needs a name');
  for (const file of positionals) if (!existsSync(file) || !statSync(file).isFile()) throw new UsageError(`cannot read ${file}: no such file`);

  const log = commandLogger(config.logLevel, io);
  const store = await openStore(config, 'import', log);
  const lines = values.json ? io.stderr : io.stdout;
  const summaries: { file: string; summary: CounterStoreSummary }[] = [];
  let lastProgress = 0;
  const progress = (file: string, message: string) => {
    if (Date.now() - lastProgress < 5000) return; // a line every 5 s at most: a million facts come in a hundred batches
    lastProgress = Date.now();
    io.stderr.write(`${file}: ${message}\n`);
  };
  try {
    for (const file of positionals) {
      const started = Date.now();
      const summary = await importCounterFile(
        store.database.db,
        SYSTEM_VIEWER, // the CLI acts as an admin (src/auth/viewer.ts)
        { name: path.basename(file), bytes: readFileSync(file) },
        { memberCode: values.member ?? null, provider: values.provider ?? null, via: 'cli', actor: 'cli', onProgress: (m) => progress(file, m) },
      );
      summaries.push({ file, summary });
      for (const r of summary.rejected) io.stderr.write(`rejected: ${file} row ${r.row}: ${r.reason.replace(/[\r\n]+/g, ' ')}\n`);
      lines.write(`${counterSummaryLine(file, summary)} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    }
  } catch (err) {
    if (err instanceof CounterStoreRequestError) throw new UsageError(`--${err.field === 'memberCode' ? 'member' : 'provider'}: ${err.message}`);
    throw err;
  } finally {
    await store.close();
  }
  if (values.json) {
    const reports = summaries.map((s) => counterSummaryJson(s.file, s.summary));
    const out = reports.length === 1 ? reports[0] : { reports, totals: sumTotals(summaries.map((s) => s.summary)) };
    io.stdout.write(`${JSON.stringify(out)}\n`);
  }
  return summaries.every((s) => s.summary.stored) ? 0 : 1;
}
