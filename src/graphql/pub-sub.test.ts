/** The subscriptions' PubSub: each subscriber its own bounded queue, ended at once when the client leaves. */
import { describe, expect, it } from 'vitest';
import { EventPubSub } from './pub-sub.js';

describe('EventPubSub', () => {
  it('gives each subscriber of a topic the messages its filter keeps, in order, and nothing of other topics', async () => {
    const pubSub = new EventPubSub();
    const all = pubSub.subscribe('A');
    const even = pubSub.stream<number>('A', (n) => n % 2 === 0);
    for (const n of [1, 2, 3, 4]) pubSub.publish('A', n);
    pubSub.publish('B', 99);
    expect(await Promise.all([all.next(), all.next(), all.next(), all.next()])).toEqual([1, 2, 3, 4].map((value) => ({ value, done: false })));
    expect(await Promise.all([even.next(), even.next()])).toEqual([2, 4].map((value) => ({ value, done: false })));
  });

  it('ends a waiting subscriber at once when it is returned, and stops counting it', async () => {
    const pubSub = new EventPubSub();
    const sub = pubSub.subscribe('A');
    expect(pubSub.listening).toBe(1);
    const waiting = sub.next(); // nothing published yet
    await sub.return?.();
    expect(await waiting).toEqual({ value: undefined, done: true });
    expect(pubSub.listening).toBe(0);
    pubSub.publish('A', 1);
    expect(await sub.next()).toEqual({ value: undefined, done: true });
  });

  it('ends a subscriber that falls too far behind with TRY_AGAIN and frees what was queued for it', async () => {
    const pubSub = new EventPubSub(2);
    const slow = pubSub.subscribe('A');
    for (const n of [1, 2, 3]) pubSub.publish('A', n);
    expect(pubSub.listening).toBe(0);
    await expect(slow.next()).rejects.toMatchObject({ message: expect.stringContaining('fell 2 events behind'), extensions: { code: 'TRY_AGAIN' } });
    expect(await slow.next()).toEqual({ value: undefined, done: true });
  });
});
