/**
 * Micro-benchmark for buildIpIndex: 10,000 random ranges of 2,000 members (90% IPv4 /16–/30,
 * 10% IPv6 /32–/64), then lookups of random addresses, half of them inside some range.
 * A linear scan over pre-parsed intervals is timed too, for scale. Seeded: same data every run.
 *
 *   npx tsx scripts/bench-ip-lookup.ts [ranges=10000] [members=2000]
 */
import { performance } from 'node:perf_hooks';
import { buildIpIndex, cidrInterval, type IpRange } from '../src/lib/ip-ranges.js';

const RANGES = Number(process.argv[2] ?? 10_000);
const MEMBERS = Number(process.argv[3] ?? 2_000);

let seed = 20240611;
/** mulberry32 */
function rand(): number {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (n: number) => Math.floor(rand() * n);
const quad = (n: number) => `${(n >>> 24) & 255}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
const hex16 = () => int(0x10000).toString(16);

function randomV4(): string {
  const prefix = 16 + int(15);
  const base = int(2 ** 32);
  return `${quad(base - (base % 2 ** (32 - prefix)))}/${prefix}`;
}
function randomV6(): string {
  const prefix = [32, 40, 48, 56, 64][int(5)];
  const groups = Array.from({ length: 4 }, hex16);
  groups[0] = (0x2000 + int(0x1000)).toString(16);
  const keep = prefix / 16; // whole groups kept; zero the partial group's host bits
  const g = groups.map((v, i) => (i < Math.floor(keep) ? v : i === Math.floor(keep) && prefix % 16 ? (parseInt(v, 16) & (0xffff << (16 - (prefix % 16)))).toString(16) : '0'));
  return `${g.join(':')}::/${prefix}`;
}

const ranges: IpRange[] = Array.from({ length: RANGES }, (_, i) => ({ memberCode: `CN-M${String(i % MEMBERS).padStart(4, '0')}`, cidr: rand() < 0.9 ? randomV4() : randomV6() }));
const intervals = ranges.map((r) => ({ code: r.memberCode, ...cidrInterval(r.cidr) }));
const v4Intervals = intervals.filter((i) => i.version === 4);

function addresses(n: number): string[] {
  return Array.from({ length: n }, (_, k) => {
    if (k % 2 === 0) return quad(int(2 ** 32));
    const r = v4Intervals[int(v4Intervals.length)];
    return quad(Number(r.first) + int(Number(r.last - r.first) + 1));
  });
}

function time<T>(label: string, n: number, fn: () => T): T {
  const t0 = performance.now();
  const out = fn();
  const ms = performance.now() - t0;
  console.log(`${label.padEnd(44)} ${ms.toFixed(1).padStart(8)} ms  ${n > 1 ? `${Math.round((n / ms) * 1000).toLocaleString('en').padStart(12)} /s` : ''}`);
  return out;
}

console.log(`${RANGES} ranges (${v4Intervals.length} IPv4, ${RANGES - v4Intervals.length} IPv6), ${MEMBERS} members, node ${process.version}`);
const index = time('buildIpIndex', 1, () => buildIpIndex(ranges));

const v4 = addresses(1_000_000);
for (const ip of v4.slice(0, 10_000)) index.lookup(ip); // warm up
let found = 0;
time('lookup IPv4 (1,000,000)', v4.length, () => {
  for (const ip of v4) found += index.lookup(ip).length;
});

const mapped = v4.slice(0, 100_000).map((ip) => `::ffff:${ip}`);
time('lookup IPv4-mapped IPv6 (100,000)', mapped.length, () => {
  for (const ip of mapped) found += index.lookup(ip).length;
});

const v6 = Array.from({ length: 100_000 }, () => `${(0x2000 + int(0x1000)).toString(16)}:${hex16()}:${hex16()}:${hex16()}::${hex16()}`);
time('lookup IPv6 (100,000)', v6.length, () => {
  for (const ip of v6) found += index.lookup(ip).length;
});

const few = v4.slice(0, 2_000);
time('linear scan over parsed intervals (2,000)', few.length, () => {
  for (const ip of few) {
    const v = cidrInterval(ip).first;
    found += new Set(v4Intervals.filter((i) => i.first <= v && v <= i.last).map((i) => i.code)).size;
  }
});
console.log(`(${found} member matches in all, so nothing was optimised away)`);
