/** The demo ILL requests: one in each state a librarian meets, each with a history that leads there. */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../../test/support/test-db.js';
import { queryRows } from '../../db/database.js';
import { seedDemoIllRequests } from './seed-ill-requests.service.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase({ seed: true });
});
afterAll(() => t?.close());

describe('seedDemoIllRequests (run by the demo seed)', () => {
  it('leaves requests in every state the README shows, each reached through the history of its actions', async () => {
    const rows = await queryRows<{ id: number; state: string; service_type: string; requester: string; actions: string[]; patron_reference: string | null; copy_url: string | null }>(t.database.db, sql`
      SELECT r.id, r.state, r.service_type, m.code AS requester, r.patron_reference, r.copy_url,
             (SELECT array_agg(h.action ORDER BY h.id) FROM ill_history h WHERE h.request_id = r.id) AS actions
      FROM ill_requests r JOIN members m ON m.id = r.requester_member_id ORDER BY r.id`);
    expect(rows.map((r) => r.state).sort()).toEqual(['CANCELLED', 'COMPLETED', 'DELIVERED', 'REQUESTED', 'SHIPPED', 'UNFILLED', 'WILL_SUPPLY']);
    const byState = Object.fromEntries(rows.map((r) => [r.state, r]));
    expect(byState.SHIPPED.actions).toEqual(['CREATE', 'CANNOT_SUPPLY', 'WILL_SUPPLY', 'SHIP']);
    expect(byState.COMPLETED.actions).toEqual(['CREATE', 'WILL_SUPPLY', 'SHIP', 'RECEIVE', 'RETURN', 'CHECK_IN']);
    expect(byState.DELIVERED).toMatchObject({ service_type: 'COPY', requester: 'CN-110000-PKU', copy_url: expect.stringMatching(/^https:/) });
    expect(rows.every((r) => r.patron_reference !== null)).toBe(true);
    expect(rows.filter((r) => r.requester === 'CN-110000-PKU').length).toBeGreaterThanOrEqual(3);
    expect(await seedDemoIllRequests(t.database.db)).toBe(0); // once
  });
});
