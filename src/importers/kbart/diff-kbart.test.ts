import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { diffKbart } from './diff-kbart.js';
import { readKbart } from './read-kbart.js';

const FIXTURES = new URL('../../../../shared/fixtures/kbart/', import.meta.url);
const ORIGINAL = fileURLToPath(new URL('gokb-Example_Ebook_Package_Allfields_Original.txt', FIXTURES));
const CHANGED = fileURLToPath(new URL('gokb-Example_Ebook_Package_Allfields_Changed.txt', FIXTURES));

describe('diffKbart', () => {
  it('Original -> Changed: lines 2-80 identical, the last 21 titles replaced by 21 others', () => {
    // Checked by hand: `diff` of the two files shows only lines 81-101 differ, and the 21 title_ids
    // (DOIs) on those lines of Changed appear nowhere in Original, and vice versa.
    const previous = readKbart({ path: ORIGINAL }).rows;
    const next = readKbart({ path: CHANGED }).rows;
    const d = diffKbart(previous, next);
    expect([d.added.length, d.changed.length, d.unchanged.length, d.dropped.length]).toEqual([21, 0, 79, 21]);
    expect(d.added.map((r) => r.row)).toEqual(Array.from({ length: 21 }, (_, i) => i + 81));
    expect(d.dropped.map((r) => r.row)).toEqual(Array.from({ length: 21 }, (_, i) => i + 81));
    expect(d.added[0]).toMatchObject({ titleId: '10.1007/978-981-15-4630-3', publicationTitle: 'Engineered Antimicrobial Surfaces' });
    expect(d.dropped[0]).toMatchObject({ titleId: '10.1007/978-3-030-57638-7', publicationTitle: 'Fluid-Structure Interaction of Composite Structures' });
    // "Handbook of Macrocyclic Supramolecular Assembly" twice in Changed: two editions, two DOIs, two keys
    expect(d.added.filter((r) => r.publicationTitle === 'Handbook of Macrocyclic Supramolecular Assembly')).toHaveLength(2);
  });

  it('the same list against itself is all unchanged, whatever the row order', () => {
    const rows = readKbart({ path: ORIGINAL }).rows;
    const d = diffKbart(rows, [...rows].reverse().map((r, i) => ({ ...r, row: i + 2 })));
    expect([d.added.length, d.changed.length, d.unchanged.length, d.dropped.length]).toEqual([0, 0, 100, 0]);
  });

  it('names the fields that changed, including vendor columns', () => {
    const lines = readFileSync(ORIGINAL, 'utf8').split('\r\n');
    const cells = lines[1].split('\t');
    cells[2] = '978-3-030-35246-2'; // another online ISBN (valid check digit)
    cells[20] = '2'; // monograph_edition
    cells[28] = '9999.99'; // listprice_eur
    lines[1] = cells.join('\t');
    const previous = readKbart({ path: ORIGINAL }).rows;
    const next = readKbart({ text: lines.join('\r\n') }).rows;
    const d = diffKbart(previous, next);
    expect([d.added.length, d.changed.length, d.unchanged.length, d.dropped.length]).toEqual([0, 1, 99, 0]);
    expect(d.changed[0]).toMatchObject({ key: 'title_id:10.1007/978-3-030-35245-5@', fields: ['onlineIdentifier', 'monographEdition', 'extra'] });
    expect(d.changed[0].next.onlineIdentifier).toEqual({ type: 'ISBN', value: '9783030352462' });
  });

  it('refuses rows with repeated keys (readKbart never produces them)', () => {
    const rows = readKbart({ path: ORIGINAL }).rows;
    expect(() => diffKbart([rows[0], rows[0]], [])).toThrow(/appears twice in the previous rows/);
  });
});
