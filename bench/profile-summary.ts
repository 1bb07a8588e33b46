/**
 * Summarises a V8 .cpuprofile (e.g. from BENCH_CPU_PROF=/tmp/prof npm run bench):
 * `npx tsx bench/profile-summary.ts <file.cpuprofile> [top N]`. Prints self time by function, self time
 * by package (node_modules/<pkg>, src/…, node: internals), and total (inclusive) time of the hottest frames.
 */
import fs from 'node:fs';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

const [file, topArg] = process.argv.slice(2);
if (!file) throw new Error('usage: tsx bench/profile-summary.ts <file.cpuprofile> [top N]');
const top = Number(topArg ?? 30);
const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile;

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const selfUs = new Map<number, number>();
profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const totalUs = profile.endTime - profile.startTime;

function where(url: string): string {
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (nm) return nm[1];
  const src = /\/(dist|src)\/(.*)$/.exec(url);
  if (src) return `${src[1]}/${src[2]}`;
  if (url.startsWith('node:')) return url;
  return url === '' ? '(native/vm)' : url;
}
const label = (f: CallFrame) => `${f.functionName || '(anonymous)'}  ${where(f.url)}${f.url ? `:${f.lineNumber + 1}` : ''}`;
const pkgOf = (f: CallFrame) => {
  const w = where(f.url);
  if (w.startsWith('dist/') || w.startsWith('src/')) return w.split('/').slice(0, 2).join('/');
  return f.url === '' ? `(${f.functionName || 'native'})` : w;
};

function report(title: string, map: Map<string, number>): void {
  const idle = [...map.entries()].filter(([k]) => k.includes('(idle)')).reduce((a, [, v]) => a + v, 0);
  process.stdout.write(`\n== ${title} (ms; busy = ${((totalUs - idle) / 1000).toFixed(0)} of ${(totalUs / 1000).toFixed(0)} ms)\n`);
  for (const [k, v] of [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    process.stdout.write(`${(v / 1000).toFixed(0).padStart(8)}  ${(((v / (totalUs - idle)) * 100).toFixed(1) + '%').padStart(6)}  ${k}\n`);
  }
}

const selfByFn = new Map<string, number>();
const selfByPkg = new Map<string, number>();
const inclusive = new Map<string, number>();
for (const [id, us] of selfUs) {
  const node = byId.get(id);
  if (!node) continue;
  const f = node.callFrame;
  selfByFn.set(label(f), (selfByFn.get(label(f)) ?? 0) + us);
  selfByPkg.set(pkgOf(f), (selfByPkg.get(pkgOf(f)) ?? 0) + us);
  const seen = new Set<string>();
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const l = label(byId.get(cur)?.callFrame ?? { functionName: '?', url: '', lineNumber: 0 });
    if (!seen.has(l)) {
      seen.add(l);
      inclusive.set(l, (inclusive.get(l) ?? 0) + us);
    }
  }
}
report('self time by package / file', selfByPkg);
report('self time by function', selfByFn);
report('total time (inclusive) by function', inclusive);
