/**
 * What other modules do when a resource's title list changes: run inside the KBART load's transaction,
 * after its rows are written (the usage module matches COUNTER report titles to the new list, so titles
 * listed for review find their resource). Modules that depend on resources cannot be imported from here,
 * so the composition registers them: the API in src/graphql/schema.ts, the CLI in cli-import-kbart.ts.
 */
import type { Tx } from '../../db/database.js';

export type TitleListHook = (tx: Tx, resourceId: number) => Promise<unknown>;

const hooks = new Set<TitleListHook>();

/** Registers `hook` once (registering the same function again does nothing). */
export function onTitleListChange(hook: TitleListHook): void {
  hooks.add(hook);
}

/**
 * Removes `hook`. The registry lives as long as the process: a test that needs a KBART load without
 * the hook removes it, since another test file run before it in the same worker may have registered it.
 */
export function offTitleListChange(hook: TitleListHook): void {
  hooks.delete(hook);
}

export async function titleListChanged(tx: Tx, resourceId: number): Promise<void> {
  for (const hook of hooks) await hook(tx, resourceId);
}
