import { eq } from 'drizzle-orm';
import type { TxContext } from '../../kernel/context.js';
import { ValidationError } from '../../kernel/errors.js';
import { states } from '../states/schema.js';

/** A role may only name a State that is in the registry; said at the field, not as a database error. */
export async function assertStateKnown(ctx: TxContext, iso3: string | undefined): Promise<void> {
  if (!iso3) return;
  const [row] = await ctx.db.select({ iso3: states.iso3 }).from(states).where(eq(states.iso3, iso3));
  if (!row) throw new ValidationError({ stateIso3: ['accounts:errors.unknownState'] });
}
