import { describe, expect, it } from 'vitest';
import type { CounterReadResult } from './counter-types.js';
import { readCounterReport } from './read-counter.js';

/**
 * Small hand-written reports, one broken rule each. The tabular template is an R5.1 TR_J1 over
 * Jan–Mar 2022: header lines 1–13, blank line 14, column headings line 15, body rows from line 16.
 */
const HEADER_LINES = [
  'Report_Name\tJournal Requests (Controlled)',
  'Report_ID\tTR_J1',
  'Release\t5.1',
  'Institution_Name\tSample Institution',
  'Institution_ID\tISNI:1234123412341234; ISIL:CN-1',
  'Metric_Types\tTotal_Item_Requests; Unique_Item_Requests',
  'Report_Filters\tData_Type=Journal; Access_Type=Controlled; Access_Method=Regular',
  'Report_Attributes\t',
  'Exceptions\t',
  'Reporting_Period\tBegin_Date=2022-01-01; End_Date=2022-03-31',
  'Created\t2023-02-15T09:11:12Z',
  'Created_By\tSample Publisher',
  'Registry_Record\thttps://registry.countermetrics.org/platform/99999999-9999-9999-9999-999999999999',
];
const COLUMNS = 'Title\tPublisher\tPublisher_ID\tPlatform\tDOI\tProprietary_ID\tPrint_ISSN\tOnline_ISSN\tURI\tMetric_Type\tReporting_Period_Total\tJan-2022\tFeb-2022\tMar-2022';
const row = (metric: string, total: string, ...months: string[]) => `Title 3\tSample Publisher\t\tPlatform 1\t10.9999/t3\tP1:T03\t\t1234-4321\t\t${metric}\t${total}\t${months.join('\t')}`;
const GOOD_ROWS = [row('Total_Item_Requests', '6', '1', '2', '3'), row('Unique_Item_Requests', '3', '1', '1', '1')];

interface TabularParts {
  header?: Record<string, string | null>; // name → value; null drops the line
  columns?: string;
  rows?: string[];
}
function tabular({ header = {}, columns = COLUMNS, rows = GOOD_ROWS }: TabularParts = {}): string {
  const lines = HEADER_LINES.flatMap((l) => {
    const name = l.slice(0, l.indexOf('\t'));
    if (!(name in header)) return [l];
    const v = header[name];
    return v === null ? [] : [`${name}\t${v}`];
  });
  return [...lines, '', columns, ...rows].join('\n') + '\n';
}

/** An R5.1 TR JSON report with one title; `perf` is its Attribute_Performance list. */
function r51Json(perf: unknown[], header: Record<string, unknown> = {}, reportId = 'TR'): string {
  return JSON.stringify({
    Report_Header: {
      Release: '5.1',
      Report_ID: reportId,
      Report_Name: 'Title Report',
      Created: '2023-02-15T09:11:12Z',
      Created_By: 'Sample Publisher',
      Institution_ID: { ISNI: ['1234123412341234'], ISIL: ['CN-1'] },
      Institution_Name: 'Sample Institution',
      Report_Filters: { Begin_Date: '2022-01-01', End_Date: '2022-03-31' },
      ...header,
    },
    Report_Items: [{ Title: 'Title 1', Platform: 'Platform 1', Item_ID: { Print_ISSN: '1234-1234' }, Attribute_Performance: perf }],
  });
}
const ap = (performance: unknown, attrs: Record<string, string> = { Data_Type: 'Journal', YOP: '2020', Access_Type: 'Controlled', Access_Method: 'Regular' }) => ({ ...attrs, Performance: performance });

/** An R5.0 TR JSON report with one title and the given Performance list. */
function r50Json(performance: unknown[], item: Record<string, unknown> = {}): string {
  return JSON.stringify({
    Report_Header: {
      Report_Name: 'Title Master Report',
      Report_ID: 'TR',
      Release: '5',
      Institution_Name: 'Client Demo Site',
      Institution_ID: [{ Type: 'ISNI', Value: '1234123412341234' }],
      Customer_ID: 'cid-1',
      Report_Filters: [{ Name: 'Begin_Date', Value: '2016-01-01' }, { Name: 'End_Date', Value: '2016-03-31' }],
    },
    Report_Items: [{ Title: 'Journal 1', Platform: 'P', Item_ID: [{ Type: 'Online_ISSN', Value: '1234-5678' }], Data_Type: 'Journal', Access_Type: 'Controlled', Access_Method: 'Regular', Performance: performance, ...item }],
  });
}
const period = (month: string, last: string, instances: unknown[]) => ({ Period: { Begin_Date: `${month}-01`, End_Date: `${month}-${last}` }, Instance: instances });

