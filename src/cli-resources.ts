/**
 * `resources list` and `resources create`: what a KBART load needs (a resource's global ID) without a
 * server round trip. Both go through the resources service, as the API does. Messages on standard
 * error; the result on standard output, its last line the JSON (--json) or, for create, the bare ID.
 */
import { parseArgs } from 'node:util';
import type { Viewer } from './auth/viewer.js';
import type { Config } from './config.js';
import type { CliIo } from './cli-io.js';
import { commandLogger } from './cli-log.js';
import { UsageError } from './cli-usage.js';
import type { Db } from './db/database.js';
import { openStore } from './db/store.js';
import { toGlobalId } from './graphql/global-id.js';
import { allResources, createResource, ResourceContentType, titleCounts, type ResourceRow } from './modules/resources/index.js';

/** The CLI runs with the operator's authority: whoever can open the database is its admin. */
const CLI_ADMIN: Viewer = { role: 'admin', sub: 'cli', memberCode: null };
const CONTENT_TYPES = Object.values(ResourceContentType);

function resourceJson(r: ResourceRow) {
  return { id: toGlobalId('Resource', r.id), name: r.name, vendor: r.vendor, platform: r.platform, contentType: r.contentType, url: r.url };
}

async function withStore<T>(config: Config, io: CliIo, command: string, work: (db: Db) => Promise<T>): Promise<T> {
  const log = commandLogger(config.logLevel, io);
  const store = await openStore(config, command, log);
  try {
    return await work(store.database.db);
  } finally {
    await store.close();
  }
}

export async function resourcesListCommand(config: Config, args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args, strict: true, options: { json: { type: 'boolean', default: false } } });
  const listed = await withStore(config, io, 'resources list', async (db) => {
    const rows = await allResources(db);
    const counts = new Map((await titleCounts(db, rows.map((r) => r.id))).map((c) => [c.resourceId, c.n]));
    return rows.map((r) => ({ ...resourceJson(r), titleCount: counts.get(r.id) ?? 0 }));
  });
  if (values.json) {
    io.stdout.write(`${JSON.stringify(listed)}\n`);
  } else if (listed.length === 0) {
    io.stderr.write('no resources yet: add one with sharegraph resources create --name NAME\n');
  } else {
    const idWidth = Math.max(2, ...listed.map((r) => r.id.length));
    io.stdout.write(`${'ID'.padEnd(idWidth)}  ${'TITLES'.padStart(7)}  ${'TYPE'.padEnd(8)}  NAME (VENDOR)\n`);
    for (const r of listed) {
      io.stdout.write(`${r.id.padEnd(idWidth)}  ${String(r.titleCount).padStart(7)}  ${r.contentType.padEnd(8)}  ${r.name}${r.vendor ? ` (${r.vendor})` : ''}\n`);
    }
  }
  return 0;
}

export async function resourcesCreateCommand(config: Config, args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      name: { type: 'string' },
      provider: { type: 'string' },
      platform: { type: 'string' },
      'content-type': { type: 'string', default: ResourceContentType.OTHER },
      url: { type: 'string' },
      reason: { type: 'string', default: 'resources create' },
      json: { type: 'boolean', default: false },
    },
  });
  if (!values.name?.trim()) throw new UsageError('--name NAME (the resource\'s name) is required');
  const contentType = values['content-type'].toUpperCase() as ResourceContentType;
  if (!CONTENT_TYPES.includes(contentType)) throw new UsageError(`--content-type must be one of ${CONTENT_TYPES.join(', ')} (got "${values['content-type']}")`);
  if (!values.reason.trim()) throw new UsageError('--reason must not be empty (it is kept in the audit log)');
  const { resource, userErrors } = await withStore(config, io, 'resources create', (db) =>
    createResource(db, CLI_ADMIN, { name: values.name!, vendor: values.provider ?? null, platform: values.platform ?? null, contentType, url: values.url ?? null, reason: values.reason }),
  );
  if (!resource) {
    const [first] = userErrors;
    const option = first?.field?.[0] === 'vendor' ? 'provider' : first?.field?.[0];
    throw new UsageError(`${option ? `--${option}: ` : ''}${first?.message ?? 'the resource was not created'}`);
  }
  const json = resourceJson(resource);
  io.stderr.write(`created resource "${resource.name}" (${resource.contentType}); load its titles with: sharegraph import kbart FILE --resource ${json.id}\n`);
  io.stdout.write(values.json ? `${JSON.stringify(json)}\n` : `${json.id}\n`);
  return 0;
}
