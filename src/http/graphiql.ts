/**
 * The IDE at GET /graphql for browsers: GraphiQL 3's UMD build with React 18, every file served by
 * sharegraph itself from node_modules, so it works on a machine with no internet and under a
 * Content-Security-Policy that allows this host only (no inline script: the page's settings travel
 * as JSON data that the start script reads). The examples/*.graphql files open as tabs.
 * Subscriptions run from the IDE too: createFetcher's subscriptionUrl (ws:// or wss:// of this page's
 * host) sends a subscription over WebSocket with graphql-ws, whose browser client GraphiQL 3's UMD
 * bundle carries inside it (nothing more to serve); the Headers editor's JSON becomes the connection's
 * connectionParams, so `{"Authorization": "Bearer …"}` there signs in queries and subscriptions alike.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const GRAPHIQL_VERSION = (require('graphiql/package.json') as { version: string }).version;
export const EXAMPLES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../examples');

export interface IdeAsset {
  contentType: string;
  /** the file's bytes, read on first use */
  body(): Buffer;
}

/** A file inside an installed package (by the package's folder: graphiql's `exports` hides its UMD files). */
const fileAsset = (pkg: string, file: string, contentType: string): IdeAsset => {
  const full = path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);
  let bytes: Buffer | null = null;
  return { contentType, body: () => (bytes ??= readFileSync(full)) };
};

/**
 * Starts GraphiQL from the settings the page carries in <script type="application/json" id="graphiql-settings">.
 * GraphiQL 3 fills the variables editor at start from its stored variables, not from the first of
 * `defaultTabs` (which it does use for the query): on a first visit (no tabs stored yet) the first
 * example's variables are stored where it looks, so Run works at once.
 */
const START_SCRIPT = `'use strict';
(function () {
  var settings = JSON.parse(document.getElementById('graphiql-settings').textContent);
  var first = settings.tabs[0];
  try {
    if (first && first.variables && !localStorage.getItem('graphiql:tabState')) localStorage.setItem('graphiql:variables', first.variables);
  } catch (e) {
    // no localStorage (private mode, blocked): GraphiQL then keeps its state in memory
  }
  var wsUrl = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + settings.endpoint;
  var fetcher = GraphiQL.createFetcher({ url: settings.endpoint, subscriptionUrl: wsUrl });
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, { fetcher: fetcher, defaultTabs: settings.tabs, defaultEditorToolsVisibility: 'variables' })
  );
})();
`;

const JS = 'text/javascript; charset=utf-8';
/** Everything the page loads, by URL path (the page adds ?v=<GraphiQL version> so an upgrade is not served stale). */
export const IDE_ASSETS: ReadonlyMap<string, IdeAsset> = new Map([
  ['/graphiql/react.production.min.js', fileAsset('react', 'umd/react.production.min.js', JS)],
  ['/graphiql/react-dom.production.min.js', fileAsset('react-dom', 'umd/react-dom.production.min.js', JS)],
  ['/graphiql/graphiql.min.js', fileAsset('graphiql', 'graphiql.min.js', JS)],
  ['/graphiql/graphiql.min.css', fileAsset('graphiql', 'graphiql.min.css', 'text/css; charset=utf-8')],
  ['/graphiql/start.js', { contentType: JS, body: () => Buffer.from(START_SCRIPT) }],
]);

/** Only this host: scripts and styles from here, data: fonts and images (GraphiQL's CSS inlines its fonts). */
export const IDE_CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; font-src 'self' data:; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/** A Host header as browsers send it: a name or IPv4 address, or a bracketed IPv6 address, and a port. */
const HOST = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/**
 * The IDE page's policy, with this host's WebSocket URLs (ws: and wss:) in connect-src so subscriptions
 * can connect: 'self' covers them only in newer browsers (CSP 3). A missing or odd Host header gets the
 * policy without them (subscriptions then need a browser that reads 'self' so).
 */
export function ideContentSecurityPolicy(host: string | undefined): string {
  if (!host || !HOST.test(host)) return IDE_CONTENT_SECURITY_POLICY;
  return IDE_CONTENT_SECURITY_POLICY.replace("connect-src 'self'", `connect-src 'self' ws://${host} wss://${host}`);
}

/** The examples/*.graphql files, in name order, as GraphiQL tabs (a `# variables: {...}` line fills the variables). */
export function exampleTabs(): { query: string; variables?: string }[] {
  let files: string[] = [];
  try {
    files = readdirSync(EXAMPLES_DIR).filter((f) => f.endsWith('.graphql')).sort();
  } catch {
    return [];
  }
  return files.map((f) => {
    const query = readFileSync(path.join(EXAMPLES_DIR, f), 'utf8');
    const vars = /^# variables: (.+)$/m.exec(query)?.[1];
    return vars ? { query, variables: vars } : { query };
  });
}

/** JSON inside a <script> element: `<` escaped so no text in it can close the element. */
const escapeScript = (json: string) => json.replace(/</g, '\\u003c');

export function graphiqlPage(endpoint: string): string {
  const settings = { endpoint, tabs: exampleTabs() };
  const v = `?v=${encodeURIComponent(GRAPHIQL_VERSION)}`;
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <title>sharegraph · GraphiQL</title>
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <link rel="stylesheet" href="/graphiql/graphiql.min.css${v}" />
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="graphiql">Loading GraphiQL…</div>
  <script type="application/json" id="graphiql-settings">${escapeScript(JSON.stringify(settings))}</script>
  <script src="/graphiql/react.production.min.js${v}"></script>
  <script src="/graphiql/react-dom.production.min.js${v}"></script>
  <script src="/graphiql/graphiql.min.js${v}"></script>
  <script src="/graphiql/start.js${v}"></script>
</body>
</html>`;
}
