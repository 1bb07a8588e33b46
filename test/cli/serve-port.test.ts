/** `serve` on a port that is taken: one line naming PORT, exit 1, and the data folder untouched. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const root = mkdtempSync(path.join(tmpdir(), 'sharegraph-port-'));
const squatter = net.createServer();
afterAll(() => {
  squatter.close();
  rmSync(root, { recursive: true, force: true });
});

it('stops with one line naming PORT before it creates, locks or migrates anything', async () => {
  await new Promise<void>((resolve) => squatter.listen(0, '0.0.0.0', resolve));
  const port = (squatter.address() as net.AddressInfo).port;
  const dataDir = path.join(root, 'data');
  // no JWT_SECRET either: the development secret is kept in the data folder, which must stay untouched
  const r = await runCli(['serve'], { PORT: String(port), DATA_DIR: dataDir, JWT_SECRET: '', DEMO_DATA: 'false' });
  expect(r.code).toBe(1);
  expect(r.stderr).toBe(`sharegraph: port ${port} is in use (set PORT to another port, e.g. PORT=${port + 1} npm start)\n`);
  expect(existsSync(dataDir)).toBe(false); // no lock, no pgdata, no secret
});
