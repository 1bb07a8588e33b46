/**
 * What the harvester hands a COUNTER API answer to: the COUNTER reader (src/importers/counter) and the
 * usage store (storeCounterReport, the same as `import counter` and importCounterReports use). The store
 * runs as the harvest's own viewer (admin role, audited as `usage-harvest`).
 */
import type { Viewer } from '../../auth/viewer.js';
import type { Db } from '../../db/database.js';
import { readCounterExceptions, readCounterReport } from '../../importers/counter/index.js';
import { storeCounterReport } from './counter-store.service.js';
import type { HarvestedReport } from './sushi-harvest.service.js';

/** Who stores harvested reports: the consortium's own scheduled job, with the admin role. */
export const HARVEST_VIEWER: Viewer = Object.freeze({ role: 'admin', sub: 'usage-harvest', memberCode: null });

export const counterPipeline = {
  read: (text: string, fileName: string) => readCounterReport(text, { fileName }),
  readExceptions: readCounterExceptions,
  async store(db: Db, report: HarvestedReport): Promise<{ counterReportId: number; factsStored: number }> {
    const summary = await storeCounterReport(db, HARVEST_VIEWER, report.read, {
      provider: report.provider.name,
      memberCode: report.memberCode,
      fileName: report.fileName,
      raw: report.raw,
      via: 'sushi',
      actor: HARVEST_VIEWER.sub!,
    });
    if (!summary.stored) {
      const reasons = summary.rejected.slice(0, 3).map((r) => (r.row > 0 ? `row ${r.row}: ${r.reason}` : r.reason));
      throw new Error(`the store refused it (${summary.rejected.length} problem${summary.rejected.length === 1 ? '' : 's'}): ${reasons.join('; ')}`);
    }
    const mine = summary.members.find((m) => m.memberCode === report.memberCode) ?? summary.members[0];
    return { counterReportId: mine.counterReportId, factsStored: summary.factsStored };
  },
};
