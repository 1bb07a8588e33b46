import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MarcRecord } from '../../src/importers/marc/marc-record.js';
import { readMarc } from '../../src/importers/marc/read-marc.js';

const FIXTURES = fileURLToPath(new URL('../../../shared/fixtures/marc/', import.meta.url));

/** Every record the readers get from the shared fixtures (any format, any character set). */
export async function fixtureRecords(): Promise<MarcRecord[]> {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = path.join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else files.push(p);
    }
  };
  walk(FIXTURES);
  const out: MarcRecord[] = [];
  for (const file of files) {
    try {
      for await (const r of readMarc({ path: file }, { format: 'auto', encoding: 'auto' })) if (r.record) out.push(r.record);
    } catch {
      // not MARC (a README, a deliberately broken file): nothing to compare
    }
  }
  return out;
}

