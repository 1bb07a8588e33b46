/** The outbox: an event exists exactly when its change committed, and every listener hears of it after commit. */
import { eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../../test/support/test-db.js';
import { createEventBus, payloadOf, readEvents, type EventBus } from './event-bus.js';
import { cappedList } from './event-types.js';
import { events } from './events.tables.js';
import { recordEvent } from './record-event.js';

let t: TestDatabase;
let bus: EventBus;
const heard: number[] = [];
beforeAll(async () => {
  t = await openTestDatabase({ seed: false });
  bus = await createEventBus(t.database, pino({ level: 'silent' }));
  bus.subscribe((id) => heard.push(id));
});
afterAll(async () => {
  await bus?.close();
  await t?.close();
});

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
};

const SPLIT = { from: 'UmVjb3JkOjE', into: ['UmVjb3JkOjI'], reason: 'two editions' };

describe('recordEvent', () => {
  it('writes the event in the caller transaction and notifies listeners once it commits', async () => {
    const id = await t.database.db.transaction((tx) => recordEvent(tx, { type: 'RECORDS_SPLIT', memberCodes: ['CN-A', 'CN-A', 'CN-B'], data: SPLIT }));
    await until(() => heard.includes(id));
    expect(heard).toContain(id);
    const [row] = await readEvents(t.database.db, [id]);
    expect(row).toMatchObject({ type: 'RECORDS_SPLIT', memberCodes: ['CN-A', 'CN-B'], data: SPLIT, fannedOutAt: null });
    expect(payloadOf(row)).toEqual({ type: 'RECORDS_SPLIT', timestamp: row.occurredAt.toISOString(), data: { ...SPLIT, memberCodes: ['CN-A', 'CN-B'] } });
  });

  it('leaves nothing and tells nobody when the transaction rolls back', async () => {
    let id = 0;
    await expect(
      t.database.db.transaction(async (tx) => {
        id = await recordEvent(tx, { type: 'RECORDS_SPLIT', memberCodes: [], data: SPLIT });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    const after = await t.database.db.transaction((tx) => recordEvent(tx, { type: 'RECORDS_SPLIT', memberCodes: ['CN-A'], data: SPLIT }));
    await until(() => heard.includes(after));
    expect(heard).not.toContain(id);
    expect(await t.database.db.select().from(events).where(eq(events.id, id))).toEqual([]);
  });

  it('caps the ids an event lists and says how many there were', () => {
    expect(cappedList('localIds', ['a', 'b', 'c'], 2)).toEqual({ localIds: ['a', 'b'], localIdsCount: 3, localIdsTruncated: true });
  });
});
