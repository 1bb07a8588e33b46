/**
 * `clients list|create|revoke|rotate`: API clients from the command line, through the clients service
 * as the API's admin mutations are (audited as `cli`). A new key is printed once, as the last line of
 * standard output; messages go to standard error.
 */
import { parseArgs } from 'node:util';
import { API_SCOPES, SYSTEM_VIEWER, type ApiScope } from './auth/viewer.js';
import type { CliIo } from './cli-io.js';
import { commandLogger } from './cli-log.js';
import { UsageError } from './cli-usage.js';
import type { Config } from './config.js';
import type { Db } from './db/database.js';
import { openStore } from './db/store.js';
import { idOf, toGlobalId } from './graphql/global-id.js';
import type { UserError } from './graphql/user-error.js';
import { createApiClient, listApiClients, revokeApiClient, rotateApiClientKey, type ApiClientRecord } from './modules/clients/index.js';

async function withStore<T>(config: Config, io: CliIo, command: string, work: (db: Db) => Promise<T>): Promise<T> {
  const store = await openStore(config, command, commandLogger(config.logLevel === 'info' ? 'warn' : config.logLevel, io));
  try {
    return await work(store.database.db);
  } finally {
    await store.close();
  }
}

const clientJson = (c: ApiClientRecord) => ({
  id: toGlobalId('ApiClient', c.id), name: c.name, memberCode: c.memberCode, scopes: c.scopes, rateLimitPerMinute: c.rateLimitPerMinute, dailyQuota: c.dailyQuota, revokedAt: c.revokedAt?.toISOString() ?? null,
});

/** An ID as the API gives it, or the plain number `clients list` shows beside it. */
function clientId(text: string | undefined, command: string): number {
  if (!text) throw new UsageError(`${command} needs the client's ID (see "sharegraph clients list")`);
  const id = /^\d+$/.test(text) ? Number(text) : idOf(text, 'ApiClient');
  if (id === null || !Number.isSafeInteger(id)) throw new UsageError(`"${text}" is not an API client's ID (see "sharegraph clients list")`);
  return id;
}

function positiveInt(text: string | undefined, option: string): number | null {
  if (text === undefined) return null;
  if (!/^\d+$/.test(text)) throw new UsageError(`${option} takes a whole number, got "${text}"`);
  return Number(text);
}

/** The first userError as a usage error naming its option. */
function refused(userErrors: UserError[], options: Record<string, string> = {}): never {
  const [first] = userErrors;
  const field = first?.field?.[0];
  throw new UsageError(`${field ? `--${options[field] ?? field}: ` : ''}${first?.message ?? 'refused'}`);
}

export async function clientsListCommand(config: Config, args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args, strict: true, options: { member: { type: 'string' }, json: { type: 'boolean', default: false } } });
  const clients = (await withStore(config, io, 'clients list', (db) => listApiClients(db, SYSTEM_VIEWER, values.member ?? null))).map(clientJson);
  if (values.json) io.stdout.write(`${JSON.stringify(clients)}\n`);
  else if (clients.length === 0) io.stderr.write('no API clients yet: register one with sharegraph clients create --name NAME --scopes READ\n');
  else {
    for (const c of clients) {
      const limits = `${c.rateLimitPerMinute ?? 'default'}/min, ${c.dailyQuota ?? 'no'} daily quota`;
      io.stdout.write(`${c.id}  ${c.memberCode ?? '(consortium-wide)'}  ${c.scopes.join(',')}  ${limits}${c.revokedAt ? `  REVOKED ${c.revokedAt}` : ''}  ${c.name}\n`);
    }
  }
  return 0;
}

export async function clientsCreateCommand(config: Config, args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args, strict: true, allowPositionals: true,
    options: {
      name: { type: 'string' }, scopes: { type: 'string' }, member: { type: 'string' }, contact: { type: 'string' },
      rate: { type: 'string' }, quota: { type: 'string' }, reason: { type: 'string', default: 'clients create' }, json: { type: 'boolean', default: false },
    },
  });
  if (positionals.length > 0) throw new UsageError(`clients create takes options only (got "${positionals[0]}")`);
  if (!values.name?.trim()) throw new UsageError('--name NAME (the application) is required');
  const scopes = (values.scopes ?? '').split(',').map((s) => s.trim().toUpperCase()).filter(Boolean);
  if (scopes.length === 0) throw new UsageError(`--scopes is required: ${API_SCOPES.join(', ')}, comma-separated`);
  const unknown = scopes.find((s) => !(API_SCOPES as readonly string[]).includes(s));
  if (unknown) throw new UsageError(`--scopes: "${unknown}" is not a scope (${API_SCOPES.join(', ')})`);
  const input = {
    name: values.name, contact: values.contact ?? null, memberCode: values.member ?? null, scopes: scopes as ApiScope[],
    rateLimitPerMinute: positiveInt(values.rate, '--rate'), dailyQuota: positiveInt(values.quota, '--quota'), reason: values.reason,
  };
  const r = await withStore(config, io, 'clients create', (db) => createApiClient(db, SYSTEM_VIEWER, input));
  if (!r.client) refused(r.userErrors, { memberCode: 'member', rateLimitPerMinute: 'rate', dailyQuota: 'quota' });
  const json = clientJson(r.client);
  io.stderr.write(`registered API client "${json.name}" (${json.id}); its key follows, shown this once: give it as Authorization: Bearer <key> or X-Api-Key: <key>\n`);
  io.stdout.write(values.json ? `${JSON.stringify({ ...json, key: r.key })}\n` : `${r.key}\n`);
  return 0;
}

export async function clientsRevokeCommand(config: Config, args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args, strict: true, allowPositionals: true, options: { reason: { type: 'string', default: 'clients revoke' } } });
  const id = clientId(positionals[0], 'clients revoke');
  const r = await withStore(config, io, 'clients revoke', (db) => revokeApiClient(db, SYSTEM_VIEWER, id, values.reason));
  if (!r.client || r.userErrors.length) refused(r.userErrors);
  io.stderr.write(`revoked API client "${r.client.name}": its keys no longer work\n`);
  return 0;
}

export async function clientsRotateCommand(config: Config, args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args, strict: true, allowPositionals: true, options: { grace: { type: 'string', default: '0' }, reason: { type: 'string', default: 'clients rotate' } } });
  const id = clientId(positionals[0], 'clients rotate');
  const grace = positiveInt(values.grace, '--grace') ?? 0;
  const r = await withStore(config, io, 'clients rotate', (db) => rotateApiClientKey(db, SYSTEM_VIEWER, id, grace, values.reason));
  if (!r.client || r.userErrors.length) refused(r.userErrors, { graceSeconds: 'grace' });
  io.stderr.write(`new key for API client "${r.client.name}"; the old ones ${grace === 0 ? 'stopped working' : `work for ${grace} more seconds`}. The key, shown this once:\n`);
  io.stdout.write(`${r.key}\n`);
  return 0;
}
