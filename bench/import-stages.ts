/**
 * Where a MARC import's in-process CPU goes, stage by stage, without a database: reads a load file
 * (default: the bench:import member file of 20,000 records, bench/marc-import-data.ts) into memory,
 * then times each step the import runs per record (mapping, match keys, MARCXML, items, the new
 * cluster's row with its search keys) and the batch's JSON parameters, several rounds each, in µs per
 * record (best round, CPU time of this process) with the bytes allocated per record (heap growth, GC off between rounds when
 * run with --expose-gc).
 *
 *   node --expose-gc --import tsx bench/import-stages.ts [file.mrc] [rounds]
 */
import { tmpdir } from 'node:os';
import path from 'node:path';
import 'reflect-metadata';
import { detectDialect } from '../src/importers/marc/detect-dialect.js';
import { extractItems } from '../src/importers/marc/items-extract.js';
import { mapRecord } from '../src/importers/marc/map-record.js';
import type { MarcRecord } from '../src/importers/marc/marc-record.js';
import { matchKeys } from '../src/importers/marc/match-key.js';
import { readMarc } from '../src/importers/marc/read-marc.js';
import { toMarcXml } from '../src/importers/marc/to-marcxml.js';
import { jsonRows } from '../src/db/bulk.js';
import { recordValues } from '../src/modules/records/index.js';

const file = process.argv[2] || path.join(tmpdir(), 'sharegraph-bench-import', 'v1', 'member-20000.mrc');
const rounds = Number(process.argv[3] ?? 5);
const gc = (globalThis as { gc?: () => void }).gc;

const t0 = process.hrtime.bigint();
const records: MarcRecord[] = [];
for await (const r of readMarc({ path: file }, { format: 'auto', encoding: 'auto' })) if (r.record) records.push(r.record);
const readUs = Number(process.hrtime.bigint() - t0) / 1000 / records.length;
const n = records.length;
const dialects = records.map(detectDialect);
const mapped = records.map((r, i) => mapRecord(r, dialects[i]));
const cores = mapped.map((m) => ({ ...m.core, altTitles: m.altTitles, invalid: m.invalidIdentifiers }));
const xmls = records.map(toMarcXml);

function stage(label: string, fn: () => unknown): void {
  let best = Infinity;
  let bytes = 0;
  for (let r = 0; r < rounds; r++) {
    gc?.();
    const heap = process.memoryUsage().heapUsed;
    const start = process.cpuUsage();
    const keep = fn();
    const used = process.cpuUsage(start);
    const us = used.user + used.system; // CPU, not wall time: steadier on a shared machine
    bytes = Math.max(bytes, process.memoryUsage().heapUsed - heap);
    if (keep === undefined) throw new Error('stage returned nothing');
    best = Math.min(best, us);
  }
  console.log(`${label.padEnd(34)} ${(best / n).toFixed(2).padStart(8)} µs/record  ${(bytes / n / 1024).toFixed(1).padStart(7)} KB/record retained+garbage`);
}

console.log(`${file}: ${n} records, read (parse + decode) ${readUs.toFixed(1)} µs/record (first pass, incl. warm-up)`);
stage('detectDialect', () => records.map(detectDialect));
stage('mapRecord', () => records.map((r, i) => mapRecord(r, dialects[i])));
stage('matchKeys', () => mapped.map((m) => matchKeys(m)));
stage('toMarcXml', () => records.map(toMarcXml));
stage('extractItems', () => records.map((r, i) => extractItems(r, dialects[i])));
stage('recordValues (search keys)', () => cores.map(recordValues));
stage('jsonRows(sources without XML)', () => {
  const out: string[] = [];
  for (let i = 0; i < n; i += 1000) out.push(jsonRows(cores.slice(i, i + 1000).map((core, k) => ({ n: k, record_id: i + k, member_id: 1, local_id: `id${i + k}`, dialect: dialects[i + k], encoding: 'utf8', core, work_key: 'x', match_points: { via: 'new', at: '2026-12-06T00:00:00.000Z' }, import_id: 1 }))));
  return out;
});
stage('jsonRows(records)', () => {
  const out: string[] = [];
  for (let i = 0; i < n; i += 1000) out.push(jsonRows(cores.slice(i, i + 1000).map(recordValues)));
  return out;
});
stage('XML join per 1,000', () => {
  const out: string[] = [];
  for (let i = 0; i < n; i += 1000) out.push(xmls.slice(i, i + 1000).join('\u0001'));
  return out;
});
stage('XML UTF-8 bytes per 1,000', () => {
  const out: Buffer[] = [];
  for (let i = 0; i < n; i += 1000) out.push(Buffer.from(xmls.slice(i, i + 1000).join('\u0001')));
  return out;
});
