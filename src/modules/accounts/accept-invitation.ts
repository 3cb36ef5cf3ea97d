import { and, eq, gt, isNull } from 'drizzle-orm';
import { ValidationError } from '../../kernel/errors.js';
import { defineVerb } from '../../kernel/verb.js';
import { insertUser } from './create-user.js';
import { AcceptInvitationInput } from './inputs.js';
import { invitations } from './schema.js';
import { hashSecret } from './tokens.js';

/** The invited person sets a password: the secret token is the permission, checked inside the transaction. */
export const acceptInvitation = defineVerb({
  name: 'accounts.acceptInvitation',
  input: AcceptInvitationInput,
  allow: () => true,
  async run(ctx, input) {
    const [inv] = await ctx.db
      .select()
      .from(invitations)
      .where(
        and(
          eq(invitations.tokenHash, hashSecret(input.token)),
          isNull(invitations.acceptedAt),
          gt(invitations.expiresAt, ctx.now),
        ),
      )
      .for('update');
    if (!inv) throw new ValidationError({ token: ['accounts:errors.invitationInvalid'] });
    const userId = await insertUser(ctx, {
      email: inv.email,
      name: inv.name,
      password: input.password,
      role: inv.role,
      stateIso3: inv.stateIso3 ?? undefined,
      organisation: inv.organisation ?? undefined,
    });
    await ctx.db.update(invitations).set({ acceptedAt: ctx.now }).where(eq(invitations.id, inv.id));
    return {
      result: { userId, email: inv.email },
      audit: [
        {
          subjectType: 'invitation',
          subjectId: inv.id,
          before: { acceptedAt: null },
          after: { acceptedAt: ctx.now },
        },
        {
          subjectType: 'user',
          subjectId: userId,
          stateIso3: inv.stateIso3,
          after: { email: inv.email, role: inv.role },
        },
      ],
    };
  },
});
