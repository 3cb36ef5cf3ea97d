import type { z } from 'zod';
import type { TxContext } from '../../kernel/context.js';
import { ValidationError } from '../../kernel/errors.js';
import { defineVerb } from '../../kernel/verb.js';
import { mayWriteSomeCoalition } from './policy.js';
import { coalitionOutcome, lockCoalition, permitOnCoalition } from './write.js';

type Coalition = Awaited<ReturnType<typeof lockCoalition>>;
type LinkWrite = (ctx: TxContext, coalitionId: number, thingId: number) => Promise<readonly unknown[]>;

/**
 * The two verbs that make and end the link between a coalition and a thing another module owns (a
 * meeting, a need): the coalition locked and permitted on its State, the thing found, the link row
 * written or deleted, and one audit entry on the coalition naming the thing (`after` when the link
 * is made, `before` when it ends). A link already made, or not there to end, is refused at the
 * form's `field`, which the result names the thing by.
 */
export function defineLinkVerbs<
  S extends z.ZodType<{ id: number }>,
  F extends keyof z.output<S> & string,
  K extends string | number,
>(spec: {
  /** The verbs' names: `coalitions.linkMeeting`, `coalitions.unlinkMeeting`. */
  names: { link: string; unlink: string };
  input: S;
  field: F;
  /** The audit entry's name for the link (`meetingLinked`). */
  auditAs: string;
  /** The thing's row id and how the result and the audit entry name it. */
  thing: (
    ctx: TxContext,
    input: z.output<S>,
    coalition: Coalition,
    linking: boolean,
  ) => Promise<{ id: number; key: K }>;
  /** Write or delete the link row; each returns the rows it changed. */
  link: LinkWrite;
  unlink: LinkWrite;
}) {
  const verb = (linking: boolean) =>
    defineVerb({
      name: linking ? spec.names.link : spec.names.unlink,
      input: spec.input,
      allow: mayWriteSomeCoalition,
      permit: (ctx, input) => permitOnCoalition(ctx, input.id),
      async run(ctx, input) {
        const coalition = await lockCoalition(ctx, input.id);
        const thing = await spec.thing(ctx, input, coalition, linking);
        const changed = await (linking ? spec.link : spec.unlink)(ctx, input.id, thing.id);
        if (!changed.length) {
          const refusal = linking ? 'coalitions:errors.alreadyLinked' : 'coalitions:errors.notLinked';
          throw new ValidationError({ [spec.field]: [refusal] });
        }
        const named = { [spec.auditAs]: thing.key };
        const result = { id: input.id, [spec.field]: thing.key } as { id: number } & Record<F, K>;
        return coalitionOutcome(coalition, result, linking ? { after: named } : { before: named });
      },
    });
  return { link: verb(true), unlink: verb(false) };
}
