/**
 * GraphiQL in a real browser (Debian's /usr/bin/chromium driven by playwright-core): the page at
 * /graphql opens with the first example's query in the editor, Run prints that query's data, and
 * nothing is fetched from another host; the subscription example, signed in through the Headers
 * editor, runs over a WebSocket to this host and shows a change as it commits.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { pubSub } from '../../src/graphql/pub-sub.js';
import { EXAMPLES_DIR } from '../../src/http/graphiql.js';
import { recordEvent } from '../../src/modules/events/index.js';
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

  it('runs the subscription example with the token from Headers, and shows a change as it commits', async () => {
    const PKU = 'CN-110000-PKU';
    const token = await t.token('member', PKU);
    const requests = (await t.execute(`{ illRequests(filter: { requesterCode: "${PKU}" }, first: 1) { edges { node { id title state supplier { code } } } } }`, {}, token)).data!.illRequests.edges;
    const request = requests[0].node as { id: string; title: string; state: string; supplier: { code: string } | null };

    const pageErrors: string[] = [];
    const sockets: string[] = [];
    const page = await browser.newPage();
    page.on('pageerror', (err) => pageErrors.push(err.message));
    page.on('websocket', (ws) => sockets.push(ws.url()));
    await page.goto(t.url);
    await page.locator('.graphiql-query-editor .CodeMirror').waitFor();
    const examples = readdirSync(EXAMPLES_DIR).filter((f) => f.endsWith('.graphql')).sort();
    await page.locator('.graphiql-tab').nth(examples.indexOf('14-ill-request-changed.graphql')).click();
    await expect.poll(() => page.locator('.graphiql-query-editor .CodeMirror-code').innerText()).toContain('subscription IllRequestChanged');

    // Headers, as a person types them: the JSON becomes the WebSocket's connectionParams
    await page.getByRole('button', { name: 'Headers' }).click();
    const headers = page.locator('.graphiql-editor-tool .graphiql-editor').nth(1).locator('.CodeMirror'); // after the variables editor
    await headers.waitFor({ state: 'visible' });
    await headers.evaluate((editor, json) => (editor as unknown as { CodeMirror: { setValue(v: string): void } }).CodeMirror.setValue(json), JSON.stringify({ Authorization: `Bearer ${token}` }));

    const before = pubSub.listening;
    await page.locator('button.graphiql-execute-button').click();
    await vi.waitFor(() => expect(pubSub.listening).toBe(before + 1), { timeout: 30_000 });
    await t.database.db.transaction((tx) =>
      recordEvent(tx, {
        type: 'ILL_REQUEST_CHANGED',
        memberCodes: [PKU, request.supplier?.code ?? PKU],
        data: { request: request.id, requesterCode: PKU, supplierCode: request.supplier?.code ?? null, serviceType: 'LOAN', action: 'CANCEL', fromState: request.state, state: 'CANCELLED' },
      }),
    );
    const result = page.locator('.result-window .CodeMirror-code');
    await expect.poll(() => result.innerText(), { timeout: 30_000 }).toContain('"illRequestChanged"');
    const shown = JSON.parse(await page.evaluate(() => (document.querySelector('.result-window .CodeMirror') as unknown as { CodeMirror: { getValue(): string } }).CodeMirror.getValue()));
    expect(shown.data.illRequestChanged).toMatchObject({ action: 'CANCEL', state: 'CANCELLED', requesterCode: PKU, request: { id: request.id, title: request.title } });

    expect(sockets).toEqual([t.url.replace(/^http/, 'ws')]);
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
