/** A KBART row as the columns of resource_titles: one place, for the KBART load and the demo data. */
import type { KbartRow } from '../../importers/kbart/index.js';
import { searchKey } from '../../lib/search-text.js';

export function titleColumns(resourceId: number, row: KbartRow) {
  const { row: _line, ...data } = row; // the line number is not content (diffKbart ignores it too)
  return {
    resourceId,
    key: row.key,
    title: row.publicationTitle,
    titleKey: searchKey(row.publicationTitle),
    printId: row.printIdentifier?.value ?? null,
    onlineId: row.onlineIdentifier?.value ?? null,
    coverageStart: row.coverageStart,
    coverageEnd: row.coverageEnd,
    data: data as KbartRow,
  };
}
