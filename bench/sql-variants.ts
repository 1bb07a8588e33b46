/**
 * Times the candidate SQL statements of bench/who-holds-sql.ts against each other on the bench database
 * (load it first with `npm run bench`): `npx tsx bench/sql-variants.ts [seconds per variant, default 5]`.
 * ONLY=lateral,json limits the variants. Concurrency 16, postgres.js pool of 16, prepared statements, the same ISBN sequence for each variant.
 */
import { performance } from 'node:perf_hooks';
import postgres from 'postgres';
import { BENCH_SEED, Rng } from './prng.js';
import { percentile } from './stats.js';
import { VARIANTS } from './who-holds-sql.js';

const url = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/sharegraph_bench';
const seconds = Number(process.argv[2] ?? 5);
const sql = postgres(url, { max: 16, onnotice: () => {} });
const all = (await sql<{ value: string }[]>`SELECT value FROM record_identifiers WHERE scheme = 'isbn' ORDER BY value`).map((r) => r.value);
const rng = new Rng(BENCH_SEED ^ 0x6666);
const sequence = Array.from({ length: 500_000 }, () => rng.pick(all));

for (const round of [1, 2, 3]) {
  for (const [name, run] of Object.entries(VARIANTS).filter(([n]) => !process.env.ONLY || process.env.ONLY.split(',').includes(n))) {
    const latencies: number[] = [];
    let next = 0;
    const started = performance.now();
    const deadline = started + seconds * 1000;
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        while (performance.now() < deadline) {
          const t0 = performance.now();
          await run(sql, sequence[next++ % sequence.length]);
          latencies.push(performance.now() - t0);
        }
      }),
    );
    const elapsed = (performance.now() - started) / 1000;
    const sorted = Float64Array.from(latencies).sort();
    process.stdout.write(
      `round ${round} ${name.padEnd(9)} ${(latencies.length / elapsed).toFixed(0).padStart(6)} rps  p50 ${percentile(sorted, 50).toFixed(2)} ms  p99 ${percentile(sorted, 99).toFixed(2)} ms\n`,
    );
  }
}
await sql.end({ timeout: 5 });
