/**
 * Demo ILL requests, so that the README's ILL examples answer on `npm start`: a few requests in each
 * state a librarian meets (REQUESTED, WILL_SUPPLY, SHIPPED after a decline, a DELIVERED copy,
 * COMPLETED, CANCELLED, UNFILLED), placed and moved on through the ILL services with the staff of
 * the members concerned, as the API would. The requests are for 傲慢与偏见 (ISBN 7-02-000220-X),
 * which fourteen members hold and five lend at least, so every rota has several members.
 *
 * Written once, when the demo catalogue is there and no request exists yet, in one transaction
 * (the services' own transactions nest in it), under a table lock so that two servers starting at
 * once on one database seed once. Who is asked first is the routing's answer (ill-routing.service.ts),
 * so each action is taken by the staff of the supplier asked at that moment.
 */
import { sql } from 'drizzle-orm';
import type { Viewer } from '../../auth/viewer.js';
import { queryRows, type Db } from '../../db/database.js';
import { createIllRequest, performIllAction, type CreateIllRequestInput, type IllRequestRow } from '../ill/index.js';

const PKU = 'CN-110000-PKU';
const FDU = 'CN-310000-FDU';
const WHU = 'CN-420000-WHU';
const SYSU = 'CN-440000-SYSU';
const ISBN = '9787020002207';
const DAY = 86_400_000;

type Step = readonly [action: Parameters<typeof performIllAction>[2]['action'], side: 'REQUESTER' | 'SUPPLIER', details?: Record<string, string | Date>];

interface DemoRequest {
  requester: string;
  input: Partial<CreateIllRequestInput>;
  steps: readonly Step[];
}

/** Dates relative to the day of seeding, so the demo's due dates and copy links are in the future. */
function demoRequests(now: Date): DemoRequest[] {
  const inDays = (n: number) => new Date(now.getTime() + n * DAY);
  const date = (n: number) => inDays(n).toISOString().slice(0, 10);
  return [
    { requester: WHU, input: { patronReference: 'WHU-2026-0117' }, steps: [['CANCEL', 'REQUESTER', { reason: 'the reader found a copy in a branch library' }]] },
    { requester: FDU, input: { patronReference: 'FDU-ILL-8842', pickupLocation: '光华楼 流通台' }, steps: [['WILL_SUPPLY', 'SUPPLIER'], ['SHIP', 'SUPPLIER', { dueDate: date(-5) }], ['RECEIVE', 'REQUESTER'], ['RETURN', 'REQUESTER'], ['CHECK_IN', 'SUPPLIER']] },
    { requester: SYSU, input: { isbn: null, title: '岭南藏书楼考（油印本）', author: '佚名', patronReference: 'SYSU-0031' }, steps: [] },
    { requester: PKU, input: { patronReference: 'PKU-ILL-0419', serviceLevel: 'RUSH', neededBy: date(14) }, steps: [['CANNOT_SUPPLY', 'SUPPLIER', { reason: 'on loan to a reader until next month' }], ['WILL_SUPPLY', 'SUPPLIER'], ['SHIP', 'SUPPLIER', { dueDate: date(30) }]] },
    {
      requester: PKU,
      input: { serviceType: 'COPY', articleTitle: '译序', pages: 'i-xii', copyrightDeclaration: true, patronReference: 'PKU-DD-0077' },
      steps: [['WILL_SUPPLY', 'SUPPLIER'], ['DELIVER_COPY', 'SUPPLIER', { copyUrl: 'https://dd.example.edu.cn/ill/demo-copy-0077.pdf', copyExpiresAt: inDays(30) }]],
    },
    { requester: PKU, input: { patronReference: 'PKU-ILL-0420', pickupLocation: '北京大学图书馆 东楼 总服务台' }, steps: [['WILL_SUPPLY', 'SUPPLIER']] },
    { requester: PKU, input: { patronReference: 'PKU-ILL-0421', maxCost: '30.00' }, steps: [] },
  ];
}

const staffOf = (memberCode: string): Viewer => ({ role: 'member', sub: `demo@${memberCode}`, memberCode });

/** Places and moves on one demo request; its supplier at each step is whoever the request is with then. */
async function seedOne(tx: Db, d: DemoRequest, codeOf: Map<number, string>): Promise<IllRequestRow> {
  const input: CreateIllRequestInput = { requesterCode: d.requester, serviceType: 'LOAN', serviceLevel: 'NORMAL', isbn: ISBN, ...d.input };
  const placed = await createIllRequest(tx, staffOf(d.requester), input);
  if (!placed.request) throw new Error(`demo ILL request for ${d.requester}: ${placed.userErrors.map((e) => e.message).join('; ')}`);
  let row = placed.request;
  for (const [action, side, details] of d.steps) {
    const actor = side === 'REQUESTER' ? d.requester : codeOf.get(row.supplierMemberId ?? -1);
    if (!actor) return row; // the rota ran out (routing found fewer lenders): leave it where it is
    const r = await performIllAction(tx, staffOf(actor), { requestId: row.id, action, details: details ?? null });
    if (!r.request) throw new Error(`demo ILL ${action} on request ${row.id}: ${r.userErrors.map((e) => e.message).join('; ')}`);
    row = r.request;
  }
  return row;
}

export async function seedDemoIllRequests(db: Db, onProgress: (message: string) => void = () => {}, now: Date = new Date()): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`LOCK TABLE ill_requests IN EXCLUSIVE MODE`); // two servers starting at once seed once
    const [{ n }] = await queryRows<{ n: number }>(tx, sql`SELECT count(*)::int AS n FROM ill_requests`);
    if (n > 0) return 0;
    const [demo] = await queryRows<{ id: number }>(tx, sql`SELECT record_id AS id FROM record_identifiers WHERE scheme = 'isbn' AND value = ${ISBN} LIMIT 1`);
    if (!demo) return 0; // not the demo catalogue: leave the database alone
    const members = await queryRows<{ id: number; code: string }>(tx, sql`SELECT id, code FROM members`);
    const codeOf = new Map(members.map((m) => [m.id, m.code]));
    if (![PKU, FDU, WHU, SYSU].every((c) => members.some((m) => m.code === c))) return 0;
    const requests = demoRequests(now);
    for (const d of requests) await seedOne(tx as unknown as Db, d, codeOf);
    onProgress(`ILL requests ${requests.length}`);
    return requests.length;
  });
}
