import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { ValidationError } from '../../kernel/errors.js';
import { defineVerb, outcomeOn } from '../../kernel/verb.js';
import { InviteUserInput } from './inputs.js';
import { canManageUsers } from './policy.js';
import { assertStateKnown } from './role-binding.js';
import { invitations, users } from './schema.js';
import { hashSecret, newSecret } from './tokens.js';

export const INVITATION_DAYS = 14;

/** The ISU invites a person in a role; the one-time token is returned once and never stored in clear. */
export const inviteUser = defineVerb({
  name: 'accounts.inviteUser',
  input: InviteUserInput,
  allow: canManageUsers,
  async run(ctx, input) {
    const [taken] = await ctx.db.select({ id: users.id }).from(users).where(eq(users.email, input.email));
    if (taken) throw new ValidationError({ email: ['accounts:errors.emailTaken'] });
    await assertStateKnown(ctx, input.stateIso3);
    const id = randomUUID();
    const token = newSecret('inv');
    const expiresAt = new Date(ctx.now.getTime() + INVITATION_DAYS * 86_400_000);
    const row = {
      id,
      email: input.email,
      name: input.name,
      role: input.role,
      stateIso3: input.stateIso3 ?? null,
      organisation: input.organisation ?? null,
      tokenHash: hashSecret(token),
      expiresAt,
      createdBy: ctx.actor.id,
      createdAt: ctx.now,
    };
    await ctx.db.insert(invitations).values(row);
    const { tokenHash: _omit, ...after } = row;
    return outcomeOn(
      { type: 'invitation', id, stateIso3: row.stateIso3 },
      { id, token, expiresAt },
      { after },
    );
  },
});
