import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
} from 'drizzle-orm/pg-core';
import { belongsTo, createdUpdated, instant } from '../../kernel/columns.js';
import { doneBy, verbColumns } from '../../kernel/schema-columns.js';
import { officeHolders } from '../calendar/schema.js';
import { stateRef } from '../states/schema.js';

// Tables of the authentication library (better-auth), named in the plural like ours.

export const users = pgTable('users', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  email: text('email').notNull().unique(),
  emailVerified: boolean('email_verified').notNull().default(false),
  image: text('image'),
  locale: text('locale'),
  /** Set by the ISU: a disabled account cannot sign in, and its sessions and tokens stop working. */
  disabledAt: instant('disabled_at'),
  /** better-auth's twoFactor plugin: set once the person has confirmed an authenticator code. */
  twoFactorEnabled: boolean('two_factor_enabled').notNull().default(false),
  /**
   * A demonstration account of the local seed: a second factor is offered but not required, so
   * the accounts printed by `npm start` sign in with the password alone.
   */
  demo: boolean('demo').notNull().default(false),
  ...createdUpdated(),
});

/** A column naming the user who did something to a row (`created_by`, `reviewed_by`, …). */
export const userRef = (name: string) => text(name).references(() => users.id);

/**
 * Who did something to a row, by their account, and when, both null until it is done
 * (`doneByUser('reviewed')`: `reviewedBy`, `reviewedAt`).
 */
export const doneByUser = <V extends string>(verb: V) =>
  verbColumns(verb, (name) => ({ By: userRef(name('by')), At: instant(name('at')) }));

/**
 * The columns that close a row people create and edit: its version, bumped by every write so that
 * an edit made from an older one is refused (kernel/record-version.ts), who created it, and when it
 * was made and last changed.
 */
export const editedRow = () => ({
  version: integer('version').notNull().default(0),
  createdBy: userRef('created_by'),
  ...createdUpdated(),
});

/** The account a row belongs to (`user_id`), required; deleting the account deletes the row. */
const ownedByUser = () =>
  text('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' });

export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    token: text('token').notNull().unique(),
    userId: ownedByUser(),
    expiresAt: instant('expires_at').notNull(),
    ipAddress: text('ip_address'),
    userAgent: text('user_agent'),
    ...createdUpdated(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const authAccounts = pgTable(
  'auth_accounts',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id').notNull(),
    providerId: text('provider_id').notNull(),
    userId: ownedByUser(),
    accessToken: text('access_token'),
    refreshToken: text('refresh_token'),
    idToken: text('id_token'),
    accessTokenExpiresAt: instant('access_token_expires_at'),
    refreshTokenExpiresAt: instant('refresh_token_expires_at'),
    scope: text('scope'),
    password: text('password'),
    ...createdUpdated(),
  },
  (t) => [index('auth_accounts_user_idx').on(t.userId)],
);

export const verifications = pgTable('verifications', {
  id: text('id').primaryKey(),
  identifier: text('identifier').notNull(),
  value: text('value').notNull(),
  expiresAt: instant('expires_at').notNull(),
  ...createdUpdated(),
});

/** TOTP secrets and backup codes of better-auth's twoFactor plugin, both encrypted with AUTH_SECRET. */
export const twoFactors = pgTable(
  'two_factors',
  {
    id: text('id').primaryKey(),
    secret: text('secret').notNull(),
    backupCodes: text('backup_codes').notNull(),
    userId: ownedByUser(),
    verified: boolean('verified').default(true),
    failedVerificationCount: integer('failed_verification_count').default(0),
    lockedUntil: instant('locked_until'),
  },
  (t) => [index('two_factors_user_idx').on(t.userId), index('two_factors_secret_idx').on(t.secret)],
);

/** Login rate limiting lives in the database so that several app processes share one count. */
export const rateLimits = pgTable('rate_limits', {
  id: text('id').primaryKey(),
  key: text('key').notNull().unique(),
  count: integer('count').notNull(),
  lastRequest: bigint('last_request', { mode: 'number' }).notNull(),
});

export const roleNames = ['isu', 'coordinator', 'focal_point', 'partner'] as const;
export type RoleName = (typeof roleNames)[number];

/** A user's role. A focal point is bound to exactly one State; a partner may be a donor State or an organisation. */
export const userRoles = pgTable(
  'user_roles',
  {
    userId: text('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: roleNames }).notNull(),
    stateIso3: stateRef(),
    organisation: text('organisation'),
    updatedAt: instant('updated_at').notNull(),
  },
  (t) => [
    check('user_roles_focal_point_state', sql`${t.role} <> 'focal_point' or ${t.stateIso3} is not null`),
    check(
      'user_roles_partner_identity',
      sql`${t.role} <> 'partner' or ${t.stateIso3} is not null or ${t.organisation} is not null`,
    ),
  ],
);

/**
 * The office a Coordinator account holds: the ISU links the account to the calendar's record of a
 * thematic Coordinator (a State or a person, an area, a period). The account's thematic scope is
 * read from these records as of a day, never kept a second time here.
 */
export const coordinatorOffices = pgTable(
  'coordinator_offices',
  {
    userId: ownedByUser(),
    officeHolderId: belongsTo('office_holder_id', () => officeHolders.id),
    ...doneBy('linked'),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.officeHolderId] }),
    index('coordinator_offices_office_idx').on(t.officeHolderId),
  ],
);

/** An invitation: the ISU names the person and role; they choose their password through a one-time link. */
export const invitations = pgTable('invitations', {
  id: text('id').primaryKey(),
  email: text('email').notNull(),
  name: text('name').notNull(),
  role: text('role', { enum: roleNames }).notNull(),
  stateIso3: stateRef(),
  organisation: text('organisation'),
  tokenHash: text('token_hash').notNull().unique(),
  expiresAt: instant('expires_at').notNull(),
  acceptedAt: instant('accepted_at'),
  createdBy: text('created_by'),
  createdAt: instant('created_at').notNull(),
});

/** The parts of the JSON API a token may be limited to. */
export const apiAreas = ['states', 'reports', 'cooperation'] as const;
export type ApiArea = (typeof apiAreas)[number];

/** Bearer tokens for scripts. Only a hash is kept; the token is shown once when created. */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: text('id').primaryKey(),
    userId: ownedByUser(),
    name: text('name').notNull(),
    prefix: text('prefix').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    /** Space-separated API areas it may read (states, reports, cooperation), plus `write` if granted. */
    scopes: text('scopes').notNull().default('states reports cooperation'),
    /** Every token expires; the default only dates the rows made before tokens had an expiry. */
    expiresAt: instant('expires_at').notNull().default(sql`now() + interval '90 days'`),
    createdAt: instant('created_at').notNull(),
    lastUsedAt: instant('last_used_at'),
    revokedAt: instant('revoked_at'),
  },
  (t) => [index('api_tokens_user_idx').on(t.userId)],
);

/**
 * Failed sign-ins and refused requests (401/403), for the ISU. Kept apart from the audit trail:
 * nothing changed, and recording them must not bump the data version that caches depend on.
 * Never holds a password or a token.
 */
export const securityEvents = pgTable(
  'security_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: instant('at').notNull(),
    kind: text('kind').notNull(),
    email: text('email'),
    userId: text('user_id'),
    clientAddress: text('client_address'),
    method: text('method'),
    path: text('path'),
    requestId: text('request_id'),
  },
  (t) => [index('security_events_at_idx').on(t.at), index('security_events_email_idx').on(t.email, t.at)],
);
