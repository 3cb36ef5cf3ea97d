import { randomUUID } from 'node:crypto';
import { defineVerb } from '../../kernel/verb.js';
import { CreateApiTokenInput } from './inputs.js';
import { canCreateApiToken } from './policy.js';
import { apiTokens } from './schema.js';
import { hashSecret, newSecret } from './tokens.js';

/** A signed-in person creates a token for their scripts; it acts with their role and is shown once. */
export const createApiToken = defineVerb({
  name: 'accounts.createApiToken',
  input: CreateApiTokenInput,
  allow: canCreateApiToken,
  async run(ctx, input) {
    const id = randomUUID();
    const token = newSecret('ccm');
    const row = {
      id,
      userId: ctx.actor.id!,
      name: input.name,
      prefix: token.slice(0, 8),
      tokenHash: hashSecret(token),
      createdAt: ctx.now,
    };
    await ctx.db.insert(apiTokens).values(row);
    return {
      result: { id, token },
      audit: [{ subjectType: 'api_token', subjectId: id, after: { name: row.name, prefix: row.prefix } }],
    };
  },
});
