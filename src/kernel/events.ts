import type { TxContext } from './context.js';

/*
 * Events between modules, in process. A module declares what happened (`defineEvent`) and publishes
 * it inside the transaction of the verb that made it happen; other modules subscribe at wiring time.
 * Subscribers run in that same transaction, one after another in the order they were wired: a
 * subscriber that fails undoes the publisher's write, so a fact and its consequences commit together
 * or not at all. The publisher knows nothing of its subscribers, so the import goes one way only.
 */

export type Subscriber<P> = (ctx: TxContext, payload: P) => Promise<void>;

export interface EventType<P> {
  /** Stable name, e.g. `reports.submitted`; the context of a delivery carries it (`ctx.event`). */
  readonly name: string;
  /** Registers the subscriber known by `id`, replacing an earlier one of that id: wiring twice is wiring once. */
  subscribe(id: string, handler: Subscriber<P>): void;
  /** Delivers the payload to every subscriber, inside the caller's transaction. */
  publish(ctx: TxContext, payload: P): Promise<void>;
  /** The ids of the subscribers wired, in delivery order. */
  subscribers(): string[];
}

export function defineEvent<P>(name: string): EventType<P> {
  const handlers = new Map<string, Subscriber<P>>();
  return {
    name,
    subscribe(id, handler) {
      handlers.set(id, handler);
    },
    async publish(ctx, payload) {
      // Outside a transaction a subscriber's write could outlive a failed publisher: refused.
      if (!ctx.inTransaction) throw new Error(`event ${name} published outside a transaction`);
      const delivery: TxContext = { ...ctx, event: name };
      for (const handler of handlers.values()) await handler(delivery, payload);
    },
    subscribers: () => [...handlers.keys()],
  };
}
