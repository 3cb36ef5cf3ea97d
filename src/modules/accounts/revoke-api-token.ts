import { eq } from 'drizzle-orm';
import { lockRowOrNotFound } from '../../kernel/rows.js';
import { defineVerb, outcomeOn } from '../../kernel/verb.js';
import { RevokeApiTokenInput } from './inputs.js';
import { canRevokeApiToken, mayRevokeSomeApiToken } from './policy.js';
import { apiTokens } from './schema.js';

export const revokeApiToken = defineVerb({
  name: 'accounts.revokeApiToken',
  input: RevokeApiTokenInput,
  allow: mayRevokeSomeApiToken,
  async permit(ctx, input) {
    const token = await lockRowOrNotFound(ctx.db, apiTokens, apiTokens.id, input.tokenId, 'api_token');
    return canRevokeApiToken(ctx.actor, token.userId);
  },
  async run(ctx, input) {
    await ctx.db.update(apiTokens).set({ revokedAt: ctx.now }).where(eq(apiTokens.id, input.tokenId));
    return outcomeOn(
      { type: 'api_token', id: input.tokenId },
      { id: input.tokenId },
      { before: { revokedAt: null }, after: { revokedAt: ctx.now } },
    );
  },
});
