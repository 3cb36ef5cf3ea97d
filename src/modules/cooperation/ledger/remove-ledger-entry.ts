import { eq } from 'drizzle-orm';
import { ConflictError } from '../../../kernel/errors.js';
import { defineVerb, outcomeOn } from '../../../kernel/verb.js';
import { assistanceEntries, needResponses } from '../schema.js';
import { canKeepLedger } from '../shared/policy.js';
import { auditView, findIsuEntry } from './entry-write.js';
import { RemoveLedgerEntryInput } from './inputs.js';

/** The ISU removes one of its own entries, unless a confirmed delivery points at it. */
export const removeLedgerEntry = defineVerb({
  name: 'cooperation.removeLedgerEntry',
  input: RemoveLedgerEntryInput,
  allow: canKeepLedger,
  async run(ctx, input) {
    const before = await findIsuEntry(ctx.db, input.id);
    const [linked] = await ctx.db
      .select({ id: needResponses.id })
      .from(needResponses)
      .where(eq(needResponses.ledgerEntryId, input.id));
    if (linked) throw new ConflictError('LEDGER.ENTRY_LINKED', 'ledger:errors.entryLinked');
    await ctx.db.delete(assistanceEntries).where(eq(assistanceEntries.id, input.id));
    return outcomeOn(
      { type: 'assistance_entry', id: input.id, stateIso3: before.recipientIso3 },
      { id: input.id },
      { before: auditView(before), after: null },
    );
  },
});
