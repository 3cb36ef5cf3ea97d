import { readFileSync } from 'node:fs';
import { z } from 'zod';

export const MIN_PASSWORD_LENGTH = 10;

// Read once: common passwords of 10 characters or more (see data/SOURCES.md).
const common = new Set(
  readFileSync(new URL('./data/common-passwords.txt', import.meta.url), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean),
);

/**
 * Why a password is refused, as a catalogue key, or undefined when it is acceptable (OWASP ASVS
 * 2.1: length, a list of breached passwords, nothing derived from the account's own name).
 */
export function passwordProblem(password: string, email?: string): string | undefined {
  if (password.length < MIN_PASSWORD_LENGTH) return 'accounts:errors.passwordLength';
  if (password.length > 200) return 'errors:tooLong';
  const lower = password.toLowerCase();
  if (common.has(lower)) return 'accounts:errors.passwordCommon';
  if (/^(.)\1*$/su.test(password)) return 'accounts:errors.passwordRepeated';
  // A local part of one or two letters would refuse half the alphabet; such a part guesses nothing.
  const local = email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 3 && lower.includes(local)) return 'accounts:errors.passwordHasEmail';
  return undefined;
}

/** The password field of a form, checked without the e-mail (the forms add that check). */
export const password = z.string().superRefine((v, ctx) => {
  const problem = passwordProblem(v);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** Adds the e-mail check to a parsed object that has both fields. */
export function refuseEmailInPassword(path: string) {
  return (v: { email: string; password: string }, ctx: z.RefinementCtx) => {
    const problem = passwordProblem(v.password, v.email);
    if (problem && problem === 'accounts:errors.passwordHasEmail')
      ctx.addIssue({ code: 'custom', path: [path], message: problem });
  };
}
