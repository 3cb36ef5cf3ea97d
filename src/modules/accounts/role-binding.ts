import type { TxContext } from '../../kernel/context.js';
import { requireRegisteredState } from '../states/index.js';

/** A role may only name a State that is in the registry; said at the field, not as a database error. */
export async function assertStateKnown(ctx: TxContext, iso3: string | undefined): Promise<void> {
  if (!iso3) return;
  await requireRegisteredState(ctx.db, iso3, { stateIso3: ['accounts:errors.unknownState'] });
}
