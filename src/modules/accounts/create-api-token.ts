import { randomUUID } from 'node:crypto';
import { defineVerb, outcomeOn } from '../../kernel/verb.js';
import { CreateApiTokenInput } from './inputs.js';
import { canCreateApiToken } from './policy.js';
import { apiTokens } from './schema.js';
import { hashSecret, newSecret } from './tokens.js';

/**
 * A signed-in person creates a token for their scripts; it acts with their role, limited to the
 * API areas chosen, reads only unless writing was granted, expires, and is shown once. A token
 * cannot create another (see canCreateApiToken): revoking it ends everything it could do.
 */
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
      scopes: [...input.areas, ...(input.write ? ['write'] : [])].join(' '),
      expiresAt: new Date(ctx.now.getTime() + input.days * 24 * 60 * 60 * 1000),
      createdAt: ctx.now,
    };
    await ctx.db.insert(apiTokens).values(row);
    const after = { name: row.name, prefix: row.prefix, scopes: row.scopes, expiresAt: row.expiresAt };
    return outcomeOn({ type: 'api_token', id }, { id, token }, { after });
  },
});
