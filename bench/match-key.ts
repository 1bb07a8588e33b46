/**
 * `npm run bench:match-key`: the speed of the MARC mapping steps a large import repeats per record,
 * measured here rather than asserted in tests (a busy machine makes any time limit flaky):
 *  - matchKeys on the CNMARC samples (µs per record, best of 3 passes of 20,000),
 *  - building 5,000 synthetic CNMARC records as GB18030 ISO 2709 (the bench's load files).
 * Prints a line per figure and, last, one JSON object with both.
 */
import 'reflect-metadata';
import { asMarcRecords, buildCnmarcIso2709, cnmarcSamples, syntheticCnmarcRecords } from '../src/importers/marc/cnmarc-sample.js';
import { mapRecord } from '../src/importers/marc/map-record.js';
import { matchKeys } from '../src/importers/marc/match-key.js';

const records = asMarcRecords(cnmarcSamples()).map((r) => mapRecord(r, 'unimarc'));
const n = 20_000;
let best = Infinity;
for (let pass = 0; pass < 3; pass++) {
  const t0 = performance.now();
  for (let i = 0; i < n; i++) matchKeys(records[i % records.length]);
  best = Math.min(best, ((performance.now() - t0) * 1000) / n);
}
console.log(`matchKeys: ${best.toFixed(1)} µs/record (best of 3 × ${n})`);

const t0 = performance.now();
const buf = buildCnmarcIso2709(syntheticCnmarcRecords(5000), 'gb18030');
const buildMs = performance.now() - t0;
console.log(`buildCnmarcIso2709: 5,000 records, ${(buf.length / 1e6).toFixed(1)} MB GB18030 in ${buildMs.toFixed(0)} ms`);
console.log(JSON.stringify({ match_key_us: Number(best.toFixed(1)), build_5000_ms: Math.round(buildMs) }));
