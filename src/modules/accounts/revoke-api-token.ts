import { eq } from 'drizzle-orm';
import { NotFoundError } from '../../kernel/errors.js';
import { defineVerb } from '../../kernel/verb.js';
import { RevokeApiTokenInput } from './inputs.js';
import { canRevokeApiToken, mayRevokeSomeApiToken } from './policy.js';
import { apiTokens } from './schema.js';

export const revokeApiToken = defineVerb({
  name: 'accounts.revokeApiToken',
  input: RevokeApiTokenInput,
  allow: mayRevokeSomeApiToken,
  async permit(ctx, input) {
    const [row] = await ctx.db
      .select({ userId: apiTokens.userId })
      .from(apiTokens)
      .where(eq(apiTokens.id, input.tokenId));
    if (!row) throw new NotFoundError('api_token', input.tokenId);
    return canRevokeApiToken(ctx.actor, row.userId);
  },
  async run(ctx, input) {
    await ctx.db.update(apiTokens).set({ revokedAt: ctx.now }).where(eq(apiTokens.id, input.tokenId));
    return {
      result: { id: input.tokenId },
      audit: [
        {
          subjectType: 'api_token',
          subjectId: input.tokenId,
          before: { revokedAt: null },
          after: { revokedAt: ctx.now },
        },
      ],
    };
  },
});
