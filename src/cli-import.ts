/**
 * `import marc FILE... --member CODE …`: progress and messages on standard error, the summary on
 * standard output (with --json, its last line is one JSON object). Exit codes: 0 the files were read
 * (even with rejected records), 1 a file cannot be parsed at all (nothing is written), 2 usage.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Config } from './config.js';
import type { CliIo, CliOutput } from './cli-io.js';
import { commandLogger } from './cli-log.js';
import { UsageError } from './cli-usage.js';
import { openStore } from './db/store.js';
import { UnsupportedFormatError } from './importers/marc/read-marc.js';
import { parseIdField, type IdField } from './importers/marc/record-id.js';
import { SYSTEM_VIEWER } from './auth/viewer.js';
import { checkEncoding, importMarc, ImportRequestError, WARNINGS_KEPT, type ImportSummary, type ImportWarning } from './modules/imports/index.js';

const FORMATS = ['auto', 'iso2709', 'marcxml', 'json'] as const;
const DIALECTS = ['auto', 'marc21', 'unimarc'] as const;
/** Lines of warnings and of rejected records printed on standard error; all are in the JSON summary (warnings: the first WARNINGS_KEPT). */
const PRINTED = 20;

function progressReporter(out: CliOutput): { update(text: string): void; done(): void } {
  const tty = out.isTTY;
  let last = 0;
  return {
    update(text) {
      const now = Date.now();
      if (tty) out.write(`\r${text}\x1b[K`);
      else if (now - last > 5000) {
        out.write(`${text}\n`);
        last = now;
      }
    },
    done() {
      if (tty) out.write('\n');
    },
  };
}

export function summaryJson(s: ImportSummary) {
  return {
    read: s.read, created: s.created, merged: s.merged, updated: s.updated, deleted: s.deleted, holdings: s.holdings, rejected: s.rejected,
    deletedByReplace: s.deletedByReplace, warnings: s.warnings, warningCount: s.warningCount, importId: s.importId,
  };
}

/** One line: `warning: FILE record N: message`, or `warning: message` for the whole load. */
export function warningLine(w: ImportWarning): string {
  const where = w.file === null ? '' : w.position === null ? `${w.file}: ` : `${w.file} record ${w.position}: `;
  return `warning: ${where}${w.message.replace(/[\r\n]+/g, ' ')}`;
}

export async function importCommand(config: Config, args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      member: { type: 'string' },
      format: { type: 'string', default: 'auto' },
      dialect: { type: 'string', default: 'auto' },
      encoding: { type: 'string', default: 'auto' },
      'id-field': { type: 'string' },
      replace: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  if (!values.member) throw new UsageError('--member CODE (the ISIL of the member whose records these are) is required');
  if (positionals.length === 0) throw new UsageError('name at least one file to import');
  const format = values.format as (typeof FORMATS)[number];
  const dialect = values.dialect as (typeof DIALECTS)[number];
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
  if (!DIALECTS.includes(dialect)) throw new UsageError(`--dialect must be one of ${DIALECTS.join(', ')}`);
  let idField: IdField | null = null;
  if (values['id-field'] !== undefined) {
    const parsed = parseIdField(values['id-field']);
    if ('error' in parsed) throw new UsageError(`--id-field: ${parsed.error}`);
    idField = parsed;
  }
  for (const file of positionals) if (!existsSync(file) || !statSync(file).isFile()) throw new UsageError(`cannot read ${file}: no such file`);
  const encoding = values.encoding ?? 'auto';
  try {
    checkEncoding(encoding); // before the database is opened
  } catch (err) {
    if (err instanceof ImportRequestError) throw new UsageError(`--encoding: ${err.message}`);
    throw err;
  }

  const log = commandLogger(config.logLevel, io);
  const store = await openStore(config, 'import', log);
  const progress = progressReporter(io.stderr);
  const started = Date.now();
  try {
    const summary = await importMarc(
      store.database.db,
      SYSTEM_VIEWER, // the CLI acts as an admin (src/auth/viewer.ts)
      positionals.map((file) => ({ name: file, source: { path: path.resolve(file) } })),
      {
        memberCode: values.member,
        format,
        dialect,
        encoding,
        replace: values.replace ?? false,
        idField,
        via: 'cli',
        actor: 'cli',
        onProgress: (p) => {
          const secs = (Date.now() - started) / 1000;
          progress.update(`${p.file}: ${p.read} records read, ${p.holdings} holdings (${Math.round(p.read / Math.max(secs, 0.001))} records/s)`);
        },
      },
    );
    progress.done();
    for (const w of summary.warnings.slice(0, PRINTED)) io.stderr.write(`${warningLine(w)}\n`);
    if (summary.warningCount > PRINTED) io.stderr.write(`… and ${summary.warningCount - PRINTED} more warnings (the first ${WARNINGS_KEPT} in the JSON summary and the imports query)\n`);
    for (const r of summary.rejected.slice(0, PRINTED)) io.stderr.write(`rejected: ${r.file} record ${r.position}: ${r.reason}\n`);
    if (summary.rejected.length > PRINTED) io.stderr.write(`… and ${summary.rejected.length - PRINTED} more rejected (all in the JSON summary and the imports query)\n`);
    const secs = (Date.now() - started) / 1000;
    io.stderr.write(
      `read ${summary.read}: ${summary.created} new clusters, ${summary.merged} merged, ${summary.updated} updated, ${summary.deleted} deleted, ` +
        `${summary.rejected.length} rejected; ${summary.holdings} holdings; ${summary.warningCount} warning${summary.warningCount === 1 ? '' : 's'}` +
        (values.replace ? `; ${summary.deletedByReplace} removed as absent from the files (--replace)` : '') +
        ` in ${secs.toFixed(1)} s\n`,
    );
    if (values.json) io.stdout.write(`${JSON.stringify(summaryJson(summary))}\n`);
    return 0;
  } catch (err) {
    progress.done();
    if (err instanceof UnsupportedFormatError) {
      io.stderr.write(`sharegraph: ${err.message}\nNothing was written.\n`);
      return 1;
    }
    if (err instanceof ImportRequestError) throw new UsageError(err.message);
    throw err;
  } finally {
    await store.close();
  }
}
