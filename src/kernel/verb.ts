import type { z } from 'zod';
import { type Actor, mayWrite } from './actor.js';
import { type AuditRecord, recordAudit } from './audit/record.js';
import { type ServiceContext, type TxContext, withTransaction } from './context.js';
import { ForbiddenError, UnauthenticatedError, ValidationError } from './errors.js';
import { readingNumbersIn } from './numbers.js';

export interface VerbOutcome<R> {
  result: R;
  /** What changed. An empty list means the verb changed nothing (e.g. an idempotent re-run). */
  audit: AuditRecord[];
}

export interface VerbSpec<S extends z.ZodType, R> {
  /** Stable name, written to the audit trail: `states.recordExtensionDecision`. */
  name: string;
  input: S;
  /** Coarse check on the actor alone, before input is even parsed. */
  allow: (actor: Actor) => boolean;
  /** Fine check on actor and parsed input, inside the transaction (sees the rows it protects). */
  permit?: (ctx: TxContext, input: z.output<S>) => boolean | Promise<boolean>;
  run: (ctx: TxContext, input: z.output<S>) => Promise<VerbOutcome<R>>;
  /**
   * Who may call it beyond `allow`: `system`, only the system actor or an event's subscriber (a
   * consequence of another module's write, never a person's request); `composed`, only inside a
   * caller's transaction (a part of another verb's write, covered by that verb's permission).
   */
  caller?: 'system' | 'composed';
}

export type Verb<S extends z.ZodType, R> = ((
  ctx: ServiceContext,
  raw: z.input<S> | unknown,
) => Promise<R>) & {
  verbName: string;
  input: S;
  verbCaller: 'system' | 'composed' | undefined;
};

/**
 * The one way to write: permission → Zod → transaction → write → audit, in that order, always.
 * The input is checked with numbers typed as text read in `ctx.locale` (kernel/numbers.ts).
 * A verb defined here cannot forget a step.
 */
export function defineVerb<S extends z.ZodType, R>(spec: VerbSpec<S, R>): Verb<S, R> {
  const fn = async (ctx: ServiceContext, raw: unknown): Promise<R> => {
    if (
      (spec.caller === 'system' && ctx.actor.kind !== 'system' && ctx.event === undefined) ||
      (spec.caller === 'composed' && !ctx.inTransaction)
    ) {
      throw new ForbiddenError(`${spec.name} is not called directly`);
    }
    // A subscriber to an event acts on behalf of the verb that published it, which was permitted;
    // called any other way, a system verb asks the table like every verb.
    const onBehalfOfEvent = spec.caller === 'system' && ctx.event !== undefined;
    // A read-only API token is refused every write, whatever its owner's role allows.
    if (!onBehalfOfEvent && (!spec.allow(ctx.actor) || !mayWrite(ctx.actor))) {
      if (ctx.actor.kind === 'anonymous') throw new UnauthenticatedError();
      throw new ForbiddenError(`${ctx.actor.label} may not ${spec.name}`);
    }
    // Numbers typed as text ("1 100 000") are read in the caller's language.
    const parsed = readingNumbersIn(ctx.locale, () => spec.input.safeParse(raw));
    if (!parsed.success) throw ValidationError.fromZod(parsed.error);
    const input = parsed.data;
    return withTransaction(ctx, async (tx) => {
      if (spec.permit && !(await spec.permit(tx, input))) {
        throw new ForbiddenError(`${ctx.actor.label} may not ${spec.name} on this subject`);
      }
      const { result, audit } = await spec.run(tx, input);
      await recordAudit(tx, spec.name, audit);
      return result;
    });
  };
  return Object.assign(fn, { verbName: spec.name, input: spec.input, verbCaller: spec.caller });
}

/**
 * What a verb returns when it changed one subject (of one State, or of none): its result and the one
 * audit entry on that subject, with what it was (`before`) and what it is (`after`).
 */
export function outcomeOn<R>(
  subject: { type: string; id: number | string; stateIso3?: string | null },
  result: R,
  change: { before?: unknown; after?: unknown },
): VerbOutcome<R> {
  return {
    result,
    audit: [
      {
        subjectType: subject.type,
        subjectId: String(subject.id),
        stateIso3: subject.stateIso3 ?? null,
        ...change,
      },
    ],
  };
}
