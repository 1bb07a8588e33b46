/**
 * Reads a COUNTER report in JSON (a COUNTER API answer or a saved file), R5.0 or R5.1, into the same
 * items as its tabular form: one item per Report_Item (or IR sub-item) × attribute set × metric.
 *
 * The two shapes (the header's Release decides which the items must have):
 * - R5.0: Institution_ID `[{Type,Value}]`, Report_Filters/Report_Attributes `[{Name,Value}]`, Item_ID
 *   `[{Type,Value}]`, attributes on the item, `Performance: [{Period:{Begin_Date,End_Date},
 *   Instance:[{Metric_Type,Count}]}]`; IR parents in `Item_Parent` (its Item_Name is the item's title).
 *   `Item_Component` details are descriptive only: the item's own Performance is what is counted.
 * - R5.1: Institution_ID `{ISNI:[…]}`, Report_Filters/Report_Attributes objects (array values kept as
 *   `a|b`, as tabular writes them), Item_ID an object, `Attribute_Performance: [{Data_Type, YOP,
 *   Access_Type, Access_Method, Performance:{Metric:{"yyyy-mm":n}}}]`; IR Report_Items are the parents
 *   (Title, Data_Type, Item_ID) with the items in `Items`, or items themselves when no parent is given.
 *   Per-item Customer_ID / Institution_Name (Attributes_To_Show) override the header's.
 *
 * `row` is the 1-based index of the Report_Item. Zero counts are dropped (R5.0 JSON omits them, tabular
 * writes 0), so both forms give the same items. Begin_Date/End_Date leave `filters` for `begin`/`end`.
 *
 * Granularity=Totals: R5.0 gives one Period over the whole range, R5.1 a number instead of a month map.
 * Usage is stored per month, so a total over exactly one month is that month's count, and a total over
 * more months is a row error asking for Granularity=Month (see read-counter-tabular.ts).
 */
import { readCountJson } from './counter-counts.js';
import { monthSpan, parseDay, parseMonthKey } from './counter-dates.js';
import { exceptionFromJson } from './counter-exceptions.js';
import { finishHeader, type RawHeader } from './counter-header.js';
import { blankItem, ItemChecker, outsidePeriod } from './counter-item-check.js';
import { ITEM_ID_COLUMNS, reportFamily, type CounterReportId } from './counter-rules.js';
import type { CounterException, CounterHeader, CounterItem, CounterReadResult, CounterRowError, CounterTypedId } from './counter-types.js';

type Json = Record<string, unknown>;

