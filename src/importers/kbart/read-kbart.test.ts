import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readKbart } from './read-kbart.js';

const FIXTURES = fileURLToPath(new URL('../../../../shared/fixtures/kbart/', import.meta.url));
const fixture = (name: string) => join(FIXTURES, name);
const read = (name: string) => readKbart({ path: fixture(name) });

/** Rows per file as PROVENANCE.md states them, checked by counting non-blank lines. */
const EXPECTED: Record<string, { rows: number; columns: number; phase: 'I' | 'II' }> = {
  'gokb-ScienceDirectStandard_Global_EBook-AgriculturalAndBiologicalSciencesPre-2007_2016-05-23.txt': { rows: 262, columns: 27, phase: 'II' },
  'gokb-CambridgeBooks_EdinburghUniversityPress_utf8.tsv': { rows: 369, columns: 25, phase: 'II' },
  'gokb-AnnualReviews_SciencesCollection34_2011-04-27.txt': { rows: 47, columns: 20, phase: 'I' },
  'gokb-Example_Ebook_Package_Allfields_Original.txt': { rows: 100, columns: 31, phase: 'II' },
  'gokb-Example_Ebook_Package_Allfields_Changed.txt': { rows: 100, columns: 31, phase: 'II' },
  'gokb-test_validation_serials_valid.txt': { rows: 1, columns: 19, phase: 'II' },
  'gokb-test_validation_serials_errors.txt': { rows: 1, columns: 19, phase: 'II' },
  'gokb-test_validation_monographs_errors.txt': { rows: 1, columns: 25, phase: 'II' },
  'gokb-test_validation_mixed_valid.txt': { rows: 2, columns: 19, phase: 'II' },
  'folio-Testdata_KBART_AnnualReviews.tsv': { rows: 71, columns: 25, phase: 'II' },
};

