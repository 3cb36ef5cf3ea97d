import { z } from 'zod';
import { roleNames } from './schema.js';

const iso3 = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, 'errors:iso3');
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'errors:tooLong')
    .optional()
    .transform((v) => (v ? v : undefined));

/** A role with what it is bound to: a focal point to one State, a partner to a State or an organisation. */
export const roleAssignment = z
  .object({
    role: z.enum(roleNames, { message: 'accounts:errors.role' }),
    stateIso3: iso3.optional().or(z.literal('').transform(() => undefined)),
    organisation: optionalText(200),
  })
  .superRefine((v, ctx) => {
    if (v.role === 'focal_point' && !v.stateIso3)
      ctx.addIssue({ code: 'custom', path: ['stateIso3'], message: 'accounts:errors.focalPointState' });
    if (v.role === 'partner' && !v.stateIso3 && !v.organisation)
      ctx.addIssue({ code: 'custom', path: ['organisation'], message: 'accounts:errors.partnerIdentity' });
  });

export const email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: 'errors:email' }));
export const personName = z.string().trim().min(1, 'errors:required').max(200, 'errors:tooLong');
export const password = z.string().min(10, 'accounts:errors.passwordLength').max(200, 'errors:tooLong');

export const InviteUserInput = z.intersection(z.object({ email, name: personName }), roleAssignment);
export type InviteUserInput = z.infer<typeof InviteUserInput>;

export const CreateUserInput = z.intersection(
  z.object({ email, name: personName, password }),
  roleAssignment,
);
export type CreateUserInput = z.input<typeof CreateUserInput>;

export const AcceptInvitationInput = z
  .object({ token: z.string().min(20, 'accounts:errors.invitationInvalid'), password, confirm: z.string() })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], message: 'accounts:errors.passwordsDiffer' });
export type AcceptInvitationInput = z.infer<typeof AcceptInvitationInput>;

export const AssignRoleInput = z.intersection(z.object({ userId: z.string().min(1) }), roleAssignment);
export type AssignRoleInput = z.infer<typeof AssignRoleInput>;

export const CreateApiTokenInput = z.object({ name: personName });
export type CreateApiTokenInput = z.infer<typeof CreateApiTokenInput>;

export const RevokeApiTokenInput = z.object({ tokenId: z.string().min(1) });
export type RevokeApiTokenInput = z.infer<typeof RevokeApiTokenInput>;