function isRecord(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A scalar as text (numbers too: some servers write YOP as 2012); arrays of scalars as `a|b`. */
function str(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() === '' ? null : v.trim();
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string' || typeof x === 'number')) return v.join('|');
  return null;
}

/** `[{Name,Value}]` (R5.0) or `{Name: value | [values]}` (R5.1) → name → value. */
function nameValues(v: unknown, what: string, fail: (reason: string) => void): Record<string, string> {
  const out: Record<string, string> = {};
  if (v === undefined || v === null) return out;
  if (Array.isArray(v)) {
    v.forEach((e, i) => {
      const name = isRecord(e) ? str(e.Name) : null;
      const value = isRecord(e) ? str(e.Value) : null;
      if (name === null) fail(`${what}[${i + 1}] has no Name`);
      else out[name] = value ?? '';
    });
  } else if (isRecord(v)) {
    for (const [k, x] of Object.entries(v)) out[k] = str(x) ?? '';
  } else fail(`${what} is neither a list nor an object`);
  return out;
}

/** `[{Type,Value}]` (R5.0) or `{Type: [values]}` (R5.1) → typed IDs. */
function typedIds(v: unknown): CounterTypedId[] {
  const out: CounterTypedId[] = [];
  if (Array.isArray(v)) {
    for (const e of v) {
      const type = isRecord(e) ? str(e.Type) : null;
      const value = isRecord(e) ? str(e.Value) : null;
      if (type && value) out.push({ type, value });
    }
  } else if (isRecord(v)) {
    for (const [type, x] of Object.entries(v)) {
      for (const value of Array.isArray(x) ? x : [x]) {
        const s = str(value);
        if (s) out.push({ type, value: s });
      }
    }
  }
  return out;
}

const ITEM_ID_TYPES: Readonly<Record<string, keyof CounterItem['ids']>> = { ...ITEM_ID_COLUMNS, Proprietary: 'proprietary' };

function setItemIds(item: CounterItem, v: unknown): void {
  for (const { type, value } of typedIds(v)) {
    const field = ITEM_ID_TYPES[type];
    if (field && item.ids[field] === null) item.ids[field] = value;
  }
}

function readHeader(h: Json, rejected: CounterRowError[]): { header: CounterHeader | null; totals: boolean } {
  const fail = (reason: string) => rejected.push({ row: 0, reason });
  const filters = nameValues(h.Report_Filters, 'Report_Filters', fail);
  const attributes = nameValues(h.Report_Attributes, 'Report_Attributes', fail);
  const exceptions: CounterException[] = [];
  const rawExceptions = h.Exceptions === undefined || h.Exceptions === null ? [] : Array.isArray(h.Exceptions) ? h.Exceptions : [h.Exceptions];
  rawExceptions.forEach((e, i) => {
    const x = exceptionFromJson(e);
    if (x) exceptions.push(x);
    else fail(`Exceptions[${i + 1}] has no numeric Code: ${JSON.stringify(e)}`);
  });
  const beginDate = filters.Begin_Date ?? null;
  const endDate = filters.End_Date ?? null;
  delete filters.Begin_Date;
  delete filters.End_Date;
  const raw: RawHeader = {
    reportName: str(h.Report_Name),
    reportId: str(h.Report_ID),
    release: str(h.Release),
    institutionName: str(h.Institution_Name),
    institutionIds: typedIds(h.Institution_ID),
    customerId: str(h.Customer_ID),
    beginDate,
    endDate,
    created: str(h.Created),
    createdBy: str(h.Created_By),
    filters,
    attributes,
    exceptions,
  };
  return finishHeader(raw, rejected);
}

export function readCounterJson(text: string): CounterReadResult {
  const rejected: CounterRowError[] = [];
  const result = (header: CounterHeader | null, items: CounterItem[], rowsRead: number): CounterReadResult => ({ format: 'json', header, items, rejected, rowsRead });
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    rejected.push({ row: 0, reason: `not valid JSON (the file may be cut short): ${(e as Error).message}` });
    return result(null, [], 0);
  }
  const bare = Array.isArray(doc) ? doc.map(exceptionFromJson) : isRecord(doc) && 'Code' in doc ? [exceptionFromJson(doc)] : [];
  if (bare.length > 0 && bare.every((e) => e !== null)) {
    const list = bare.map((e) => `${e?.code} ${e?.message}`).join('; ');
    rejected.push({ row: 0, reason: `a COUNTER exception, not a report: ${list} (readCounterExceptions reads these)` });
    return result(null, [], 0);
  }
  if (!isRecord(doc) || !isRecord(doc.Report_Header)) {
    rejected.push({ row: 0, reason: 'no Report_Header object: not a COUNTER JSON report' });
    return result(null, [], 0);
  }
  // Granularity=Totals needs no header flag here: a JSON total shows its extent in the item itself.
  const { header } = readHeader(doc.Report_Header, rejected);
  if (!header) return result(null, [], 0);

  const reportItems = doc.Report_Items;
  if (reportItems === undefined || reportItems === null) {
    // A report that only says why it has no usage (3030 …) may leave Report_Items out.
    if (header.exceptions.length === 0) rejected.push({ row: 0, reason: 'Report_Items is missing and the header lists no exception saying why' });
    return result(header, [], 0);
  }
  if (!Array.isArray(reportItems)) {
    rejected.push({ row: 0, reason: 'Report_Items is not a list' });
    return result(header, [], 0);
  }
  const reader = new JsonItemReader(header);
  reportItems.forEach((ri, i) => reader.readReportItem(ri, i + 1));
  rejected.push(...reader.rejected);
  return result(header, reader.items, reader.rowsRead);
}

