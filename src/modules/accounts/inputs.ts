import { z } from 'zod';
import { locales } from '../../kernel/i18n/index.js';
import { iso3, rowIdOf } from '../../kernel/ids.js';
import { password } from './password-policy.js';
import { apiAreas, roleNames } from './schema.js';

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
export { password } from './password-policy.js';

export const InviteUserInput = z.intersection(z.object({ email, name: personName }), roleAssignment);
export type InviteUserInput = z.infer<typeof InviteUserInput>;

export const CreateUserInput = z.intersection(
  /** `demo`: only the start-up seed marks an account so (see demo-accounts.ts). */
  z.object({ email, name: personName, password, demo: z.boolean().optional() }),
  roleAssignment,
);
export type CreateUserInput = z.input<typeof CreateUserInput>;

export const AcceptInvitationInput = z
  .object({ token: z.string().min(20, 'accounts:errors.invitationInvalid'), password, confirm: z.string() })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], message: 'accounts:errors.passwordsDiffer' });
export type AcceptInvitationInput = z.infer<typeof AcceptInvitationInput>;

export const AssignRoleInput = z.intersection(z.object({ userId: z.string().min(1) }), roleAssignment);
export type AssignRoleInput = z.infer<typeof AssignRoleInput>;

/** How long a token may live, in days: a choice, never "forever". */
export const tokenLifetimes = [7, 30, 90, 365] as const;

export const CreateApiTokenInput = z.object({
  name: personName,
  areas: z
    .array(z.enum(apiAreas, { message: 'accounts:errors.tokenArea' }))
    .min(1, 'accounts:errors.tokenArea')
    .default([...apiAreas]),
  /** Writing is granted only when asked for; a token reads by default. */
  write: z.boolean().default(false),
  days: z.coerce
    .number()
    .int()
    .refine((d) => (tokenLifetimes as readonly number[]).includes(d), 'accounts:errors.tokenDays')
    .default(90),
});
export type CreateApiTokenInput = z.infer<typeof CreateApiTokenInput>;

export const RevokeApiTokenInput = z.object({ tokenId: z.string().min(1) });
export type RevokeApiTokenInput = z.infer<typeof RevokeApiTokenInput>;

/** A Coordinator account and the calendar's record of the office it holds. */
export const CoordinatorOfficeInput = z.object({
  userId: z.string().min(1),
  officeHolderId: rowIdOf('accounts:errors.officeHolder'),
});
export type CoordinatorOfficeInput = z.infer<typeof CoordinatorOfficeInput>;

export const SetUserDisabledInput = z.object({ userId: z.string().min(1), disabled: z.boolean() });
export type SetUserDisabledInput = z.infer<typeof SetUserDisabledInput>;

export const ChangePasswordInput = z
  .object({
    current: z.string().min(1, 'errors:required').max(200, 'errors:tooLong'),
    password,
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], message: 'accounts:errors.passwordsDiffer' });

export const RequestPasswordResetInput = z.object({
  email,
  locale: z.enum(locales).default('en'),
});

export const ResetPasswordInput = z
  .object({
    token: z.string().min(20, 'accounts:errors.resetInvalid').max(200),
    password,
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], message: 'accounts:errors.passwordsDiffer' });
