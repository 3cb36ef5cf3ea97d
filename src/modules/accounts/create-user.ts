import { randomUUID } from 'node:crypto';
import { hashPassword } from 'better-auth/crypto';
import { eq } from 'drizzle-orm';
import type { TxContext } from '../../kernel/context.js';
import { ValidationError } from '../../kernel/errors.js';
import { defineVerb, outcomeOn } from '../../kernel/verb.js';
import { CreateUserInput } from './inputs.js';
import { passwordProblem } from './password-policy.js';
import { canCreateDemoAccount, canManageUsers } from './policy.js';
import { assertStateKnown } from './role-binding.js';
import { authAccounts, userRoles, users } from './schema.js';

export interface NewUser {
  email: string;
  name: string;
  password: string;
  role: CreateUserInput['role'];
  stateIso3?: string;
  organisation?: string;
  demo?: boolean;
}

/** Shared by createUser and acceptInvitation: one place writes a user, its password and its role. */
export async function insertUser(ctx: TxContext, u: NewUser): Promise<string> {
  const [taken] = await ctx.db.select({ id: users.id }).from(users).where(eq(users.email, u.email));
  if (taken) throw new ValidationError({ email: ['accounts:errors.emailTaken'] });
  const problem = passwordProblem(u.password, u.email);
  if (problem) throw new ValidationError({ password: [problem] });
  await assertStateKnown(ctx, u.stateIso3);
  const id = randomUUID();
  await ctx.db.insert(users).values({
    id,
    name: u.name,
    email: u.email,
    emailVerified: true,
    demo: u.demo ?? false,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  });
  await ctx.db.insert(authAccounts).values({
    id: randomUUID(),
    accountId: id,
    providerId: 'credential',
    userId: id,
    password: await hashPassword(u.password),
    createdAt: ctx.now,
    updatedAt: ctx.now,
  });
  await ctx.db.insert(userRoles).values({
    userId: id,
    role: u.role,
    stateIso3: u.stateIso3 ?? null,
    organisation: u.organisation ?? null,
    updatedAt: ctx.now,
  });
  return id;
}

/** The ISU (or the start-up seed of demonstration accounts) creates an account with a password. */
export const createUser = defineVerb({
  name: 'accounts.createUser',
  input: CreateUserInput,
  allow: canManageUsers,
  // A demonstration account skips the second factor: only the seed may make one.
  permit: (ctx, input) => !input.demo || canCreateDemoAccount(ctx.actor),
  async run(ctx, input) {
    const id = await insertUser(ctx, input);
    const after = {
      email: input.email,
      name: input.name,
      role: input.role,
      stateIso3: input.stateIso3 ?? null,
      demo: input.demo ?? false,
    };
    return outcomeOn({ type: 'user', id, stateIso3: input.stateIso3 }, { id }, { after });
  },
});
