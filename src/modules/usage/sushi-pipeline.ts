/**
 * What the harvester hands a COUNTER API answer to: the COUNTER reader (src/importers/counter) and the
 * usage store (storeCounterReport). The store is built on another branch; until it is merged, a
 * harvested report is refused with that message (the harvest line is FAILED with it).
 */
import type { Db } from '../../db/database.js';
import { readCounterExceptions, readCounterReport } from '../../importers/counter/index.js';
import type { HarvestedReport } from './sushi-harvest.service.js';

export const counterPipeline = {
  read: (text: string, fileName: string) => readCounterReport(text, { fileName }),
  readExceptions: readCounterExceptions,
  async store(_db: Db, _report: HarvestedReport): Promise<{ counterReportId: number; factsStored: number }> {
    throw new Error('the usage store is not part of this build yet');
  },
};
