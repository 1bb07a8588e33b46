/** Building the project when dist/ is older than its sources, and running the real server as a child process. */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

const log = (m: string) => process.stderr.write(`[server] ${m}\n`);

function newestMtime(dir: string, skip: (file: string) => boolean): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(full, skip));
    else if (!skip(full)) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** The exit code of a command run with inherited stderr (its stdout goes to our stderr: stdout is for results). */
function run(command: string, args: string[], cwd: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', process.stderr, process.stderr] });
    child.once('error', reject);
    child.once('exit', (code) => resolve(code ?? 1));
  });
}

/**
 * `npm run build` when any source is newer than dist/cli.js (tsc rewrites every output on each build).
 * BENCH_BUILD=always forces it, BENCH_BUILD=skip uses dist/ as it is.
 */
export async function ensureBuilt(root: string): Promise<{ built: boolean; seconds: number }> {
  const mode = process.env.BENCH_BUILD ?? 'auto';
  const cli = path.join(root, 'dist', 'cli.js');
  const builtAt = fs.existsSync(cli) ? fs.statSync(cli).mtimeMs : 0;
  const sources = Math.max(
    newestMtime(path.join(root, 'src'), (f) => f.endsWith('.test.ts')),
    ...['package.json', 'tsconfig.json', 'tsconfig.build.json'].map((f) => fs.statSync(path.join(root, f)).mtimeMs),
  );
  if (mode === 'skip' || (mode !== 'always' && builtAt >= sources)) {
    if (!builtAt) throw new Error('dist/cli.js is missing and BENCH_BUILD=skip');
    log(mode === 'skip' ? 'BENCH_BUILD=skip: using dist/ as it is' : 'dist/ is up to date');
    return { built: false, seconds: 0 };
  }
  log('dist/ is older than src/: npm run build');
  const started = Date.now();
  const code = await run(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build'], root);
  if (code !== 0) throw new Error(`npm run build failed (exit ${code}); fix the build, or run with BENCH_BUILD=skip to benchmark dist/ as it is`);
  return { built: true, seconds: (Date.now() - started) / 1000 };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

export interface ServerOptions {
  root: string;
  databaseUrl: string;
  poolMax: number;
  /** a folder: run the server under `node --cpu-prof` and write the profile there */
  cpuProfDir?: string | null;
}

/** `node dist/cli.js serve` against the bench database; resolves once /readyz answers 200. */
export async function startServerProcess(options: ServerOptions): Promise<ServerProcess> {
  const port = await freePort();
  const nodeArgs = options.cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfDir}`] : [];
  const child = spawn(process.execPath, [...nodeArgs, 'dist/cli.js', 'serve'], {
    cwd: options.root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      DATABASE_URL: options.databaseUrl,
      HOST: '127.0.0.1',
      PORT: String(port),
      DEMO_DATA: 'false',
      RATE_LIMIT_PER_MINUTE: '0',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      JWT_SECRET: 'bench-only-secret-0123456789abcdef0123456789',
      DATABASE_POOL_MAX: String(options.poolMax),
    },
  });
  for (const stream of [child.stdout, child.stderr]) stream?.on('data', (chunk: Buffer) => process.stderr.write(`[server] ${chunk.toString()}`));
  let exited: string | null = null;
  const exit = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      exited = signal ? `signal ${signal}` : `code ${code}`;
      resolve();
    }),
  );

  const stop = async (): Promise<void> => {
    if (exited) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => {
      log('still running 25 s after SIGTERM: SIGKILL');
      child.kill('SIGKILL');
    }, 25_000);
    await exit;
    clearTimeout(timer);
    log(`stopped (${exited})`);
  };

  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  try {
    for (;;) {
      if (exited) throw new Error(`the server exited (${exited}) before it was ready`);
      if (Date.now() > deadline) throw new Error('the server was not ready after 90 s');
      try {
        const res = await fetch(`${base}/readyz`);
        if (res.status === 200) break;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  } catch (err) {
    await stop();
    throw err;
  }
  log(`ready at ${base}/graphql (pid ${child.pid})`);
  return { url: `${base}/graphql`, child, stop };
}
