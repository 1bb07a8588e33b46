/**
 * What `sharegraph <command>` does, with the process's streams and environment passed in (src/cli-io.ts):
 * src/cli.ts runs it for the process, tests run it in theirs. Exit codes: 0 done, 1 failed, 2 usage error.
 */
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, type Config } from './config.js';
import { TOKEN_ROLES, type TokenRole } from './auth/viewer.js';
import { DataDirBusyError } from './db/data-dir-lock.js';
import { commandHelp, groupHelp, helpHint, overviewHelp, resolveCommand, type CommandName } from './cli-commands.js';
import type { CliIo } from './cli-io.js';
import { UsageError } from './cli-usage.js';
import { PortUnavailableError } from './reserve-port.js';

// What a command needs is imported when it runs: help, a usage error or `token` should not wait
// for the schema, the database driver and the importers to load (seconds on a busy machine).

async function tokenCommand(config: Config, args: string[], io: CliIo): Promise<void> {
  const [{ resolveJwtSecret }, { issueToken, parseTtl }, { isilProblem }] = await Promise.all([import('./auth/secret.js'), import('./auth/tokens.js'), import('./lib/identifiers.js')]);
  const { values } = parseArgs({ args, options: { role: { type: 'string' }, member: { type: 'string' }, ttl: { type: 'string', default: '1h' }, sub: { type: 'string' } }, strict: true });
  const role = values.role as TokenRole | undefined;
  if (!role || !TOKEN_ROLES.includes(role)) throw new UsageError(`--role must be one of ${TOKEN_ROLES.join(', ')}`);
  if (role === 'member' && !values.member) throw new UsageError('--member CODE (the ISIL) is required with --role member');
  if (values.member && isilProblem(values.member)) throw new UsageError(`--member: ${isilProblem(values.member)}`);
  const ttlSeconds = parseTtl(values.ttl ?? '1h');
  if (!ttlSeconds) throw new UsageError('--ttl must look like 90s, 15m, 1h or 7d');
  const secret = resolveJwtSecret(config);
  const token = await issueToken({ ...config.jwt, secret }, { role, member: values.member ?? null, sub: values.sub, ttlSeconds });
  io.stderr.write(`${role} token${values.member ? ` for ${values.member}` : ''}, valid ${values.ttl}. Use it as: Authorization: Bearer <token>\n`);
  io.stdout.write(`${token}\n`);
}

