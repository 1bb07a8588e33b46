/**
 * GraphiQL served by sharegraph itself, from the prebuilt bundle of @graphql-yoga/graphiql, so the IDE
 * works on a machine with no internet (Apollo's landing page loads its IDE from a CDN).
 * The README's example queries open as tabs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
export const GRAPHIQL_DIST = path.join(path.dirname(require.resolve('@graphql-yoga/graphiql/package.json')), 'dist');
export const EXAMPLES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../examples');

/** The examples/*.graphql files, in name order, as GraphiQL tabs. */
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

const escapeScript = (json: string) => json.replace(/</g, '\\u003c');

export function graphiqlPage(endpoint: string): string {
  const options = { endpoint, title: 'sharegraph', defaultTabs: exampleTabs() };
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <title>sharegraph · GraphiQL</title>
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <link rel="stylesheet" href="/graphiql/graphiql.css" />
  <style>html, body, #root { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="root"></div>
  <script src="/graphiql/yoga-graphiql.umd.js"></script>
  <script>YogaGraphiQL.renderYogaGraphiQL(document.getElementById('root'), ${escapeScript(JSON.stringify(options))});</script>
</body>
</html>`;
}