describe('readKbart on every fixture', () => {
  it('covers every file in the fixture folder', () => {
    expect(readdirSync(FIXTURES).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [name, want] of Object.entries(EXPECTED)) {
    it(`${name}: ${want.rows} rows, none rejected, unique keys`, () => {
      const r = read(name);
      expect([r.rows.length, r.rejected, r.columns.length, r.phase]).toEqual([want.rows, [], want.columns, want.phase]);
      expect(new Set(r.rows.map((row) => row.key)).size).toBe(r.rows.length);
      for (const row of r.rows) {
        expect(row.publicationTitle).not.toBe('');
        expect(row.row).toBeGreaterThan(1);
      }
    });
  }

  it('strips the BOM (ScienceDirect) and keeps its two vendor columns', () => {
    const r = read('gokb-ScienceDirectStandard_Global_EBook-AgriculturalAndBiologicalSciencesPre-2007_2016-05-23.txt');
    expect(r.columns[0]).toBe('publication_title');
    expect(r.warnings).toEqual([]);
    expect(Object.keys(r.rows[0].extra)).toEqual(['supplement', 'title_change_history']);
    expect(r.rows[0]).toMatchObject({
      row: 2,
      onlineIdentifier: { type: 'ISBN', value: '9780444501806' },
      publicationType: 'monograph',
      dateMonographPublishedPrint: '1999',
      dateMonographPublishedOnline: '2007-09-02',
      parentPublicationTitleId: '09283420', // header says parent_publication_id
    });
    expect(r.rows[1]).toMatchObject({ publicationType: 'serial', onlineIdentifier: { type: 'ISSN', value: '0736-4539' }, coverageStart: '1988-01-01', coverageEnd: null });
  });

  it('reads the CR-only phase I Annual Reviews list, with physical line numbers', () => {
    const text = readFileSync(fixture('gokb-AnnualReviews_SciencesCollection34_2011-04-27.txt'), 'utf8');
    expect(text.includes('\n')).toBe(false);
    const r = read('gokb-AnnualReviews_SciencesCollection34_2011-04-27.txt');
    expect(r.rows.map((row) => row.row)).toEqual(Array.from({ length: 47 }, (_, i) => i + 2));
    expect(r.rows[0]).toMatchObject({
      publicationTitle: 'Annual Review of Analytical Chemistry',
      printIdentifier: { type: 'ISSN', value: '1936-1327' },
      onlineIdentifier: { type: 'ISSN', value: '1936-1335' },
      coverageStart: '2008-01-01',
      firstVolume: '1',
      titleId: 'anchem',
      publicationType: null,
      extra: {},
    });
    // a real typo in the 2011 list: Annual Review of Medicine is 0066-4219 (see the FOLIO list)
    expect(r.warnings).toEqual([{ row: 29, message: 'print_identifier "0066-4129" is not a valid ISSN (wrong check digit); dropped' }]);
    expect(r.rows.find((row) => row.row === 29)).toMatchObject({ printIdentifier: null, onlineIdentifier: { value: '1545-326X' } });
  });

  it('keeps the GOKb extension columns of the CRLF e-book package', () => {
    const r = read('gokb-Example_Ebook_Package_Allfields_Original.txt');
    expect(r.rows[0].extra).toEqual({
      medium: 'Book',
      monograph_parent_collection_title: 'Testbooks',
      subject_area: 'Betriebswirtschaftslehre, Volkswirtschaftslehre, Geschichte',
      listprice_eur: '7164.79',
      listprice_gbp: '817.94',
      listprice_usd: '8263.61',
    });
    expect(r.rows[0]).toMatchObject({ notes: null, firstEditor: "D'Silva", printIdentifier: { value: '9783030352448' }, titleId: '10.1007/978-3-030-35245-5' });
  });

  it('unwraps a fully quoted title, maps n/a to null and reads date ranges (FOLIO Annual Reviews)', () => {
    const r = read('folio-Testdata_KBART_AnnualReviews.tsv');
    const byLine = new Map(r.rows.map((row) => [row.row, row]));
    expect(byLine.get(21)).toMatchObject({ publicationTitle: 'Annual Review of Control, Robotics, and Autonomous Systems', printIdentifier: null });
    expect(byLine.get(10)).toMatchObject({ coverageStart: '1992-01-01', coverageEnd: '2007-12-31', key: 'title_id:biophys@1992-01-01' });
    // no title_id: keyed by the normalised identifiers
    expect(byLine.get(72)).toMatchObject({ publicationTitle: 'Knowable Magazine', titleId: null, key: 'ids:|2575-4459@2018-01-01' });
    expect(r.warnings).toEqual([]);
  });

  it('reads Cambridge date-times as dates', () => {
    const r = read('gokb-CambridgeBooks_EdinburghUniversityPress_utf8.tsv');
    expect(r.rows[0]).toMatchObject({ dateMonographPublishedPrint: '2008-05-19', dateMonographPublishedOnline: '2013-08-05', printIdentifier: { type: 'ISBN', value: '9780748633807' } });
    expect(r.warnings).toEqual([]);
  });

  it('warns about the invalid eISSN of the serials errors file and still loads the row', () => {
    const r = read('gokb-test_validation_serials_errors.txt');
    expect(r.warnings).toEqual([{ row: 2, message: 'online_identifier "1673-3550" is not a valid ISSN (wrong check digit); dropped' }]);
    expect(r.rows[0]).toMatchObject({
      printIdentifier: { type: 'ISSN', value: '1673-3436' },
      onlineIdentifier: null,
      coverageStart: '2000-01-01',
      coverageEnd: '2013-10-31',
      embargo: [{ type: 'rolling', amount: 8, unit: 'day' }],
      extra: { zdb_id: '2230599-3' },
    });
  });

  it('the valid twin of that file has no warning', () => {
    const r = read('gokb-test_validation_serials_valid.txt');
    expect([r.warnings, r.rows[0].onlineIdentifier]).toEqual([[], { type: 'ISSN', value: '1673-355X' }]);
  });

  it('warns about the invalid eISBN and access type of the monographs errors file', () => {
    const r = read('gokb-test_validation_monographs_errors.txt');
    expect(r.warnings).toEqual([
      { row: 2, message: 'access_type "Paid" is not F (free) or P (paid); dropped' },
      { row: 2, message: 'online_identifier "978-1-137-05446-X" is not a valid ISBN (an ISBN has 10 or 13 digits); dropped' },
    ]);
    expect(r.rows[0]).toMatchObject({ printIdentifier: { type: 'ISBN', value: '9780230339095' }, onlineIdentifier: null, accessType: null, monographEdition: '2' });
  });

  it('reads a serial and a monograph in one file', () => {
    const r = read('gokb-test_validation_mixed_valid.txt');
    expect(r.rows.map((row) => [row.publicationType, row.printIdentifier?.value ?? null, row.onlineIdentifier?.value])).toEqual([
      ['serial', '1673-3436', '1673-355X'],
      ['monograph', null, '9783161484100'],
    ]);
  });
});

const HEADER = 'publication_title\tprint_identifier\tonline_identifier\tdate_first_issue_online\tdate_last_issue_online\ttitle_id\tembargo_info\tpublication_type\tvendor_x';
const line = (...cells: string[]) => cells.join('\t');

describe('readKbart on text', () => {
  it('accepts mixed CRLF, LF and CR line ends and numbers rows physically', () => {
    const text = `\uFEFF${HEADER}\r\n${line('A', '', '', '2001')}\n\n${line('B', '', '', '2002')}\r${line('C', '', '', '2003')}`;
    const r = readKbart({ text });
    expect(r.rows.map((row) => [row.row, row.publicationTitle, row.coverageStart])).toEqual([
      [2, 'A', '2001-01-01'],
      [4, 'B', '2002-01-01'],
      [5, 'C', '2003-01-01'],
    ]);
  });

  it('treats quotes as data unless they wrap the whole cell', () => {
    const r = readKbart({ text: [HEADER, line('"Notes" and "Queries"'), line('He said "hi'), line('"Wrapped ""x"" title"'), line('Next')].join('\n') });
    expect(r.rows.map((row) => row.publicationTitle)).toEqual(['"Notes" and "Queries"', 'He said "hi', 'Wrapped "x" title', 'Next']);
  });

  it('widens coverage dates to the start and end of their period', () => {
    const r = readKbart({ text: [HEADER, line('A', '', '', '2004-02', '2004-02'), line('B', '', '', '2005', '2005'), line('C', '', '', '2005-03-04', '2006-07-08')].join('\n') });
    expect(r.rows.map((row) => [row.coverageStart, row.coverageEnd])).toEqual([
      ['2004-02-01', '2004-02-29'],
      ['2005-01-01', '2005-12-31'],
      ['2005-03-04', '2006-07-08'],
    ]);
  });

  it('rejects a row without a title or with an unreadable date, and loads the rest', () => {
    const r = readKbart({
      text: [HEADER, line('n/a', '', '', '2001'), line('A', '', '', '2001/02'), line('B', '', '', '2001', '2000'), line('C', '', '', '2001-13'), line('D', '', '', '2001-02-30'), line('OK')].join('\n'),
    });
    expect(r.rejected).toEqual([
      { row: 2, reason: 'publication_title is empty' },
      { row: 3, reason: 'date_first_issue_online "2001/02" is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)' },
      { row: 4, reason: 'date_last_issue_online 2000-12-31 is before date_first_issue_online 2001-01-01' },
      { row: 5, reason: 'date_first_issue_online "2001-13" has no month 13' },
      { row: 6, reason: 'date_first_issue_online "2001-02-30" is not a calendar date (day 30)' },
    ]);
    expect(r.rows.map((row) => row.row)).toEqual([7]);
  });

  it('normalises identifiers and decides ISSN or ISBN by publication_type, else by shape', () => {
    const r = readKbart({
      text: [
        HEADER,
        line('Serial', '0317-8471', '2434561x', '', '', '', '', 'Serial'),
        line('Book', '7-02-000220-X', '978-7-02-000220-7', '', '', '', '', 'monograph'),
        line('Phase I', '10018867', '702000220X'),
        line('Bad', '1234', 'N/A', '', '', '', '', 'serial'),
        line('Series volume', '0928-3420', '978-0-444-50180-6', '', '', '', '', 'monograph'),
      ].join('\n'),
    });
    expect(r.rows.map((row) => [row.printIdentifier, row.onlineIdentifier])).toEqual([
      [{ type: 'ISSN', value: '0317-8471' }, { type: 'ISSN', value: '2434-561X' }],
      [{ type: 'ISBN', value: '9787020002207' }, { type: 'ISBN', value: '9787020002207' }],
      [{ type: 'ISSN', value: '1001-8867' }, { type: 'ISBN', value: '9787020002207' }],
      [null, null],
      // a valid ISSN on a monograph row (the book series) is kept as an ISSN
      [{ type: 'ISSN', value: '0928-3420' }, { type: 'ISBN', value: '9780444501806' }],
    ]);
    expect(r.warnings).toEqual([{ row: 5, message: 'print_identifier "1234" is not a valid ISSN (an ISSN has 8 characters, NNNN-NNNC); dropped' }]);
  });

  it('keys by title_id, else identifiers, else title, plus coverage start; repeats get #2', () => {
    const r = readKbart({
      text: [HEADER, line('A', '', '', '2001', '', 'a1'), line('A', '', '', '2010', '', 'a1'), line('B', '0317-8471'), line('The  Title'), line('the title')].join('\n'),
    });
    expect(r.rows.map((row) => row.key)).toEqual(['title_id:a1@2001-01-01', 'title_id:a1@2010-01-01', 'ids:0317-8471|@', 'title:the title@', 'title:the title@#2']);
    expect(r.warnings).toEqual([{ row: 6, message: 'same title and coverage start as line 5 (key title:the title@); keyed title:the title@#2' }]);
  });

  it('parses embargoes and drops a bad one with a warning', () => {
    const r = readKbart({ text: [HEADER, line('A', '', '', '', '', '', 'P1Y'), line('B', '', '', '', '', '', 'R6M'), line('C', '', '', '', '', '', 'p30d'), line('D', '', '', '', '', '', 'R10Y;P1Y'), line('E', '', '', '', '', '', '1 year')].join('\n') });
    expect(r.rows.map((row) => row.embargo)).toEqual([
      [{ type: 'moving_wall', amount: 1, unit: 'year' }],
      [{ type: 'rolling', amount: 6, unit: 'month' }],
      [{ type: 'moving_wall', amount: 30, unit: 'day' }],
      [{ type: 'rolling', amount: 10, unit: 'year' }, { type: 'moving_wall', amount: 1, unit: 'year' }],
      [],
    ]);
    expect(r.warnings.map((w) => w.row)).toEqual([6]);
  });

  it('keeps vendor columns, and values under a nameless header cell with a warning', () => {
    const r = readKbart({ text: [`${HEADER}\t`, line('A', '', '', '', '', '', '', '', 'x', 'stray')].join('\n') });
    expect(r.rows[0].extra).toEqual({ vendor_x: 'x', column_10: 'stray' });
    expect(r.warnings).toEqual([{ row: 2, message: 'cell 10 has a value but no column name in the header; kept as extra.column_10' }]);
  });

  it('rejects a file without a KBART header', () => {
    expect(readKbart({ text: '' }).rejected).toEqual([{ row: 1, reason: 'the file is empty: a KBART file starts with a header line' }]);
    expect(readKbart({ text: 'title\tissn\nA\t1' }).rejected).toEqual([{ row: 1, reason: 'line 1 is not a KBART header: it has no publication_title column' }]);
  });

  it('reads a file that is not UTF-8, with a file-level warning', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kbart-'));
    try {
      const path = join(dir, 'latin1.txt');
      writeFileSync(path, Buffer.concat([Buffer.from('publication_title\nCaf'), Buffer.from([0xe9])]));
      const r = readKbart({ path });
      expect(r.rows[0].publicationTitle).toBe('Caf\uFFFD');
      expect(r.warnings[0]).toMatchObject({ row: 0 });
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});
