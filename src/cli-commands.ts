/**
 * The commands as data: name, usage, options and exit codes. `sharegraph help`, `sharegraph <command>
 * --help` and the hint after a usage error are all read from this table; src/cli-main.ts maps each name to
 * the function that runs it. Pure: nothing here writes or exits.
 */

export interface CommandSpec {
  /** One or two words, e.g. `import marc`. */
  name: string;
  /** What follows `sharegraph`: the name and its arguments. */
  usage: string;
  summary: string;
  options: readonly (readonly [flag: string, what: string])[];
  exitCodes: readonly (readonly [code: 0 | 1 | 2, when: string])[];
  /** Further lines under the options (where output goes, examples). */
  notes?: readonly string[];
}

const USAGE_EXIT = [2, 'usage error: the command line is wrong (a one-line message says what)'] as const;

export const COMMANDS = [
  {
    name: 'serve',
    usage: 'serve',
    summary: 'serve the API (http://localhost:$PORT/graphql); migrates, and loads demo data into an empty database',
    options: [],
    exitCodes: [[0, 'stopped cleanly (SIGTERM or SIGINT)'], [1, 'could not start (port in use, data folder in use, bad configuration) or stop'], USAGE_EXIT],
    notes: ['Configuration comes from environment variables (PORT, HOST, DATA_DIR, DATABASE_URL, DEMO_DATA, JWT_SECRET …): see README.md.'],
  },
  {
    name: 'migrate',
    usage: 'migrate',
    summary: 'apply pending database migrations, then exit',
    options: [],
    exitCodes: [[0, 'the database is up to date'], [1, 'failed (e.g. the data folder is in use)'], USAGE_EXIT],
  },
  {
    name: 'seed',
    usage: 'seed',
    summary: 'load the demo data if the database is empty, then exit',
    options: [],
    exitCodes: [[0, 'loaded, or the database was not empty (nothing written)'], [1, 'failed'], USAGE_EXIT],
  },
  {
    name: 'import marc',
    usage: 'import marc FILE... --member ISIL [options]',
    summary: "load a member's MARC records (and their holdings) into the union catalogue",
    options: [
      ['--member ISIL', 'the member whose records these are (required)'],
      ['--format auto|iso2709|marcxml|json', 'file format (default: auto, detected from the bytes)'],
      ['--dialect auto|marc21|unimarc', 'MARC dialect (default: auto)'],
      ['--encoding auto|utf8|marc8|gb18030|NAME', 'character set of ISO 2709 files (default: auto; NAME: any iconv name)'],
      ['--id-field TAG[$code]', "where a record's ID is (e.g. 907$a III/Sierra, 999$c Koha, 001); default: 001, else the first 035 $a"],
      ['--replace', "also delete the member's holdings that are absent from these files"],
      ['--json', 'print the summary as one JSON object on the last line of standard output'],
    ],
    exitCodes: [[0, 'the files were read (even with rejected records)'], [1, 'a file is not MARC at all (nothing is written)'], USAGE_EXIT],
    notes: ['Progress, warnings (the first 20) and rejected records go to standard error.'],
  },
  {
    name: 'import kbart',
    usage: 'import kbart FILE --resource ID [--reason TEXT] [--json]',
    summary: "load or re-load a resource's KBART title list (a re-load updates titles in place)",
    options: [
      ['--resource ID', 'the resource\'s global ID (required): see "sharegraph resources list"'],
      ['--reason TEXT', 'why, for the audit log (default: "import kbart FILE")'],
      ['--json', 'print the summary as one JSON object on the last line of standard output'],
    ],
    exitCodes: [[0, 'the file was read (even with rejected rows)'], [1, 'the file is not a KBART list at all (nothing is written)'], [2, 'usage error, or no resource has that ID']],
    notes: ['Progress, warnings and rejected rows go to standard error.'],
  },
  {
    name: 'import counter',
    usage: 'import counter FILE... [--member ISIL] [--provider NAME] [--json]',
    summary: 'store COUNTER R5/R5.1 usage reports (JSON, TSV or CSV); each file is stored whole or refused whole, a re-load replaces its months',
    options: [
      ['--member ISIL', "the member rows go to when neither their Customer_ID (a usage account at the provider) nor the header's ISIL names one"],
      ['--provider NAME', "the provider the reports are from (default: each report's Created_By; created when new)"],
      ['--json', 'print the summary as one JSON object on the last line of standard output ({ "reports": [...], "totals" } for several files)'],
    ],
    exitCodes: [[0, 'every report was stored (a report with COUNTER exceptions and no usage, e.g. 3030, is stored)'], [1, 'a report was refused: nothing of it is stored (the other files are stored or refused on their own)'], [2, 'usage error, or no member has the --member code']],
    notes: ['One line per file on standard output (standard error with --json); progress and each rejected row go to standard error.'],
  },
  {
    name: 'resources list',
    usage: 'resources list [--json]',
    summary: 'list the licensed resources: global ID, name, vendor, content type, number of titles',
    options: [['--json', 'print the list as one JSON array on the last line of standard output']],
    exitCodes: [[0, 'listed (also when there are none)'], [1, 'failed (e.g. the data folder is in use)'], USAGE_EXIT],
  },
  {
    name: 'resources create',
    usage: 'resources create --name NAME [options]',
    summary: 'add a licensed resource (audited); the last line of standard output is its global ID',
    options: [
      ['--name NAME', 'its name (required)'],
      ['--provider NAME', 'vendor or publisher'],
      ['--platform NAME', 'the platform it is read on'],
      ['--content-type TYPE', 'JOURNALS, EBOOKS, DATABASE, MIXED or OTHER (default: OTHER)'],
      ['--url URL', 'where users start (http or https)'],
      ['--reason TEXT', 'why, for the audit log (default: "resources create")'],
      ['--json', 'print the new resource as one JSON object on the last line of standard output'],
    ],
    exitCodes: [[0, 'created'], [1, 'failed (e.g. the data folder is in use)'], [2, 'usage error, or a value the resource cannot have (e.g. a bad URL)']],
    notes: ['Then: sharegraph import kbart FILE --resource <the ID printed>'],
  },
  {
    name: 'usage harvest',
    usage: 'usage harvest [--provider NAME] [--month yyyy-mm] [--again] [--json]',
    summary: "harvest a month of COUNTER usage from the providers' COUNTER APIs (SUSHI) now, and print the harvest ledger's lines",
    options: [
      ['--provider NAME', 'only this usage provider (default: every active provider with a COUNTER API URL)'],
      ['--month yyyy-mm', 'the month (default: the previous month); its waiting and retrying lines are asked at once'],
      ['--again', 'also ask again for the lines already DONE, NO_USAGE or FAILED (e.g. after fixing credentials)'],
      ['--json', 'print { month, scheduled, harvests: [{ provider, member, report, month, status, attempts, exceptionCodes, message, httpStatus, factsStored, nextAttemptAt }] } as one JSON object on the last line of standard output'],
    ],
    exitCodes: [[0, 'every line asked for is DONE or NO_USAGE (or nothing was due)'], [1, 'a line is FAILED or waits to be retried (RETRY), or the harvest could not run'], [2, 'usage error, or no provider has that name']],
    notes: ['One line per request on standard error. Outgoing requests obey OUTBOUND_ALLOWED_HOSTS and OUTBOUND_TIMEOUT_MS; credentials need SECRETS_KEY (see README.md, "Harvesting usage (SUSHI)").'],
  },
  {
    name: 'ill purge',
    usage: 'ill purge [--days N] [--json]',
    summary: 'remove the patron references of ILL requests closed more than ILL_PATRON_RETENTION_DAYS days ago (serve does it daily)',
    options: [
      ['--days N', 'keep references this many days after a request closes instead (default: ILL_PATRON_RETENTION_DAYS, 90 unless set)'],
      ['--json', 'print { removed, closedBefore } as one JSON object on the last line of standard output'],
    ],
    exitCodes: [[0, 'done (also when nothing was due)'], [1, 'failed (e.g. the data folder is in use by a running server: it purges daily by itself)'], USAGE_EXIT],
    notes: ['The request, its rota, history and charge are kept; only the reference for the reader goes. Each run is one audit log entry.'],
  },
  {
    name: 'clients list',
    usage: 'clients list [--member ISIL] [--json]',
    summary: 'list the API clients (README.md, "API clients"): id, member, scopes, limits, whether revoked',
    options: [
      ['--member ISIL', "only this member's clients"],
      ['--json', 'print them as one JSON array on the last line of standard output'],
    ],
    exitCodes: [[0, 'listed'], [1, 'failed'], USAGE_EXIT],
  },
  {
    name: 'clients create',
    usage: 'clients create --name NAME --scopes READ[,MEMBER_WRITE|ANALYST] [--member ISIL] [options]',
    summary: 'register an API client; the last line of standard output is its key (sgk_…), shown this once',
    options: [
      ['--name NAME', 'the application (required)'],
      ['--scopes LIST', 'READ, MEMBER_WRITE (needs --member), ANALYST (only without --member), comma-separated (required)'],
      ['--member ISIL', 'the member whose staff it acts as; omit for a consortium-wide client'],
      ['--contact TEXT', 'whom to contact about it'],
      ['--rate N', "its requests a minute (default: the server's RATE_LIMIT_PER_MINUTE)"],
      ['--quota N', 'its requests a UTC day (default: none)'],
      ['--reason TEXT', 'why, for the audit log (default: "clients create")'],
      ['--json', 'print { id, name, memberCode, scopes, key } as one JSON object on the last line instead'],
    ],
    exitCodes: [[0, 'registered'], [1, 'failed'], [2, 'usage error, or the input was refused (the message says why)']],
  },
  {
    name: 'clients revoke',
    usage: 'clients revoke ID [--reason TEXT]',
    summary: 'revoke an API client: its keys stop working at once on every server',
    options: [['--reason TEXT', 'why, for the audit log (default: "clients revoke")']],
    exitCodes: [[0, 'revoked'], [1, 'failed'], [2, 'usage error, unknown client, or revoked already']],
  },
  {
    name: 'clients rotate',
    usage: 'clients rotate ID [--grace SECONDS] [--reason TEXT]',
    summary: "give an API client a new key; the last line of standard output is the key. Its current keys keep working for --grace seconds",
    options: [
      ['--grace SECONDS', 'how long the current keys keep working (default: 0, they stop at once; at most 2592000, 30 days)'],
      ['--reason TEXT', 'why, for the audit log (default: "clients rotate")'],
    ],
    exitCodes: [[0, 'rotated'], [1, 'failed'], [2, 'usage error, unknown client, or revoked']],
  },
  {
    name: 'token',
    usage: 'token --role ROLE [--member ISIL] [--ttl 1h] [--sub NAME]',
    summary: 'print a signed token; the last line of standard output is the bare token',
    options: [
      ['--role ROLE', 'member, analyst or admin (required)'],
      ['--member ISIL', 'the member a member token acts for (required with --role member)'],
      ['--ttl DURATION', 'how long it is valid: 90s, 15m, 1h (default) or 7d'],
      ['--sub NAME', 'who it is for (kept in the audit log)'],
    ],
    exitCodes: [[0, 'printed'], [1, 'no usable signing secret (JWT_SECRET)'], USAGE_EXIT],
    notes: ['Needs no database: works while a server runs.'],
  },
  {
    name: 'help',
    usage: 'help [COMMAND]',
    summary: 'the list of commands, or one command\'s usage, options and exit codes (same as COMMAND --help)',
    options: [],
    exitCodes: [[0, 'printed'], USAGE_EXIT],
  },
] as const satisfies readonly CommandSpec[];

