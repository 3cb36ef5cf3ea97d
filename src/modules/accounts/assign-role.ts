import { eq } from 'drizzle-orm';
import { lockRowOrNotFound } from '../../kernel/rows.js';
import { defineVerb, outcomeOn } from '../../kernel/verb.js';
import { AssignRoleInput } from './inputs.js';
import { canManageUsers } from './policy.js';
import { assertStateKnown } from './role-binding.js';
import { userRoles, users } from './schema.js';

export const assignRole = defineVerb({
  name: 'accounts.assignRole',
  input: AssignRoleInput,
  allow: canManageUsers,
  async run(ctx, input) {
    await lockRowOrNotFound(ctx.db, users, users.id, input.userId, 'user');
    await assertStateKnown(ctx, input.stateIso3);
    const [before] = await ctx.db
      .select()
      .from(userRoles)
      .where(eq(userRoles.userId, input.userId))
      .for('update');
    const next = {
      role: input.role,
      stateIso3: input.stateIso3 ?? null,
      organisation: input.organisation ?? null,
      updatedAt: ctx.now,
    };
    await ctx.db
      .insert(userRoles)
      .values({ userId: input.userId, ...next })
      .onConflictDoUpdate({ target: userRoles.userId, set: next });
    // Roles are read on every request, so a change applies at once to open sessions.
    return outcomeOn(
      { type: 'user_role', id: input.userId, stateIso3: next.stateIso3 ?? before?.stateIso3 },
      { userId: input.userId },
      { before: before ?? null, after: next },
    );
  },
});
