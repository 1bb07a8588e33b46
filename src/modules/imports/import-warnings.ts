/**
 * The warnings of one load: every one is counted, the first WARNINGS_KEPT are kept (a file of
 * 200,000 records with a warning each must not hold them all in memory or in the imports row).
 * Warnings about the whole load (file and position null) go first, so the cap never hides them.
 */
import type { ImportWarning } from './imports.tables.js';

/** How many warnings a load keeps (in its summary and its `imports` row); `warningCount` has the total. */
export const WARNINGS_KEPT = 100;

export class WarningList {
  readonly items: ImportWarning[] = [];
  count = 0;

  add(file: string | null, position: number | null, message: string): void {
    this.count++;
    if (this.items.length < WARNINGS_KEPT) this.items.push({ file, position, message });
  }

  /** A warning about the whole load: first in the list, whatever the cap dropped. */
  addFirst(message: string): void {
    this.count++;
    this.items.unshift({ file: null, position: null, message });
    if (this.items.length > WARNINGS_KEPT) this.items.length = WARNINGS_KEPT;
  }

  /** Where the list stands, to go back to when a batch fails (its warnings go with it). */
  mark(): { count: number; kept: number } {
    return { count: this.count, kept: this.items.length };
  }

  rollback(to: { count: number; kept: number }): void {
    this.count = Math.min(this.count, to.count);
    this.items.length = Math.min(this.items.length, to.kept);
  }
}
