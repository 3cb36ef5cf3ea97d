import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import type { TxContext } from '../../../kernel/context.js';
import { formatDate, isLocale, type Locale, translator } from '../../../kernel/i18n/index.js';
import { partyName, stateName } from '../../../kernel/i18n/state-names.js';
import { userRoles, users } from '../../accounts/schema.js';
import { enqueueMail } from '../../outbox/index.js';

/** The outbox purpose of every handshake message. */
export const RESPONSE_MAIL_PURPOSE = 'need_response';

export type HandshakeEvent = 'interest' | 'commitment' | 'delivered' | 'withdrawn' | 'confirmed';

export interface Recipient {
  /** The account: the message shows in its inbox too. */
  id: string;
  email: string;
  name: string;
  locale: Locale;
}

const recipientColumns = { id: users.id, email: users.email, name: users.name, locale: users.locale };
const asRecipients = (
  rows: Array<{ id: string; email: string; name: string; locale: string | null }>,
): Recipient[] =>
  rows.map((r) => ({ id: r.id, email: r.email, name: r.name, locale: isLocale(r.locale) ? r.locale : 'en' }));

/** The people who speak for a State: its focal points. */
export async function focalPointsOf(db: Executor, iso3: string): Promise<Recipient[]> {
  const rows = await db
    .select(recipientColumns)
    .from(users)
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .where(and(eq(userRoles.role, 'focal_point'), eq(userRoles.stateIso3, iso3)))
    .orderBy(asc(users.email));
  return asRecipients(rows);
}

/** The people of a partner (`state:DEU` or `org:<name>`), exactly those `partnerKeyOf` maps to that key. */
export async function partnerPeopleOf(db: Executor, ownerKey: string): Promise<Recipient[]> {
  const [kind, ...rest] = ownerKey.split(':');
  const value = rest.join(':');
  const who =
    kind === 'state'
      ? eq(userRoles.stateIso3, value)
      : and(isNull(userRoles.stateIso3), eq(userRoles.organisation, value));
  const rows = await db
    .select(recipientColumns)
    .from(users)
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .where(and(eq(userRoles.role, 'partner'), who))
    .orderBy(asc(users.email));
  return asRecipients(rows);
}

/** Where the need is discussed: the link in every message. */
export const needLink = (baseUrl: string, needId: number) =>
  `${baseUrl.replace(/\/+$/, '')}/cooperation/needs/${needId}`;

export interface HandshakeFacts {
  event: HandshakeEvent;
  needId: number;
  needDescription: string;
  stateIso3: string;
  stateName: string;
  /** The partner's State when it is one (named in each reader's language), else null. */
  partnerIso3: string | null;
  /** The partner's name as registered: an organisation's, or the State's fallback. */
  partnerName: string;
  amount: number | null;
  currency: string | null;
  deliveredOn: string | null;
  needNowIs: 'partly_met' | 'met' | null;
  note: string | null;
  baseUrl: string;
}

const short = (s: string, max = 140) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** One message in the reader's language: plain text, paragraphs separated by blank lines. */
export function handshakeMail(f: HandshakeFacts, locale: Locale): { subject: string; body: string } {
  const t = translator(locale);
  const params = {
    partner: partyName(locale, f.partnerIso3, f.partnerName),
    state: stateName(locale, f.stateIso3, f.stateName),
    need: short(f.needDescription),
    amount:
      f.amount !== null
        ? `${new Intl.NumberFormat(locale).format(f.amount)} ${f.currency ?? ''}`.trim()
        : t('responses:mail.noAmount'),
    date: f.deliveredOn ? formatDate(locale, f.deliveredOn) : '',
    status: f.needNowIs ? t(`responses:needNowIs.${f.needNowIs}`) : '',
    link: needLink(f.baseUrl, f.needId),
  };
  const paragraphs = [
    t('responses:mail.salutation'),
    t(`responses:mail.${f.event}.body`, params),
    f.note ? t('responses:mail.note', { note: f.note }) : null,
    t('responses:mail.link', params),
    t('responses:mail.signature'),
  ].filter((p): p is string => p !== null);
  return { subject: t(`responses:mail.${f.event}.subject`, params), body: `${paragraphs.join('\n\n')}\n` };
}

/** Queues one message per recipient in the caller's transaction; returns the outbox ids. */
export async function notify(ctx: TxContext, to: Recipient[], facts: HandshakeFacts): Promise<number[]> {
  const ids: number[] = [];
  for (const r of to) {
    const mail = handshakeMail(facts, r.locale);
    ids.push(
      await enqueueMail(ctx, {
        purpose: RESPONSE_MAIL_PURPOSE,
        toAddress: r.email,
        toName: r.name,
        toUserId: r.id,
        link: `/cooperation/needs/${facts.needId}`,
        subject: mail.subject,
        body: mail.body,
        locale: r.locale,
        stateIso3: facts.stateIso3,
      }),
    );
  }
  return ids;
}
