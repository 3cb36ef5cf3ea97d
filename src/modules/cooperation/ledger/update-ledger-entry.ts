import { eq } from 'drizzle-orm';
import { nextVersion } from '../../../kernel/record-version.js';
import { defineVerb, outcomeOn } from '../../../kernel/verb.js';
import { assistanceEntries } from '../schema.js';
import { canKeepLedger } from '../shared/policy.js';
import { auditView, checkReferences, columnsOf, findIsuEntry } from './entry-write.js';
import { UpdateLedgerEntryInput } from './inputs.js';

/** The ISU corrects one of its own entries. */
export const updateLedgerEntry = defineVerb({
  name: 'cooperation.updateLedgerEntry',
  input: UpdateLedgerEntryInput,
  allow: canKeepLedger,
  async run(ctx, input) {
    const before = await findIsuEntry(ctx.db, input.id);
    const version = nextVersion(before, input.version);
    const providerName = await checkReferences(ctx.db, input);
    const set = columnsOf(input, providerName);
    const after = { ...before, ...set };
    if (JSON.stringify(auditView(before)) === JSON.stringify(auditView(after)))
      return { result: { id: input.id, changed: false }, audit: [] };
    await ctx.db
      .update(assistanceEntries)
      .set({ ...set, version })
      .where(eq(assistanceEntries.id, input.id));
    return outcomeOn(
      { type: 'assistance_entry', id: input.id, stateIso3: input.recipientIso3 },
      { id: input.id, changed: true },
      { before: auditView(before), after: auditView(after) },
    );
  },
});
