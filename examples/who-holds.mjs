#!/usr/bin/env node
// Who can lend me this book, nearest first? A sharegraph client in plain Node (20+): global fetch, no dependencies.
//
//   node examples/who-holds.mjs <ISBN> [lat lon]
//   SHAREGRAPH_URL=https://sharegraph.example.org/graphql node examples/who-holds.mjs 7-02-000220-X 31.23 121.47
//
// Prints one lendable holding per line, nearest to the point first:
//   distance km, member code (ISIL), member name, copies available now.
// Without a point the holdings come in catalogue order and the distance shows as "-".
// Exit codes: 0 answered (also when nobody lends the book), 1 GraphQL error or network failure, 2 usage error.

const ENDPOINT = process.env.SHAREGRAPH_URL || 'http://localhost:4000/graphql';
const MAX_HOLDERS = 10;

const QUERY = `query WhoHolds($isbn: String!, $near: NearInput, $first: Int) {
  holdings(filter: { isbn: $isbn, lendable: true, near: $near }, first: $first) {
    totalCount
    edges { node { distanceKm available member { code name } } }
  }
}`;

const USAGE = `Usage: node examples/who-holds.mjs <ISBN> [lat lon]
  ISBN     ISBN-10 or ISBN-13, hyphens optional, e.g. 7-02-000220-X
  lat lon  your position in decimal degrees, e.g. 31.23 121.47 (Shanghai): nearest holders first
Endpoint: $SHAREGRAPH_URL (default http://localhost:4000/graphql)`;

function usage(problem) {
  if (problem) console.error(`who-holds: ${problem}`);
  console.error(USAGE);
  process.exit(2);
}

function fail(message) {
  console.error(`who-holds: ${message}`);
  process.exit(1);
}

function parseArgs(args) {
  if (args.includes('-h') || args.includes('--help')) usage();
  const [isbn, lat, lon, ...extra] = args;
  if (!isbn) usage('an ISBN is required');
  if (extra.length > 0) usage(`unexpected argument: ${extra.join(' ')}`);
  if (lat === undefined) return { isbn, near: null };
  if (lon === undefined) usage('give both lat and lon, or neither');
  const point = { lat: Number(lat), lon: Number(lon) };
  if (!Number.isFinite(point.lat) || Math.abs(point.lat) > 90) usage(`lat must be a number from -90 to 90, got "${lat}"`);
  if (!Number.isFinite(point.lon) || Math.abs(point.lon) > 180) usage(`lon must be a number from -180 to 180, got "${lon}"`);
  return { isbn, near: point };
}

/** POSTs the query; returns `data`, or exits 1 with the server's errors or the network problem. */
async function graphql(query, variables) {
  let res;
  try {
    res = await fetch(ENDPOINT, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(30_000),
    });
  } catch (err) {
    const reason = err.name === 'TimeoutError' ? 'no answer within 30 s' : (err.cause?.message ?? err.message);
    fail(`cannot reach ${ENDPOINT}: ${reason}`);
  }
  const text = await res.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    fail(`${ENDPOINT} answered HTTP ${res.status} ${res.statusText}, not GraphQL JSON: ${text.slice(0, 200)}`);
  }
  if (body.errors?.length) {
    const lines = body.errors.map((e) => `  ${e.extensions?.code ?? 'ERROR'}: ${e.message}`);
    fail(`the server refused the query (HTTP ${res.status}):\n${lines.join('\n')}`);
  }
  if (!res.ok || !body.data) fail(`${ENDPOINT} answered HTTP ${res.status} ${res.statusText} without data`);
  return body.data;
}

const { isbn, near } = parseArgs(process.argv.slice(2));
const data = await graphql(QUERY, { isbn, near, first: MAX_HOLDERS });
const { edges, totalCount } = data.holdings;

if (edges.length === 0) {
  console.error(`No member lends ISBN ${isbn} through interlibrary loan.`);
} else {
  for (const { node } of edges) {
    const km = node.distanceKm == null ? '-' : node.distanceKm.toFixed(1);
    console.log(`${km.padStart(8)} km  ${node.member.code}  ${node.member.name}  ${node.available} available`);
  }
  if (totalCount > edges.length) console.error(`(${totalCount - edges.length} more lendable holdings${near ? ' farther away' : ''})`);
}
