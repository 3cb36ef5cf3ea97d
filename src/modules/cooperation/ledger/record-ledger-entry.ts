import { defineVerb, outcomeOn } from '../../../kernel/verb.js';
import { canKeepLedger } from '../shared/policy.js';
import { auditView, checkReferences, columnsOf } from './entry-write.js';
import { RecordLedgerEntryInput } from './inputs.js';
import { insertLedgerEntry } from './insert.js';

/** The ISU records a flow no report holds: confirmed at once, since the ISU vouches for it. */
export const recordLedgerEntry = defineVerb({
  name: 'cooperation.recordLedgerEntry',
  input: RecordLedgerEntryInput,
  allow: canKeepLedger,
  async run(ctx, input) {
    const providerName = await checkReferences(ctx.db, input);
    const actorId = ctx.actor.kind === 'user' ? ctx.actor.id : null;
    const values = {
      origin: 'isu' as const,
      review: 'confirmed' as const,
      ...columnsOf(input, providerName),
      createdBy: actorId,
      createdAt: ctx.now,
      reviewedBy: actorId,
      reviewedAt: ctx.now,
    };
    const id = await insertLedgerEntry(ctx, values);
    return outcomeOn(
      { type: 'assistance_entry', id, stateIso3: input.recipientIso3 },
      { id },
      { before: null, after: auditView(values) },
    );
  },
});
