#!/usr/bin/env node
/**
 * The one entry point: `sharegraph <command>` (installed bin) or `npm run cli -- <command>`.
 * Process I/O and exit codes live here only: 0 done, 1 failed, 2 usage error.
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, type Config } from './config.js';
import { resolveJwtSecret } from './auth/secret.js';
import { issueToken, parseTtl } from './auth/tokens.js';
import { TOKEN_ROLES, type TokenRole } from './auth/viewer.js';
import { DataDirBusyError } from './db/data-dir-lock.js';
import { openStore } from './db/store.js';
import { isilProblem } from './lib/identifiers.js';
import { createLogger } from './log.js';
import { seedDemoData } from './modules/seed/index.js';
import { startServer } from './server.js';
import { importCommand } from './cli-import.js';
import { importKbartCommand } from './cli-import-kbart.js';

const HELP = `sharegraph: the consortium GraphQL API

Usage: sharegraph <command> [options]     (from the repository: npm run cli -- <command> [options])

Commands:
  serve                 serve the API (http://localhost:$PORT/graphql); migrates, and loads demo data into an empty database
  migrate               apply pending database migrations, then exit
  seed                  load the demo data if the database is empty, then exit
  import marc FILE... --member CODE [--format auto|iso2709|marcxml|json] [--dialect auto|marc21|unimarc]
                    [--encoding auto|utf8|marc8|gb18030|<iconv name>] [--id-field TAG[$code]] [--replace] [--json]
                        load a member's MARC records (and their holdings); a record's ID is --id-field (907$a, 999$c, 001 …),
                        else 001, else the first 035 $a; progress, warnings and messages on standard error;
                        with --json the last line of standard output is the summary as one JSON object
  import kbart FILE --resource ID [--reason TEXT] [--json]
                        load or re-load a resource's KBART title list (ID: the resource's global ID from the API);
                        a re-load updates titles in place; same progress, --json and exit-code conventions
  token --role ROLE [--member CODE] [--ttl 1h] [--sub NAME]
                        print a signed token (ROLE: member | analyst | admin; member needs --member ISIL); last line is the bare token
  help                  this text

Configuration is read from environment variables: see README.md.`;

import { UsageError } from './cli-usage.js';

async function tokenCommand(config: Config, args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { role: { type: 'string' }, member: { type: 'string' }, ttl: { type: 'string', default: '1h' }, sub: { type: 'string' } }, strict: true });
  const role = values.role as TokenRole | undefined;
  if (!role || !TOKEN_ROLES.includes(role)) throw new UsageError(`--role must be one of ${TOKEN_ROLES.join(', ')}`);
  if (role === 'member' && !values.member) throw new UsageError('--member CODE (the ISIL) is required with --role member');
  if (values.member && isilProblem(values.member)) throw new UsageError(`--member: ${isilProblem(values.member)}`);
  const ttlSeconds = parseTtl(values.ttl ?? '1h');
  if (!ttlSeconds) throw new UsageError('--ttl must look like 90s, 15m, 1h or 7d');
  const secret = resolveJwtSecret(config);
  const token = await issueToken({ ...config.jwt, secret }, { role, member: values.member ?? null, sub: values.sub, ttlSeconds });
  process.stderr.write(`${role} token${values.member ? ` for ${values.member}` : ''}, valid ${values.ttl}. Use it as: Authorization: Bearer <token>\n`);
  process.stdout.write(`${token}\n`);
}

async function serveCommand(config: Config): Promise<void> {
  const log = createLogger(config.logLevel);
  const server = await startServer(config, log);
  const stop = (signal: string) => {
    log.info(`${signal} received: finishing open requests, then stopping`);
    // Keeps the event loop alive while PGlite closes (it holds no handle of its own), and bounds the wait.
    setTimeout(() => {
      log.error('still stopping after 20 s: exiting anyway');
      process.exit(1);
    }, 20_000);
    server.close().then(
      () => process.exit(0),
      (err: unknown) => {
        log.error({ err }, 'error while stopping');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

async function oneShot(config: Config, command: 'migrate' | 'seed'): Promise<void> {
  const log = createLogger(config.logLevel);
  const store = await openStore(config, command, log);
  try {
    if (command === 'seed') {
      const result = await seedDemoData(store.database.db, (m) => process.stderr.write(`${m}\n`));
      process.stderr.write(result.seeded ? `demo data loaded: ${result.members} members, ${result.records} records, ${result.holdings} holdings\n` : 'the database is not empty: demo data not loaded\n');
    } else {
      process.stderr.write(`migrations applied (${store.database.kind})\n`);
    }
  } finally {
    await store.close();
  }
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    const config = loadConfig();
    switch (command) {
      case 'serve':
        await serveCommand(config);
        return -1; // keeps running
      case 'migrate':
      case 'seed':
        await oneShot(config, command);
        return 0;
      case 'token':
        await tokenCommand(config, rest);
        return 0;
      case 'import':
        return rest[0] === 'kbart' ? await importKbartCommand(config, rest.slice(1)) : await importCommand(config, rest);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        process.stdout.write(`${HELP}\n`);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (err) {
    if (err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`sharegraph: ${(err as Error).message}\n\n${HELP}\n`);
      return 2;
    }
    if (err instanceof DataDirBusyError || err instanceof ConfigError) {
      process.stderr.write(`sharegraph: ${err.message}\n`);
      return 1;
    }
    process.stderr.write(`sharegraph: ${(err as Error).stack ?? String(err)}\n`);
    return 1;
  }
}

const code = await main(process.argv.slice(2));
if (code >= 0) process.exitCode = code;
