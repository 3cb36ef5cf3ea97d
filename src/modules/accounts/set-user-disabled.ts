import { eq } from 'drizzle-orm';
import { ValidationError } from '../../kernel/errors.js';
import { lockRowOrNotFound } from '../../kernel/rows.js';
import { defineVerb, outcomeOn } from '../../kernel/verb.js';
import { SetUserDisabledInput } from './inputs.js';
import { canManageUsers } from './policy.js';
import { sessions, users } from './schema.js';

/**
 * The ISU disables or enables an account. Disabling ends its sessions here and now; its API tokens
 * are refused from the next request on, because every request reads the account's state.
 */
export const setUserDisabled = defineVerb({
  name: 'accounts.setUserDisabled',
  input: SetUserDisabledInput,
  allow: canManageUsers,
  async run(ctx, input) {
    if (input.disabled && input.userId === ctx.actor.id)
      throw new ValidationError({ userId: ['accounts:errors.disableSelf'] });
    const user = await lockRowOrNotFound(ctx.db, users, users.id, input.userId, 'user');
    const before = { disabledAt: user.disabledAt };
    if (Boolean(before.disabledAt) === input.disabled) return { result: { userId: input.userId }, audit: [] };
    const disabledAt = input.disabled ? ctx.now : null;
    await ctx.db.update(users).set({ disabledAt, updatedAt: ctx.now }).where(eq(users.id, input.userId));
    if (input.disabled) await ctx.db.delete(sessions).where(eq(sessions.userId, input.userId));
    return outcomeOn(
      { type: 'user', id: input.userId },
      { userId: input.userId },
      { before, after: { disabledAt } },
    );
  },
});