async function serveCommand(config: Config): Promise<void> {
  const [{ createLogger }, { startServer }, { default: cluster }] = await Promise.all([import('./log.js'), import('./server.js'), import('node:cluster')]);
  const log = createLogger(config.logLevel);
  if (cluster.isWorker) {
    // a worker of `serve` (src/serve-cluster.ts): it stops when its primary says so
    const { runClusterWorker } = await import('./serve-cluster.js');
    await runClusterWorker(config, log.child({ worker: cluster.worker?.id }));
    return;
  }
  const server = await startServer(config, log);
  const stop = (signal: string) => {
    log.info(`${signal} received: finishing open requests, then stopping`);
    // Keeps the event loop alive while PGlite closes (it holds no handle of its own), and bounds the wait.
    setTimeout(() => {
      log.error('still stopping after 20 s: exiting anyway');
      process.exit(1);
    }, 20_000);
    server.close().then(
      () => {
        log.info('sharegraph stopped');
        process.exit(0);
      },
      (err: unknown) => {
        log.error({ err }, 'error while stopping');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

async function oneShot(config: Config, command: 'migrate' | 'seed', io: CliIo): Promise<void> {
  const [{ commandLogger }, { openStore }, { seedDemoData }] = await Promise.all([import('./cli-log.js'), import('./db/store.js'), import('./modules/seed/index.js')]);
  const log = commandLogger(config.logLevel, io, false);
  const store = await openStore(config, command, log);
  try {
    if (command === 'seed') {
      const result = await seedDemoData(store.database.db, (m) => io.stderr.write(`${m}\n`));
      io.stderr.write(result.seeded ? `demo data loaded: ${result.members} members, ${result.records} records, ${result.holdings} holdings\n` : 'the database is not empty: demo data not loaded\n');
    } else {
      io.stderr.write(`migrations applied (${store.database.kind})\n`);
    }
  } finally {
    await store.close();
  }
}

/** Commands that take no arguments refuse any, so a typo is not silently ignored. */
function noArguments(name: string, args: string[]): void {
  if (args.length > 0) throw new UsageError(`${name} takes no arguments (got "${args[0]}")`);
}

/** What runs each command of the table (src/cli-commands.ts); -1: keeps running (serve). */
const RUN: Record<CommandName, (config: Config, args: string[], io: CliIo) => Promise<number>> = {
  serve: async (config, args) => {
    noArguments('serve', args);
    await serveCommand(config);
    return -1;
  },
  migrate: async (config, args, io) => {
    noArguments('migrate', args);
    await oneShot(config, 'migrate', io);
    return 0;
  },
  seed: async (config, args, io) => {
    noArguments('seed', args);
    await oneShot(config, 'seed', io);
    return 0;
  },
  'import marc': async (config, args, io) => (await import('./cli-import.js')).importCommand(config, args, io),
  'import kbart': async (config, args, io) => (await import('./cli-import-kbart.js')).importKbartCommand(config, args, io),
  'import counter': async (config, args, io) => (await import('./cli-import-counter.js')).importCounterCommand(config, args, io),
  'resources list': async (config, args, io) => (await import('./cli-resources.js')).resourcesListCommand(config, args, io),
  'resources create': async (config, args, io) => (await import('./cli-resources.js')).resourcesCreateCommand(config, args, io),
  'usage harvest': async (config, args, io) => (await import('./cli-harvest.js')).usageHarvestCommand(config, args, io),
  'ill purge': async (config, args, io) => (await import('./cli-ill.js')).illPurgeCommand(config, args, io),
  'clients list': async (config, args, io) => (await import('./cli-clients.js')).clientsListCommand(config, args, io),
  'clients create': async (config, args, io) => (await import('./cli-clients.js')).clientsCreateCommand(config, args, io),
  'clients revoke': async (config, args, io) => (await import('./cli-clients.js')).clientsRevokeCommand(config, args, io),
  'clients rotate': async (config, args, io) => (await import('./cli-clients.js')).clientsRotateCommand(config, args, io),
  token: async (config, args, io) => {
    await tokenCommand(config, args, io);
    return 0;
  },
  help: async (_config, _args, io) => {
    io.stdout.write(`${overviewHelp()}\n`);
    return 0;
  },
};

/** A usage error: one line saying what is wrong, one saying where the usage is; exit 2. */
function usageError(io: CliIo, problem: string, command: string | null): number {
  io.stderr.write(`sharegraph: ${problem}\n${helpHint(command)}\n`);
  return 2;
}

/**
 * Runs one command line: what it writes goes to `io`, its configuration is read from `io.env`, and
 * the exit code is returned (-1: the command keeps running, as `serve` does). Nothing here exits.
 */
export async function runCommandLine(argv: readonly string[], io: CliIo): Promise<number> {
  const resolved = resolveCommand(argv);
  switch (resolved.kind) {
    case 'overview':
      (resolved.exitCode === 0 ? io.stdout : io.stderr).write(`${overviewHelp()}\n`);
      return resolved.exitCode;
    case 'unknown':
      return usageError(io, resolved.problem, null);
    case 'group':
      if (resolved.help) {
        io.stdout.write(`${groupHelp(resolved.group, resolved.specs)}\n`);
        return 0;
      }
      return usageError(io, resolved.problem ?? `${resolved.group} what?`, resolved.group);
    case 'command':
      break;
  }
  const { spec, args } = resolved;
  if (resolved.help) {
    io.stdout.write(`${commandHelp(spec)}\n`);
    return 0;
  }
  try {
    return await RUN[spec.name](loadConfig(io.env), args, io);
  } catch (err) {
    if (err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      // node:util parseArgs adds a paragraph on '--' to an unknown option: the first sentence is the problem
      return usageError(io, (err as Error).message.split('\n')[0].replace(/\. To specify a positional argument.*$/, ''), spec.name);
    }
    if (err instanceof DataDirBusyError || err instanceof ConfigError || err instanceof PortUnavailableError) {
      io.stderr.write(`sharegraph: ${err.message}\n`);
      return 1;
    }
    io.stderr.write(`sharegraph: ${(err as Error).stack ?? String(err)}\n`);
    return 1;
  }
}

