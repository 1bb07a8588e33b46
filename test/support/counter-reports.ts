/**
 * COUNTER reports built by hand as the reader gives them (CounterReadResult), for the usage store's
 * tests: a header with sensible defaults and rows given as metric × monthly counts.
 */
import type { CounterHeader, CounterItem, CounterItemIds, CounterReadResult } from '../../src/importers/counter/counter-types.js';

export function counterHeader(over: Partial<CounterHeader> = {}): CounterHeader {
  return {
    release: '5.1', reportId: 'TR', reportName: 'Title Report', institutionName: 'Test Library', institutionIds: [], customerId: null,
    begin: '2024-01-01', end: '2024-03-01', created: '2024-04-02T10:00:00Z', createdBy: 'Test Publisher', filters: {}, attributes: {}, exceptions: [],
    ...over,
  };
}

const NO_IDS: CounterItemIds = { doi: null, proprietary: null, isbn: null, printIssn: null, onlineIssn: null, linkingIssn: null, uri: null };

/** One row: `counts` maps yyyy-mm to the month's count. */
export function counterItem(row: number, metricType: string, counts: Record<string, number>, over: Partial<Omit<CounterItem, 'ids'>> & { ids?: Partial<CounterItemIds> } = {}): CounterItem {
  const { ids, ...rest } = over;
  return {
    row, customerId: null, institutionName: null, platform: 'Test Platform', database: null, title: null, item: null, publisher: 'Test Publisher',
    ids: { ...NO_IDS, ...ids }, dataType: 'Journal', sectionType: null, accessType: 'Controlled', accessMethod: 'Regular', yop: null, metricType,
    counts: Object.entries(counts).map(([month, count]) => ({ month: `${month}-01`, count })),
    ...rest,
  };
}

export function counterReport(header: Partial<CounterHeader>, items: CounterItem[], rejected: CounterReadResult['rejected'] = []): CounterReadResult {
  return { format: 'json', header: counterHeader(header), items, rejected, rowsRead: items.length + rejected.length };
}