class JsonItemReader {
  readonly items: CounterItem[] = [];
  readonly rejected: CounterRowError[] = [];
  rowsRead = 0;
  private readonly checker: ItemChecker;
  private readonly family: 'PR' | 'DR' | 'TR' | 'IR';

  constructor(private readonly header: CounterHeader) {
    this.checker = new ItemChecker(header);
    this.family = reportFamily(header.reportId as CounterReportId);
  }

  readReportItem(ri: unknown, row: number): void {
    const where = `Report_Items[${row}]`;
    if (!isRecord(ri)) {
      this.rejected.push({ row, reason: `${where} is not an object` });
      return;
    }
    if (this.header.release === '5') return this.readR50(ri, row, where);
    if (this.family === 'IR' && Array.isArray(ri.Items)) {
      // R5.1 IR with parent details: the Report_Item is the parent, its Items the items.
      // Customer_ID / Institution_Name shown on the parent hold for its items unless an item has its own.
      const parentTitle = str(ri.Title);
      ri.Items.forEach((sub, j) => {
        if (!isRecord(sub)) this.rejected.push({ row, reason: `${where}.Items[${j + 1}] is not an object` });
        else this.readR51({ Customer_ID: ri.Customer_ID, Institution_Name: ri.Institution_Name, ...sub }, row, `${where}.Items[${j + 1}]`, parentTitle);
      });
      return;
    }
    this.readR51(ri, row, where, null);
  }

  /** Fields every form names the same way, on the object that describes the item. */
  private describe(o: Json, row: number): CounterItem {
    const item = blankItem(row, this.header);
    item.platform = str(o.Platform);
    item.publisher = str(o.Publisher);
    item.customerId = str(o.Customer_ID) ?? item.customerId;
    item.institutionName = str(o.Institution_Name) ?? item.institutionName;
    if (this.family === 'DR') item.database = str(o.Database);
    if (this.family === 'TR') item.title = str(o.Title);
    if (this.family === 'IR') item.item = str(o.Item);
    setItemIds(item, o.Item_ID);
    return item;
  }

  private readR50(ri: Json, row: number, where: string): void {
    const base = this.describe(ri, row);
    if (this.family === 'IR' && isRecord(ri.Item_Parent)) base.title = str(ri.Item_Parent.Item_Name);
    base.dataType = str(ri.Data_Type);
    base.sectionType = str(ri.Section_Type);
    base.accessType = str(ri.Access_Type);
    base.accessMethod = str(ri.Access_Method);
    base.yop = str(ri.YOP);
    const reasons: string[] = [];
    if (!Array.isArray(ri.Performance)) {
      this.rejected.push({ row, reason: `${where}: Performance is missing or not a list (an R5.0 item has Performance: [{Period, Instance}])` });
      this.rowsRead++;
      return;
    }
    const byMetric = new Map<string, Map<string, number>>();
    ri.Performance.forEach((p, pi) => {
      const at = `${where}.Performance[${pi + 1}]`;
      const period = isRecord(p) && isRecord(p.Period) ? p.Period : null;
      const b = period ? parseDay(String(period.Begin_Date ?? '')) : null;
      const e = period ? parseDay(String(period.End_Date ?? '')) : null;
      if (!b || !e) {
        reasons.push(`${at}: Period needs Begin_Date and End_Date (yyyy-mm-dd)`);
        return;
      }
      if (b.month !== e.month) {
        reasons.push(`${at}: Period ${String(period?.Begin_Date)} to ${String(period?.End_Date)} covers ${monthSpan(b.month, e.month)} months (Granularity=Totals?): usage is stored per month, harvest with Granularity=Month`);
        return;
      }
      const instances = isRecord(p) ? p.Instance : undefined;
      if (!Array.isArray(instances)) {
        reasons.push(`${at}: Instance is missing or not a list`);
        return;
      }
      instances.forEach((inst, k) => {
        const metric = isRecord(inst) ? str(inst.Metric_Type) : null;
        if (metric === null) {
          reasons.push(`${at}.Instance[${k + 1}]: Metric_Type is missing`);
          return;
        }
        const count = readCountJson(isRecord(inst) ? inst.Count : undefined, `${at} ${metric}`, reasons);
        if (count === null) return;
        let months = byMetric.get(metric);
        if (!months) byMetric.set(metric, (months = new Map()));
        if (months.has(b.month)) reasons.push(`${at}: ${metric} is given twice for ${b.month.slice(0, 7)}`);
        else months.set(b.month, count);
      });
    });
    this.emit(base, byMetric, reasons, row, where);
  }

