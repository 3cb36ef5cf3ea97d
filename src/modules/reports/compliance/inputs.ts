import { z } from 'zod';
import { locales } from '../../../kernel/i18n/index.js';
import { iso3 } from '../../../kernel/ids.js';
import { reminderKinds } from './rules.js';

/**
 * A reminder about one State's report. `baseUrl` is the platform's own address, for the link in
 * the message: callers take it from the configuration, never from a form.
 */
export const SendReminderInput = z.object({
  iso3,
  year: z.coerce.number().int().min(2010).max(2100),
  kind: z.enum(reminderKinds),
  locale: z.enum(locales),
  baseUrl: z.url({ protocol: /^https?$/ }),
});
export type SendReminderInput = z.infer<typeof SendReminderInput>;
