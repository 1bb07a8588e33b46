/**
 * GraphiQL in a real browser (Debian's /usr/bin/chromium driven by playwright-core): the page at
 * /graphql opens with the first example's query in the editor, Run prints that query's data, and
 * nothing is fetched from another host.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES_DIR } from '../../src/http/graphiql.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const firstExample = readdirSync(EXAMPLES_DIR).filter((f) => f.endsWith('.graphql')).sort()[0];
const exampleText = readFileSync(path.join(EXAMPLES_DIR, firstExample), 'utf8');
const exampleVariables = JSON.parse(/^# variables: (.+)$/m.exec(exampleText)?.[1] ?? '{}') as Record<string, unknown>;

describe('GraphiQL in a browser', () => {
  let t: TestApp;
  let browser: BrowserContext;
  let profile: string;
  beforeAll(async () => {
    t = await startTestApp({ seed: true });
    profile = mkdtempSync(path.join(os.tmpdir(), 'sharegraph-chromium-'));
    browser = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: ARGS, headless: true });
  });
  afterAll(async () => {
    await browser?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
    await t?.close();
  });

  it('opens with the first example, runs it and shows its data, fetching nothing from another host', async () => {
    const requests: string[] = [];
    const pageErrors: string[] = [];
    const page = await browser.newPage();
    page.on('request', (request) => requests.push(request.url()));
    page.on('pageerror', (err) => pageErrors.push(err.message));

    await page.goto(t.url);
    const queryEditor = page.locator('.graphiql-query-editor .CodeMirror');
    await queryEditor.waitFor();
    // the editor holds the first example's query, not GraphiQL's welcome comment
    const editorText = () => page.evaluate(() => (document.querySelector('.graphiql-query-editor .CodeMirror') as unknown as { CodeMirror: { getValue(): string } }).CodeMirror.getValue());
    expect(await editorText()).toBe(exampleText);
    await expect.poll(() => page.locator('.graphiql-query-editor .CodeMirror-code').innerText()).toContain('query WhoHoldsIsbn($isbn: String!) {');
    // every example is a tab
    const examples = readdirSync(EXAMPLES_DIR).filter((f) => f.endsWith('.graphql'));
    expect(await page.locator('.graphiql-tab').count()).toBe(examples.length);

    await page.locator('button.graphiql-execute-button').click();
    const result = page.locator('.result-window .CodeMirror-code');
    await expect.poll(() => result.innerText(), { timeout: 60_000 }).toContain('"data"');
    const shown = await page.evaluate(() => (document.querySelector('.result-window .CodeMirror') as unknown as { CodeMirror: { getValue(): string } }).CodeMirror.getValue());
    // what the browser shows is what the API answers for that query and its variables
    const expected = await t.execute(exampleText, exampleVariables);
    expect(expected.errors).toBeUndefined();
    expect((expected.data as { records: { edges: unknown[] } }).records.edges).toHaveLength(1);
    expect(JSON.parse(shown)).toEqual(expected);
    expect(shown).toContain('傲慢与偏见'); // UTF-8 all the way into the result pane

    expect(pageErrors).toEqual([]);
    expect(requests.length).toBeGreaterThan(5);
    const elsewhere = requests.filter((url) => !url.startsWith(`${t.origin}/`) && !url.startsWith('data:'));
    expect(elsewhere).toEqual([]);
    expect(requests).toContain(t.url); // the page, and the query's POST
    await page.close();
  });
});