export type CommandName = (typeof COMMANDS)[number]['name'];

export type Resolved =
  | { kind: 'command'; spec: CommandSpec & { name: CommandName }; args: string[]; help: boolean }
  | { kind: 'overview'; exitCode: 0 | 2 }
  | { kind: 'group'; group: string; specs: CommandSpec[]; help: boolean; problem: string | null }
  | { kind: 'unknown'; problem: string };

const isHelpFlag = (arg: string) => arg === '--help' || arg === '-h';

/**
 * Which command a command line names, and whether it asks for help. Two-word commands (`import
 * marc`) are matched before their first word; `help X` is `X --help`.
 */
export function resolveCommand(argv: readonly string[]): Resolved {
  const [first, ...rest] = argv;
  if (first === undefined) return { kind: 'overview', exitCode: 2 };
  if (isHelpFlag(first)) return { kind: 'overview', exitCode: 0 };
  if (first === 'help' && rest.some((a) => !isHelpFlag(a))) return resolveCommand([...rest, '--help']); // help X = X --help
  const help = argv.some(isHelpFlag);
  const two = COMMANDS.find((c) => c.name === `${first} ${rest[0]}`);
  if (two) return { kind: 'command', spec: two, args: rest.slice(1), help };
  const one = COMMANDS.find((c) => c.name === first);
  if (one) return { kind: 'command', spec: one, args: rest, help };
  const specs: CommandSpec[] = COMMANDS.filter((c) => c.name.startsWith(`${first} `));
  if (specs.length > 0) {
    const kinds = specs.map((s) => s.name.split(' ')[1]).join(', ');
    const sub = rest.find((a) => !isHelpFlag(a));
    const problem = sub === undefined ? `${first} what? (${kinds})` : `unknown ${first} command "${sub}" (${kinds})`;
    return { kind: 'group', group: first, specs, help: help && sub === undefined, problem };
  }
  return { kind: 'unknown', problem: `unknown command "${first}"` };
}

