/** What each kind of COUNTER API answer means for the ledger (STANDARDS C1, "Exceptions"). */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCounterExceptions, readCounterReport } from '../../importers/counter/index.js';
import { decideAnswer } from './sushi-answer.js';

const readers = { read: (text: string, fileName: string) => readCounterReport(text, { fileName }), readExceptions: readCounterExceptions };
const decide = (status: number, body: unknown, headers: Record<string, string> = {}) => decideAnswer(status, typeof body === 'string' ? body : JSON.stringify(body), headers, readers, 'x.json');
const SAMPLE = fs.readFileSync(path.resolve(import.meta.dirname, '../../../../shared/fixtures/counter/r51/PR_sample_r51.json'), 'utf8');
const exception = (code: number, message = 'm') => ({ Code: code, Message: message });

describe('decideAnswer', () => {
  it('stores a valid report', () => {
    const d = decideAnswer(200, SAMPLE, {}, readers, 'PR.json');
    expect(d.kind).toBe('STORE');
    expect(d.kind === 'STORE' && d.read.items.length).toBeGreaterThan(0);
  });

  it.each([1000, 1010, 1011, 1020, 3031])('retries on %i, as an error body or in a report header', (code) => {
    expect(decide(200, exception(code)).kind).toBe('RETRY');
    expect(decide(202, [exception(code)]).kind).toBe('RETRY');
    expect(decide(200, { Report_Header: { Release: '5.1', Report_ID: 'PR', Exceptions: [exception(code)] }, Report_Items: [] }).kind).toBe('RETRY');
  });

  it.each([1030, 2000, 2010, 2011, 2020, 3000, 3010, 3020, 3032])('fails for good on %i', (code) => {
    const d = decide(code === 2020 ? 401 : 400, exception(code, 'Some Message'));
    expect(d).toMatchObject({ kind: 'FAILED', reason: `HTTP ${code === 2020 ? 401 : 400}: ${code} Some Message` });
  });

  it('says NO_USAGE for a bare 3030, and stores a 3030 report as no usage', () => {
    expect(decide(200, exception(3030)).kind).toBe('NO_USAGE');
    const sample = JSON.parse(SAMPLE) as { Report_Header: Record<string, unknown> };
    const d = decide(200, { Report_Header: { ...sample.Report_Header, Exceptions: [exception(3030, 'No Usage Available for Requested Dates')] }, Report_Items: [] });
    expect(d).toMatchObject({ kind: 'STORE', noUsage: true });
  });

  it('retries on 429 and 5xx without a COUNTER body (honouring Retry-After in seconds), fails on other statuses', () => {
    expect(decide(503, '<html>down</html>')).toMatchObject({ kind: 'RETRY', retryAfterMs: null });
    expect(decide(429, '', { 'retry-after': '120' })).toMatchObject({ kind: 'RETRY', retryAfterMs: 120_000 });
    expect(decide(404, 'not found')).toMatchObject({ kind: 'FAILED', reason: 'HTTP 404: the answer is not JSON (starts "not found")' });
    expect(decide(200, { hello: 'world' })).toMatchObject({ kind: 'FAILED', reason: 'HTTP 200: the answer is neither a COUNTER report nor a COUNTER exception' });
  });

  it('fails on a report that breaks the rules, naming the problems', () => {
    const broken = SAMPLE.replace('"Release": "5.1"', '"Release": "4"');
    const d = decideAnswer(200, broken, {}, readers, 'PR.json');
    expect(d.kind).toBe('FAILED');
    expect(d.kind === 'FAILED' && d.reason).toMatch(/^the report was rejected/);
  });
});