const read = (text: string, fileName?: string) => readCounterReport(text, { fileName });
const reasons = (r: CounterReadResult) => r.rejected.map((e) => [e.row, e.reason]);

describe('a valid hand-written report', () => {
  it('reads: header, institution IDs, items with counts', () => {
    const r = read(tabular());
    expect(r.rejected).toEqual([]);
    expect(r.header).toMatchObject({ release: '5.1', reportId: 'TR_J1', begin: '2022-01-01', end: '2022-03-01', institutionIds: [{ type: 'ISNI', value: '1234123412341234' }, { type: 'ISIL', value: 'CN-1' }] });
    expect(r.items.map((i) => [i.row, i.metricType, i.counts.map((c) => c.count)])).toEqual([[16, 'Total_Item_Requests', [1, 2, 3]], [17, 'Unique_Item_Requests', [1, 1, 1]]]);
  });

  it('reads the same report saved as CSV (quoted cells) into the same items', () => {
    const csv = tabular({ rows: [...GOOD_ROWS] }).split('\n').map((l) => l.split('\t').map((c) => (/[",]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\n')
      .replace('Sample Institution', '"Sample Institution, Beijing"');
    const r = read(csv, 'tr_j1.csv');
    expect([r.format, r.rejected]).toEqual(['csv', []]);
    expect(r.header?.institutionName).toBe('Sample Institution, Beijing');
    expect(r.items.map((i) => ({ ...i, institutionName: null }))).toEqual(read(tabular()).items.map((i) => ({ ...i, institutionName: null })));
  });

  it('CSV: a quoted title over two lines keeps the physical line numbers of the rows after it', () => {
    const csv = tabular().split('\n').map((l) => l.split('\t').join(',')).join('\n').replace('\nTitle 3,', '\n"Title\n3",');
    const r = read(csv);
    expect(r.rejected).toEqual([]);
    expect(r.items.map((i) => [i.row, i.title])).toEqual([[16, 'Title\n3'], [18, 'Title 3']]);
  });

  it('a consortium report: per-row Customer_ID and Institution_Name (R5.1 Attributes_To_Show) go to each item, JSON and TSV alike', () => {
    const t = read(tabular({
      header: { Report_ID: 'TR', Metric_Types: '', Report_Filters: '', Report_Attributes: 'Attributes_To_Show=Institution_Name|Customer_ID' },
      columns: `Institution_Name\tCustomer_ID\t${COLUMNS}`,
      rows: [`Member A\tcid-a\t${GOOD_ROWS[0]}`, `Member B\tcid-b\t${GOOD_ROWS[0]}`],
    }));
    expect(t.rejected).toEqual([]);
    expect(t.items.map((i) => [i.row, i.customerId, i.institutionName])).toEqual([[16, 'cid-a', 'Member A'], [17, 'cid-b', 'Member B']]);
    const doc = JSON.parse(r51Json([])) as { Report_Items: Record<string, unknown>[] };
    const perf = [{ Performance: { Total_Item_Requests: { '2022-01': 1, '2022-02': 2, '2022-03': 3 } } }];
    const title = { Title: 'Title 3', Publisher: 'Sample Publisher', Platform: 'Platform 1', Item_ID: { DOI: '10.9999/t3', Proprietary: 'P1:T03', Online_ISSN: '1234-4321' } };
    doc.Report_Items = [
      { ...title, Institution_Name: 'Member A', Customer_ID: 'cid-a', Attribute_Performance: perf },
      { ...title, Institution_Name: 'Member B', Customer_ID: 'cid-b', Attribute_Performance: perf },
    ];
    const j = read(JSON.stringify(doc));
    expect(j.rejected).toEqual([]);
    expect(j.items.map((i) => ({ ...i, row: 0 }))).toEqual(t.items.map((i) => ({ ...i, row: 0 })));
  });

  it('keeps counts beyond 2^31 exactly', () => {
    const r = read(tabular({ rows: [row('Total_Item_Requests', '9000000000003', '3000000000001', '3000000000001', '3000000000001')] }));
    expect(r.rejected).toEqual([]);
    expect(r.items[0].counts.reduce((s, c) => s + c.count, 0)).toBe(9_000_000_000_003);
  });

  it('accepts Release 5.0.2 as R5.0 and strips a BOM from JSON', () => {
    const r = read('\uFEFF' + r50Json([period('2016-01', '31', [{ Metric_Type: 'Total_Item_Requests', Count: 4 }])]).replace('"Release":"5"', '"Release":"5.0.2"'));
    expect([r.rejected, r.header?.release, r.items.length]).toEqual([[], '5', 1]);
  });
});

describe('header rules (row 0, header null when the body cannot be judged)', () => {
  it('rejects an unknown Release', () => {
    const r = read(tabular({ header: { Release: '4' } }));
    expect(r.header).toBeNull();
    expect(reasons(r)).toEqual([[0, expect.stringMatching(/^Release "4" is not a COUNTER release/)]]);
    expect(reasons(read(r51Json([], { Release: '5.2' })))).toEqual([[0, expect.stringContaining('Release "5.2"')]]);
  });

  it('rejects an unknown Report_ID', () => {
    const r = read(tabular({ header: { Report_ID: 'JR1' } }));
    expect([r.header, reasons(r)]).toEqual([null, [[0, expect.stringMatching(/^Report_ID "JR1" is not a COUNTER R5 report/)]]]);
  });

  it('rejects a missing End_Date (tabular) and a missing Begin_Date (JSON)', () => {
    const t = read(tabular({ header: { Reporting_Period: 'Begin_Date=2022-01-01' } }));
    expect([t.header, reasons(t)]).toEqual([null, [[0, expect.stringMatching(/^End_Date is missing/)]]]);
    const j = read(r51Json([], { Report_Filters: { End_Date: '2022-03-31' } }));
    expect([j.header, reasons(j)]).toEqual([null, [[0, expect.stringMatching(/^Begin_Date is missing/)]]]);
  });

  it('rejects an unreadable date and an end before the begin', () => {
    expect(reasons(read(tabular({ header: { Reporting_Period: 'Begin_Date=2022-13-01; End_Date=2022-03-31' } })))).toEqual([[0, expect.stringContaining('Begin_Date "2022-13-01" is not a date')]]);
    expect(reasons(read(tabular({ header: { Reporting_Period: 'Begin_Date=2022-04-01; End_Date=2022-03-31' } })))).toEqual([[0, 'End_Date 2022-03-31 is before Begin_Date 2022-04-01']]);
  });

  it('rejects a header block cut short (truncated file)', () => {
    const r = read(HEADER_LINES.slice(0, 5).join('\n') + '\n');
    expect(r.header).toBeNull();
    expect(r.rejected[0]).toEqual({ row: 0, reason: expect.stringMatching(/^header block incomplete: the file ends after 5 lines/) });
    expect(r.rejected.map((e) => e.reason)).toContainEqual(expect.stringContaining('no Metric_Types, Report_Filters, Report_Attributes, Exceptions, Reporting_Period, Created, Created_By line'));
  });

  it('rejects a file whose header block never ends (no blank line in the first 50 lines)', () => {
    const r = read(Array.from({ length: 60 }, (_, k) => `Report_Name\tline ${k}`).join('\n'));
    expect([r.header, reasons(r)]).toEqual([null, expect.arrayContaining([[0, 'header block incomplete: no blank line within the first 50 lines (not a COUNTER report?)']])]);
  });

  it('rejects a header block with a standard line missing', () => {
    const r = read(tabular({ header: { Created_By: null } }));
    expect(reasons(r)).toEqual([[0, 'header block incomplete: no Created_By line']]);
  });

  it('rejects a month column outside the reporting period', () => {
    const r = read(tabular({ columns: `${COLUMNS}\tApr-2022`, rows: [row('Total_Item_Requests', '10', '1', '2', '3', '4')] }));
    expect(reasons(r)).toEqual([[0, 'column headings (line 15): Apr-2022: month 2022-04 is outside the reporting period 2022-01 to 2022-03']]);
    expect(r.items).toEqual([]);
  });

  it('rejects a report without a Metric_Type column', () => {
    const r = read(tabular({ columns: COLUMNS.replace('Metric_Type\t', 'Metric\t') }));
    expect(reasons(r)).toEqual([[0, 'column headings (line 15): no Metric_Type column']]);
  });

  it('Granularity=Totals: one month is read as that month, several months are refused', () => {
    const cols = COLUMNS.replace(/\tJan-2022.*$/, '');
    const totalsRow = (t: string) => row('Total_Item_Requests', t).replace(/\t$/, '');
    const one = read(tabular({ header: { Reporting_Period: 'Begin_Date=2022-02-01; End_Date=2022-02-28', Report_Attributes: 'Granularity=Totals' }, columns: cols, rows: [totalsRow('7')] }));
    expect([one.rejected, one.items[0].counts]).toEqual([[], [{ month: '2022-02-01', count: 7 }]]);
    const many = read(tabular({ header: { Report_Attributes: 'Granularity=Totals' }, columns: cols, rows: [totalsRow('7')] }));
    expect(reasons(many)).toEqual([[0, expect.stringMatching(/^no month columns \(Granularity=Totals\) over 3 months 2022-01 to 2022-03: .*Granularity=Month$/)]]);
    const j = read(r51Json([ap({ Total_Item_Requests: 7 })], { Report_Attributes: { Granularity: 'Totals' } }));
    expect(reasons(j)).toEqual([[1, expect.stringContaining('Total_Item_Requests is one total over 3 months (Granularity=Totals)')]]);
    const r50 = read(r50Json([{ Period: { Begin_Date: '2016-01-01', End_Date: '2016-03-31' }, Instance: [{ Metric_Type: 'Total_Item_Requests', Count: 7 }] }]));
    expect(reasons(r50)).toEqual([[1, expect.stringContaining('covers 3 months (Granularity=Totals?)')]]);
  });
});

describe('row rules (the row named, the others still read)', () => {
  it('rejects a metric the report does not allow: TR_J1 has only Total_Item_Requests and Unique_Item_Requests', () => {
    const r = read(tabular({ rows: [GOOD_ROWS[0], row('No_License', '1', '1', '0', '0')] }));
    expect(reasons(r)).toEqual([[17, 'Metric_Type "No_License" is not allowed in TR_J1 (R5.1 allows Total_Item_Requests, Unique_Item_Requests)']]);
    expect(r.items.map((i) => i.row)).toEqual([16]);
  });

  it('applies each release its own table: IR_M1 Unique_Item_Requests is R5.1 only', () => {
    const ir = (release: string) => tabular({
      header: { Report_ID: 'IR_M1', Release: release, Metric_Types: '' },
      columns: 'Item\tPublisher\tPublisher_ID\tPlatform\tDOI\tProprietary_ID\tURI\tMetric_Type\tReporting_Period_Total\tJan-2022\tFeb-2022\tMar-2022',
      rows: ['Item 1\tP\t\tPl\t10.1/x\tP:1\t\tUnique_Item_Requests\t1\t1\t0\t0'],
    });
    expect(read(ir('5.1')).rejected).toEqual([]);
    expect(reasons(read(ir('5')))).toEqual([[16, expect.stringMatching(/^Metric_Type "Unique_Item_Requests" is not allowed in IR_M1 \(R5\.0 allows Total_Item_Requests\)$/)]]);
  });

  it('rejects a negative count and a non-integer count, naming the month', () => {
    const r = read(tabular({ rows: [row('Total_Item_Requests', '5', '1', '-1', '5'), row('Unique_Item_Requests', '3', '1.5', '1', '0.5')] }));
    expect(reasons(r)).toEqual([
      [16, 'Feb-2022 count -1 is negative'],
      [17, 'Jan-2022 count "1.5" is not a whole number'],
      [17, 'Mar-2022 count "0.5" is not a whole number'],
    ]);
    const j = read(r51Json([ap({ Total_Item_Requests: { '2022-01': -2, '2022-02': 1.5 } })]));
    expect(reasons(j)).toEqual([
      [1, 'Report_Items[1].Attribute_Performance[1] Total_Item_Requests 2022-01: count -2 is negative'],
      [1, 'Report_Items[1].Attribute_Performance[1] Total_Item_Requests 2022-02: count 1.5 is not a whole number'],
    ]);
    const r50 = read(r50Json([period('2016-02', '29', [{ Metric_Type: 'Total_Item_Requests', Count: '3' }])]));
    expect(reasons(r50)).toEqual([[1, 'Report_Items[1].Performance[1] Total_Item_Requests: count "3" is not a number']]);
  });

  it('rejects a count beyond 2^53 - 1 that cannot be kept exactly', () => {
    const r = read(tabular({ rows: [row('Total_Item_Requests', '9007199254740993', '9007199254740993', '0', '0')] }));
    expect(reasons(r)).toEqual([
      [16, 'Reporting_Period_Total count 9007199254740993 is larger than 9007199254740991 and cannot be kept exactly'],
      [16, 'Jan-2022 count 9007199254740993 is larger than 9007199254740991 and cannot be kept exactly'],
    ]);
  });

  it('rejects a Reporting_Period_Total that is not the sum of the months', () => {
    const r = read(tabular({ rows: [row('Total_Item_Requests', '7', '1', '2', '3'), GOOD_ROWS[1]] }));
    expect(reasons(r)).toEqual([[16, 'Reporting_Period_Total 7 is not the sum of the months (6)']]);
  });

  it('rejects a month outside the period in JSON (R5.1 month key, R5.0 Period)', () => {
    const j = read(r51Json([ap({ Total_Item_Requests: { '2022-01': 1, '2022-04': 2 } })]));
    expect(reasons(j)).toEqual([[1, 'Report_Items[1].Attribute_Performance[1] Total_Item_Requests: month 2022-04 is outside the reporting period 2022-01 to 2022-03']]);
    const zero = read(r51Json([ap({ Total_Item_Requests: { '2022-01': 1, '2021-12': 0 } })]));
    expect(reasons(zero)).toEqual([[1, 'Report_Items[1].Attribute_Performance[1] Total_Item_Requests: month 2021-12 is outside the reporting period 2022-01 to 2022-03']]);
    const r50 = read(r50Json([period('2016-04', '30', [{ Metric_Type: 'Total_Item_Requests', Count: 2 }])]));
    expect(reasons(r50)).toEqual([[1, 'Report_Items[1] Total_Item_Requests: month 2016-04 is outside the reporting period 2016-01 to 2016-03']]);
  });

  it('rejects a row with the wrong number of cells, and says when the last row is cut short', () => {
    const short = GOOD_ROWS[1].split('\t').slice(0, 12).join('\t');
    const mid = read(tabular({ rows: [short, GOOD_ROWS[0]] }));
    expect(reasons(mid)).toEqual([[16, '12 cells where the column headings have 14']]);
    expect(mid.items.map((i) => i.row)).toEqual([17]);
    const cut = read(tabular({ rows: [GOOD_ROWS[0], short] }).replace(/\n$/, ''));
    expect(reasons(cut)).toEqual([[17, '12 cells where the column headings have 14 (the file looks cut short)']]);
    const long = read(tabular({ rows: [`${GOOD_ROWS[0]}\t\t`, `${GOOD_ROWS[1]}\t9`] }));
    expect(reasons(long)).toEqual([[17, '15 cells where the column headings have 14']]);
  });

  it('rejects a row without a Metric_Type', () => {
    const r = read(tabular({ rows: [row('', '6', '1', '2', '3')] }));
    expect(reasons(r)).toEqual([[16, 'Metric_Type is missing']]);
    const j = read(r50Json([period('2016-01', '31', [{ Count: 2 }])]));
    expect(reasons(j)).toEqual([[1, 'Report_Items[1].Performance[1].Instance[1]: Metric_Type is missing']]);
  });

  it('rejects an unknown Data_Type, Access_Type or Access_Method, naming the column and value', () => {
    const j = read(r51Json([
      ap({ Total_Item_Requests: { '2022-01': 1 } }, { Data_Type: 'Magazine', Access_Type: 'Controlled', Access_Method: 'Regular' }),
      ap({ Total_Item_Requests: { '2022-01': 1 } }, { Data_Type: 'Journal', Access_Type: 'OA_Gold', Access_Method: 'Robot' }),
    ]));
    expect(reasons(j)).toEqual([
      [1, expect.stringMatching(/Attribute_Performance\[1\] Total_Item_Requests: Data_Type "Magazine" is not an R5\.1 value \(Article, /)],
      [1, expect.stringMatching(/Attribute_Performance\[2\] Total_Item_Requests: Access_Type "OA_Gold" is not an R5\.1 value \(Controlled, Open, Free_To_Read\)$/)],
      [1, expect.stringMatching(/Attribute_Performance\[2\] Total_Item_Requests: Access_Method "Robot" is not an R5\.1 value \(Regular, TDM\)$/)],
    ]);
    const r50 = read(r50Json([period('2016-01', '31', [{ Metric_Type: 'Total_Item_Requests', Count: 2 }])], { Access_Type: 'Open' }));
    expect(reasons(r50)).toEqual([[1, 'Report_Items[1] Total_Item_Requests: Access_Type "Open" is not an R5.0 value (Controlled, OA_Gold, Other_Free_To_Read)']]);
  });

  it('rejects a row that repeats another (its usage would count twice)', () => {
    const r = read(tabular({ rows: [GOOD_ROWS[0], GOOD_ROWS[1], GOOD_ROWS[0]] }));
    expect(reasons(r)).toEqual([[18, 'same item, attributes and Metric_Type as row 16: its usage would be counted twice']]);
  });
});

describe('truncated and foreign input', () => {
  it('rejects JSON that does not parse (cut short)', () => {
    const text = r51Json([ap({ Total_Item_Requests: { '2022-01': 1 } })]);
    const r = read(text.slice(0, Math.floor(text.length / 2)));
    expect([r.format, r.header, r.items]).toEqual(['json', null, []]);
    expect(reasons(r)).toEqual([[0, expect.stringMatching(/^not valid JSON \(the file may be cut short\): /)]]);
  });

  it('rejects a CSV cut inside a quoted cell, keeping the header', () => {
    const csv = tabular().split('\n').map((l) => l.split('\t').join(',')).join('\n').replace(/\nTitle 3,([^\n]*)\n[^]*$/, '\n"Title 3,$1');
    const r = read(csv);
    expect([r.header?.reportId, r.items]).toEqual(['TR_J1', []]);
    expect(reasons(r)).toEqual([[0, expect.stringMatching(/^the CSV body cannot be read to its end \(the file may be cut short\): /)]]);
  });

  it('rejects bytes that are not UTF-8', () => {
    const r = readCounterReport(new Uint8Array([0x52, 0x65, 0xff, 0xfe, 0x0a]), { fileName: 'x.tsv' });
    expect(reasons(r)).toEqual([[0, 'the file is not UTF-8 text (COUNTER reports are UTF-8)']]);
  });

  it('rejects a SUSHI error body given as a report, pointing at readCounterExceptions', () => {
    const r = read(JSON.stringify({ Code: 2010, Severity: 'Error', Message: 'Requestor is Not Authorized to Access Usage for Institution' }));
    expect([r.header, reasons(r)]).toEqual([null, [[0, 'a COUNTER exception, not a report: 2010 Requestor is Not Authorized to Access Usage for Institution (readCounterExceptions reads these)']]]);
  });

  it('rejects JSON without Report_Header', () => {
    expect(reasons(read('{"Report_Items": []}'))).toEqual([[0, 'no Report_Header object: not a COUNTER JSON report']]);
  });
});

describe('reports that carry exceptions', () => {
  it('a tabular 3030 (no usage) report with no rows is valid: exceptions filled, no items', () => {
    const r = read(tabular({ header: { Exceptions: '3030: No Usage Available for Requested Dates (2022-01-01 to 2022-03-31)' }, rows: [] }));
    expect([r.rejected, r.items, r.rowsRead]).toEqual([[], [], 0]);
    expect(r.header?.exceptions).toEqual([{ code: 3030, message: 'No Usage Available for Requested Dates', severity: null, data: '2022-01-01 to 2022-03-31', helpUrl: null }]);
  });

  it('a tabular header with two exceptions keeps both', () => {
    const r = read(tabular({ header: { Exceptions: '3031: Usage Not Ready for Requested Dates (2022-03; 2022-02); 3050: Parameter Not Recognized in this Context (foo)' } }));
    expect(r.rejected).toEqual([]);
    expect(r.header?.exceptions.map((e) => [e.code, e.data])).toEqual([[3031, '2022-03; 2022-02'], [3050, 'foo']]);
  });

  it('a JSON 3030 report without Report_Items is valid; without an exception it is not', () => {
    const doc = JSON.parse(r51Json([])) as { Report_Header: Record<string, unknown>; Report_Items?: unknown };
    delete doc.Report_Items;
    expect(reasons(read(JSON.stringify(doc)))).toEqual([[0, 'Report_Items is missing and the header lists no exception saying why']]);
    doc.Report_Header.Exceptions = [{ Code: 3030, Message: 'No Usage Available for Requested Dates', Data: 'Jan-Mar 2022' }];
    const r = read(JSON.stringify(doc));
    expect([r.rejected, r.items]).toEqual([[], []]);
    expect(r.header?.exceptions).toEqual([{ code: 3030, message: 'No Usage Available for Requested Dates', severity: null, data: 'Jan-Mar 2022', helpUrl: null }]);
  });

  it('an exception without a numeric Code is a header error', () => {
    expect(reasons(read(r51Json([], { Exceptions: [{ Message: 'oops' }] })))).toEqual([[0, 'Exceptions[1] has no numeric Code: {"Message":"oops"}']]);
  });
});
