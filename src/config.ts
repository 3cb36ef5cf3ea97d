import { z } from 'zod';

// The only reader of process.env. Parsed once at start-up; a bad value stops the process with a clear message.
const configSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  BASE_URL: z.url().optional(),
  AUTH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /** smtp://user:password@host:587 or smtps://…; without it mail is kept in the outbox only. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  MAIL_FROM: z.string().default('CCM Cooperation <no-reply@localhost>'),
  DEMO_ACCOUNTS: z.enum(['auto', 'yes', 'no']).default('auto'),
  /**
   * How many reverse proxies in front of the app to believe: their X-Forwarded-For names the
   * client. `no` (the default) believes none and uses the connection's address; `yes` is one.
   */
  TRUST_PROXY: z
    .string()
    .trim()
    .toLowerCase()
    .default('no')
    .transform((v, ctx) => {
      if (v === 'no' || v === 'false' || v === '0' || v === '') return 0;
      if (v === 'yes' || v === 'true') return 1;
      if (/^[1-9]$/.test(v)) return Number(v);
      ctx.addIssue({ code: 'custom', message: 'must be no, yes, or a number of proxies from 1 to 9' });
      return z.NEVER;
    }),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
});

export type Config = z.infer<typeof configSchema> & { baseUrl: string; secureCookies: boolean };

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  const baseUrl = c.BASE_URL ?? `http://localhost:${c.PORT}`;
  return { ...c, baseUrl, secureCookies: baseUrl.startsWith('https://') };
}
