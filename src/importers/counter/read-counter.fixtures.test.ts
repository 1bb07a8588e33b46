import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CounterItem, CounterReadResult } from './counter-types.js';
import { readCounterReport } from './read-counter.js';

const FIXTURES = fileURLToPath(new URL('../../../../shared/fixtures/counter/', import.meta.url));
const read = (rel: string): CounterReadResult => readCounterReport(readFileSync(join(FIXTURES, rel)), { fileName: rel });

/** Every fixture, as dir/name, and the JSON/TSV pairs (r5: Sample-X.json + .tsv, r51: X_sample_r51.json + .tsv). */
const FILES = ['r5', 'r51'].flatMap((d) => readdirSync(join(FIXTURES, d)).sort().map((f) => `${d}/${f}`));
const PAIRS = FILES.filter((f) => f.endsWith('.json')).map((f) => [f, f.replace(/\.json$/, '.tsv')] as const);

function totals(r: CounterReadResult): Record<string, number> {
  const out: Record<string, number> = {};
  for (const i of r.items) for (const c of i.counts) out[i.metricType] = (out[i.metricType] ?? 0) + c.count;
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

/** An item as both forms must give it: without its row (a line number vs a Report_Item index). */
const comparable = (i: CounterItem) => JSON.stringify({ ...i, row: 0 });

describe('readCounterReport on every COUNTER fixture', () => {
  it('finds the 60 fixture files, 30 JSON/TSV pairs', () => {
    expect([FILES.length, PAIRS.length]).toEqual([60, 30]);
    for (const [, tsv] of PAIRS) expect(FILES).toContain(tsv);
  });

  for (const f of FILES) {
    it(`${f}: reads with nothing rejected`, () => {
      const r = read(f);
      expect(r.rejected).toEqual([]);
      expect(r.format).toBe(f.endsWith('.json') ? 'json' : 'tsv');
      expect(r.header).not.toBeNull();
      expect(r.header?.release).toBe(f.startsWith('r51/') ? '5.1' : '5');
      expect(r.items.length).toBeGreaterThan(0);
      expect(r.rowsRead).toBe(r.items.length);
      for (const i of r.items) {
        expect(i.row).toBeGreaterThan(0);
        for (const c of i.counts) expect(Number.isSafeInteger(c.count) && c.count > 0).toBe(true);
      }
    });
  }

  // The publishers' pairs agree item for item. The one difference is the R5.0 Customer_ID: R5.0 JSON
  // carries it in Report_Header, the R5.0 tabular header has no such line, so the TSV items have none.
  for (const [json, tsv] of PAIRS) {
    it(`${json} and its .tsv give the same items and totals per Metric_Type`, () => {
      const j = read(json);
      const t = read(tsv);
      expect(totals(j)).toEqual(totals(t));
      expect(j.items.length).toBe(t.items.length);
      const r50 = json.startsWith('r5/');
      const jItems = j.items.map((i) => (r50 ? { ...i, customerId: null } : i)).map(comparable).sort();
      expect(jItems).toEqual(t.items.map(comparable).sort());
      expect({ ...j.header, customerId: null }).toEqual({ ...t.header, customerId: null });
      if (r50) expect([j.header?.customerId, t.header?.customerId]).toEqual([expect.any(String), null]);
    });
  }

  it('R5.0 TR header: release, ID, period, institution, customer, attributes', () => {
    const r = read('r5/Sample-TR.json');
    expect(r.header).toEqual({
      release: '5',
      reportId: 'TR',
      reportName: 'Title Master Report',
      institutionName: 'Client Demo Site',
      institutionIds: [{ type: 'ISNI', value: '1234123412341234' }],
      customerId: 'cid-123456',
      begin: '2016-01-01',
      end: '2016-03-01',
      created: '2019-04-25T11:39:56Z',
      createdBy: 'Publisher Platform Delta',
      filters: {},
      attributes: { Attributes_To_Show: 'Data_Type|Section_Type|YOP|Access_Type|Access_Method' },
      exceptions: [],
    });
    expect(r.items[0]).toEqual({
      row: 1,
      customerId: 'cid-123456',
      institutionName: 'Client Demo Site',
      platform: 'PPDelta',
      database: null,
      title: 'Book 1715',
      item: null,
      publisher: 'Publisher 109',
      ids: { doi: null, proprietary: 'ppdelta:1715', isbn: '978-0-300-94426-6', printIssn: null, onlineIssn: null, linkingIssn: null, uri: null },
      dataType: 'Book',
      sectionType: 'Book',
      accessType: 'Controlled',
      accessMethod: 'Regular',
      yop: '2012',
      metricType: 'No_License',
      counts: [{ month: '2016-01-01', count: 1 }, { month: '2016-02-01', count: 2 }],
    });
  });

  it('R5.0 TR TSV: rows are line numbers, zero months left out, Reporting_Period_Total checked', () => {
    const r = read('r5/Sample-TR.tsv');
    expect(r.items[0]).toMatchObject({ row: 15, metricType: 'Limit_Exceeded', counts: [{ month: '2016-03-01', count: 1 }] });
    expect(r.header?.customerId).toBeNull();
  });

  it('R5.1 TR_B1: filters from the JSON object (arrays as a|b) equal the tabular Metric_Types and Report_Filters lines', () => {
    const j = read('r51/TRB1_sample_r51.json');
    expect(j.header).toMatchObject({
      release: '5.1',
      reportId: 'TR_B1',
      begin: '2022-01-01',
      end: '2022-12-01',
      institutionIds: [{ type: 'ISNI', value: '1234123412341234' }],
      customerId: null,
      filters: { Metric_Type: 'Total_Item_Requests|Unique_Title_Requests', Data_Type: 'Book|Reference_Work', Access_Type: 'Controlled', Access_Method: 'Regular' },
    });
    expect(read('r51/TRB1_sample_r51.tsv').header?.filters).toEqual(j.header?.filters);
  });

  it('R5.1 IR: the parent title is the item title, the item name and its own IDs are the item', () => {
    const r = read('r51/IR_sample_r51.json');
    const i = r.items.find((x) => x.item === 'Item 3' && x.accessMethod === 'TDM' && x.metricType === 'Total_Item_Requests');
    expect(i).toMatchObject({ row: 1, title: 'Title 1', dataType: 'Book_Segment', yop: '2022', accessType: 'Controlled', ids: { doi: '10.9999/xxxxi03', proprietary: 'P1:I03' } });
    expect(r.header?.attributes).toEqual({ Attributes_To_Show: 'Authors|Publication_Date|Article_Version|YOP|Access_Type|Access_Method', Include_Parent_Details: 'True' });
  });

  it('R5.0 IR: Item_Parent.Item_Name is the title', () => {
    const r = read('r5/Sample-IR.json');
    expect(r.items[0]).toMatchObject({ item: 'Item 100026', title: 'Journal 45', dataType: 'Article', accessType: 'OA_Gold', ids: { doi: '10.1729/jhik.345' } });
  });

  it('reads the same report from a string as from bytes', () => {
    const bytes = readFileSync(join(FIXTURES, 'r51/DRD1_sample_r51.tsv'));
    expect(readCounterReport(bytes.toString('utf8'))).toEqual(readCounterReport(bytes));
  });
});