  private readR51(o: Json, row: number, where: string, parentTitle: string | null): void {
    const base = this.describe(o, row);
    if (this.family === 'IR') base.title = parentTitle;
    if (!Array.isArray(o.Attribute_Performance)) {
      this.rejected.push({ row, reason: `${where}: Attribute_Performance is missing or not a list (an R5.1 item has Attribute_Performance: [{…, Performance}])` });
      this.rowsRead++;
      return;
    }
    o.Attribute_Performance.forEach((ap, ai) => {
      const at = `${where}.Attribute_Performance[${ai + 1}]`;
      if (!isRecord(ap) || !isRecord(ap.Performance)) {
        this.rejected.push({ row, reason: `${at}: Performance is missing or not an object` });
        this.rowsRead++;
        return;
      }
      const item: CounterItem = { ...base, ids: { ...base.ids } };
      item.dataType = str(ap.Data_Type);
      item.sectionType = str(ap.Section_Type);
      item.accessType = str(ap.Access_Type);
      item.accessMethod = str(ap.Access_Method);
      item.yop = str(ap.YOP);
      const reasons: string[] = [];
      const byMetric = new Map<string, Map<string, number>>();
      for (const [metric, perMonth] of Object.entries(ap.Performance)) {
        const months = new Map<string, number>();
        byMetric.set(metric, months);
        if (typeof perMonth === 'number') {
          // Granularity=Totals: one number for the whole period.
          const span = monthSpan(this.header.begin, this.header.end);
          const n = readCountJson(perMonth, `${at} ${metric}`, reasons);
          if (span !== 1) reasons.push(`${at}: ${metric} is one total over ${span} months (Granularity=Totals): usage is stored per month, harvest with Granularity=Month`);
          else if (n !== null) months.set(this.header.begin, n);
          continue;
        }
        if (!isRecord(perMonth)) {
          reasons.push(`${at}: ${metric} is neither a month → count object nor a number`);
          continue;
        }
        for (const [key, value] of Object.entries(perMonth)) {
          const month = parseMonthKey(key);
          if (!month) {
            reasons.push(`${at}: ${metric} month "${key}" is not yyyy-mm`);
            continue;
          }
          const n = readCountJson(value, `${at} ${metric} ${key}`, reasons);
          if (n !== null) months.set(month, n);
        }
      }
      this.emit(item, byMetric, reasons, row, at);
    });
  }

  /** One item per metric; `reasons` (problems reading the counts) reject all of them. */
  private emit(base: CounterItem, byMetric: Map<string, Map<string, number>>, reasons: string[], row: number, where: string): void {
    this.rowsRead += Math.max(byMetric.size, reasons.length > 0 ? 1 : 0);
    // Months outside the header's period, zero counts included (tabular rejects such a column whatever it holds).
    for (const [metric, months] of byMetric) {
      for (const month of months.keys()) {
        const outside = outsidePeriod(month, this.header);
        if (outside) reasons.push(`${where} ${metric}: ${outside}`);
      }
    }
    for (const reason of reasons) this.rejected.push({ row, reason });
    if (reasons.length > 0) return;
    for (const [metric, months] of byMetric) {
      const item: CounterItem = { ...base, ids: { ...base.ids }, metricType: metric, counts: [] };
      for (const [month, count] of [...months].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
        if (count > 0) item.counts.push({ month, count });
      }
      const bad = this.checker.check(item);
      if (bad.length > 0) for (const reason of bad) this.rejected.push({ row, reason: `${where} ${metric}: ${reason}` });
      else this.items.push(item);
    }
  }
}