const indent = (text: string, by: number) => text.replace(/\n/g, `\n${' '.repeat(by)}`);

/** `sharegraph X --help`: usage line, what it does, options, exit codes. */
export function commandHelp(spec: CommandSpec): string {
  const width = Math.max(0, ...spec.options.map(([flag]) => flag.length)) + 2;
  const lines = [`Usage: sharegraph ${spec.usage}`, '', `${spec.summary.charAt(0).toUpperCase()}${spec.summary.slice(1)}.`];
  if (spec.options.length > 0) lines.push('', 'Options:', ...spec.options.map(([flag, what]) => `  ${flag.padEnd(width)}${indent(what, width + 2)}`));
  lines.push('', 'Exit codes:', ...spec.exitCodes.map(([code, when]) => `  ${code}  ${when}`));
  if (spec.notes) lines.push('', ...spec.notes);
  return lines.join('\n');
}

/** `sharegraph import --help`: the commands under one word. */
export function groupHelp(group: string, specs: readonly CommandSpec[]): string {
  return [`Usage: sharegraph ${group} <${specs.map((s) => s.name.split(' ')[1]).join('|')}> …`, '', ...specs.map((s) => `  sharegraph ${s.usage}\n      ${s.summary}`), '', `Run "sharegraph ${specs[0].name} --help" (and so on) for each one's options.`].join('\n');
}

/** `sharegraph help`: every command on a line or two. */
export function overviewHelp(): string {
  const lines = COMMANDS.map((c) => `  ${c.usage}\n      ${c.summary}`);
  return [
    'sharegraph: the consortium GraphQL API',
    '',
    'Usage: sharegraph <command> [options]     (from the repository: npm run cli -- <command> [options])',
    '',
    'Commands:',
    ...lines,
    '',
    'Run "sharegraph <command> --help" for a command\'s options and exit codes.',
    'Configuration is read from environment variables: see README.md.',
  ].join('\n');
}

/** The line after a usage error's message: where the full usage is. */
export function helpHint(name: string | null): string {
  return name ? `Run "sharegraph ${name} --help" for usage.` : 'Run "sharegraph help" for the list of commands.';
}
