import { readdirSync, readFileSync } from 'node:fs';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ctxFor, makeUser, TEST_NOW } from '../../../test/app.js';
import { engines, useFreshDatabase } from '../../../test/db.js';
import type { Db } from '../../db/client.js';
import { type Actor, anonymous } from '../../kernel/actor.js';
import { auditEntries } from '../../kernel/audit/schema.js';
import { isoDay } from '../../kernel/clock.js';
import type { ServiceContext } from '../../kernel/context.js';
import {
  type AppError,
  ConflictError,
  ForbiddenError,
  UnauthenticatedError,
  ValidationError,
} from '../../kernel/errors.js';
import { loadCatalogues } from '../../kernel/i18n/index.js';
import { correctStateDates } from './correct-state-dates.js';
import { ccmStatuses, instrumentTypes } from './inputs.js';
import { getStateView, listDeadlines, listStates } from './queries.js';
import { recordObligationEvent } from './record-obligation-event.js';
import { UN_REGIONS } from './reference.js';
import { registerState } from './register-state.js';
import { obligationEvents, obligations, states } from './schema.js';
import { seedReferenceStates } from './seed.js';
import { eventKinds } from './views/event-form.js';
import { stateSorts } from './views/list.js';

const today = isoDay(TEST_NOW);

const newState = (iso3: string) => ({
  iso3,
  name: `Testland ${iso3}`,
  unRegion: 'Europe',
  ccmStatus: 'signatory' as const,
  signatureDate: '2008-12-03',
  provisionalApplicationDate: null,
  instrumentDate: null,
  instrumentType: null,
  withdrawalNotified: null,
  withdrawalEffective: null,
  apmbcStatus: 'state_party' as const,
  apmbcInstrumentDate: null,
  apmbcInstrumentType: null,
  notes: null,
  sources: ['test'],
  obligations: [],
});

/** A correction that changes nothing but needs a reason, so only the permission decides. */
const sameDates = (iso3: string, instrumentDate: string) => ({
  iso3,
  ccmStatus: 'state_party',
  signatureDate: '2008-12-03',
  instrumentDate,
  instrumentType: 'ratification',
  reason: 'checked against the UN Treaty Collection',
});

const decision = (iso3: string, newDeadline = '2031-05-01') => ({
  iso3,
  kind: 'extension_decided',
  article: 4,
  outcome: 'granted',
  newDeadline,
  meeting: '14MSP',
  source: 'CCM/MSP/2026/X',
});

const request = (iso3: string) => ({
  iso3,
  kind: 'extension_requested',
  article: 4,
  requestedDeadline: '2031-05-01',
  meeting: '14MSP',
});

async function auditOf(db: Db, ctx: ServiceContext) {
  return db.select().from(auditEntries).where(eq(auditEntries.requestId, ctx.requestId));
}

/** Runs a write as `actor` and expects it refused with `error`, leaving no audit entry behind. */
async function expectRefused(
  db: Db,
  actor: Actor,
  write: (ctx: ServiceContext) => Promise<unknown>,
  error: abstract new (...args: never[]) => AppError,
) {
  const ctx = ctxFor(db, actor);
  await expect(write(ctx)).rejects.toBeInstanceOf(error);
  expect(await auditOf(db, ctx)).toHaveLength(0);
}

/** `write` refused to each of `actors` (ForbiddenError) and to the public (UnauthenticatedError), auditing nothing. */
async function expectRefusedToAll(
  db: Db,
  actors: readonly Actor[],
  write: (ctx: ServiceContext) => Promise<unknown>,
) {
  for (const actor of actors) await expectRefused(db, actor, write, ForbiddenError);
  await expectRefused(db, anonymous, write, UnauthenticatedError);
}

async function eventCount(db: Db) {
  return (await db.select({ id: obligationEvents.id }).from(obligationEvents)).length;
}

describe.each(engines)('states verbs on %s', (engine) => {
  const database = useFreshDatabase(engine);

  it('the reference data gives the expected facts', async () => {
    const { db } = database();
    const lbn = await getStateView(db, 'LBN', today);
    expect(lbn.ccmStatus).toBe('state_party');
    expect(lbn.entryIntoForce).toBe('2011-05-01');
    expect(lbn.obligations.find((o) => o.article === 4)).toMatchObject({
      originalDeadline: '2021-05-01',
      currentDeadline: '2026-05-01',
      status: 'open',
      extensionsGranted: 1,
    });
    // LBN's 13MSP request has no known outcome: pending, and marked unconfirmed.
    expect(lbn.obligations.find((o) => o.article === 4)?.pendingRequest).toMatchObject({
      meeting: '13MSP',
      confirmed: false,
    });
    const chl = await getStateView(db, 'CHL', today);
    expect(chl.obligations.find((o) => o.article === 4)?.currentDeadline).toBe('2026-06-01');
    expect(chl.obligations.find((o) => o.article === 3)?.status).toBe('completed');
    const nga = await getStateView(db, 'NGA', today);
    expect(nga.entryIntoForce).toBe('2023-08-01');
    expect(nga.initialReportDue).toBe('2024-01-28');
    const ltu = await getStateView(db, 'LTU', today);
    expect(ltu.ccmStatus).toBe('withdrawn');
    expect(ltu.withdrawalEffective).toBe('2025-03-06');
    expect(ltu.openObligations).toBe(0);
    const bih = await getStateView(db, 'BIH', today);
    expect(bih.obligations.find((o) => o.article === 4)).toMatchObject({
      status: 'completed',
      completedOn: '2023',
    });
    const all = await listStates(db, today);
    expect(all).toHaveLength(169);
    expect(all.filter((s) => s.ccmStatus === 'state_party')).toHaveLength(112);
    // Article 5 is ongoing: never a deadline.
    const art5 = all.flatMap((s) => s.obligations).filter((o) => o.article === 5);
    expect(art5.length).toBeGreaterThan(0);
    expect(art5.every((o) => o.currentDeadline === null && !o.timeBound)).toBe(true);
  });

  it('the seed is idempotent: a second run adds no State and no event', async () => {
    const { db } = database();
    const before = await eventCount(db);
    expect(await seedReferenceStates(db)).toEqual({ statesAdded: 0, eventsAdded: 0 });
    expect(await eventCount(db)).toBe(before);
    expect(await db.select({ iso3: states.iso3 }).from(states)).toHaveLength(169);
  });

  it('listDeadlines: open time-bound obligations of States Parties only, most urgent first', async () => {
    const { db } = database();
    const rows = await listDeadlines(db, today);
    expect(rows.length).toBeGreaterThan(5);
    // By days left, to the last day a partial deadline can mean: passed deadlines first (overdue,
    // or with an extension request whose decision is not recorded).
    const days = rows.map((r) => r.obligation.remaining?.days ?? Number.POSITIVE_INFINITY);
    expect([...days].sort((a, b) => a - b)).toEqual(days);
    const passed = rows.map(
      (r) => r.obligation.remaining?.overdue || r.obligation.remaining?.decisionNotRecorded,
    );
    expect(passed.slice(passed.indexOf(false))).not.toContain(true);
    expect(rows.every((r) => r.state.ccmStatus === 'state_party')).toBe(true);
    expect(rows.every((r) => r.obligation.status === 'open' && r.obligation.article !== 5)).toBe(true);
    expect(rows.some((r) => r.state.iso3 === 'LBN' && r.obligation.article === 4)).toBe(true);
    expect(rows.some((r) => r.state.iso3 === 'LTU')).toBe(false);
    expect(rows.some((r) => r.state.iso3 === 'BIH' && r.obligation.article === 4)).toBe(false);
  });

  describe('registerState', () => {
    it('only the ISU registers; focal points, partners and anonymous are refused', async () => {
      const { db } = database();
      const fp = await makeUser(db, { role: 'focal_point', stateIso3: 'LBN' });
      const partner = await makeUser(db, { role: 'partner', organisation: 'DonorOrg' });
      const isu = await makeUser(db, { role: 'isu' });
      // CHL's data (already registered) and a State nobody has registered yet.
      for (const iso3 of ['CHL', 'XAA'])
        await expectRefusedToAll(db, [fp, partner], (ctx) => registerState(ctx, newState(iso3)));
      expect(await db.select().from(states).where(eq(states.iso3, 'XAA'))).toHaveLength(0);

      const ctx = ctxFor(db, isu);
      await registerState(ctx, {
        ...newState('XAA'),
        obligations: [{ article: 5, basis: 'reported_victims', source: null }],
      });
      const view = await getStateView(db, 'XAA', today);
      expect(view).toMatchObject({ name: 'Testland XAA', ccmStatus: 'signatory' });
      expect(view.obligations.map((o) => o.article)).toEqual([5]);
      const audit = await auditOf(db, ctx);
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ verb: 'states.registerState', subjectId: 'XAA', actorId: isu.id });
      expect(audit[0]!.before).toBeNull();
      expect(audit[0]!.after).toMatchObject({ iso3: 'XAA', name: 'Testland XAA' });
    });

    it('refuses a State already registered, and invalid input field by field', async () => {
      const { db } = database();
      const isu = await makeUser(db, { role: 'isu' });
      await expectRefused(db, isu, (ctx) => registerState(ctx, newState('CHL')), ConflictError);
      const err = await registerState(ctxFor(db, isu), { ...newState('xa1'), name: '' }).catch((e) => e);
      expect(err).toBeInstanceOf(ValidationError);
      expect((err as ValidationError).fieldErrors).toMatchObject({
        iso3: ['errors:iso3'],
        name: ['errors:required'],
      });
    });
  });

  describe('correctStateDates', () => {
    it('only the ISU corrects: a focal point cannot, even for its own State', async () => {
      const { db } = database();
      const fp = await makeUser(db, { role: 'focal_point', stateIso3: 'LBN' });
      const partner = await makeUser(db, { role: 'partner', stateIso3: 'DEU' });
      for (const correction of [sameDates('CHL', '2010-12-16'), sameDates('LBN', '2010-11-05')])
        await expectRefusedToAll(db, [fp, partner], (ctx) => correctStateDates(ctx, correction));
      const lbn = await getStateView(db, 'LBN', today);
      expect(lbn.instrumentDate).toBe('2010-11-05');
    });

    it('a corrected instrument date moves entry into force and every deadline, with one audit entry', async () => {
      const { db } = database();
      const isu = await makeUser(db, { role: 'isu' });
      const before = await getStateView(db, 'LBN', today);
      const ctx = ctxFor(db, isu);
      await correctStateDates(ctx, { ...sameDates('LBN', '2011-01-10'), reason: 'deposit date misread' });
      const after = await getStateView(db, 'LBN', today);
      expect(after.entryIntoForce).toBe('2011-07-01');
      expect(after.initialReportDue).toBe('2011-12-28');
      const art4 = after.obligations.find((o) => o.article === 4)!;
      expect(art4.originalDeadline).toBe('2021-07-01');
      // The granted extension still stands: a corrected EIF moves the original deadline, not a decision.
      expect(art4.currentDeadline).toBe('2026-05-01');
      const audit = await auditOf(db, ctx);
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({
        verb: 'states.correctStateDates',
        subjectId: 'LBN',
        stateIso3: 'LBN',
      });
      expect(audit[0]!.before).toMatchObject({ instrumentDate: before.instrumentDate });
      expect(audit[0]!.after).toMatchObject({ instrumentDate: '2011-01-10', reason: 'deposit date misread' });
    });

    it('a signatory corrected into a State Party gets its initial report obligation', async () => {
      const { db } = database();
      const isu = await makeUser(db, { role: 'isu' });
      const [sig] = await db.select().from(states).where(eq(states.ccmStatus, 'signatory')).limit(1);
      const iso3 = sig!.iso3;
      const ctx = ctxFor(db, isu);
      await correctStateDates(ctx, {
        iso3,
        ccmStatus: 'state_party',
        signatureDate: sig!.signatureDate ?? undefined,
        instrumentDate: '2026-02-10',
        instrumentType: 'ratification',
        reason: 'instrument deposited',
      });
      const view = await getStateView(db, iso3, today);
      expect(view.entryIntoForce).toBe('2026-08-01');
      expect(view.obligations.find((o) => o.article === 7)).toMatchObject({
        currentDeadline: '2027-01-28',
        status: 'open',
      });
      const audit = await auditOf(db, ctx);
      expect(audit).toHaveLength(1);
      expect(audit[0]!.after).toMatchObject({ obligationsAdded: [7] });
      // A second correction does not add it twice.
      await correctStateDates(ctxFor(db, isu), {
        iso3,
        ccmStatus: 'state_party',
        instrumentDate: '2026-02-11',
        instrumentType: 'ratification',
        reason: 'day corrected',
      });
      const art7 = await db
        .select()
        .from(obligations)
        .where(and(eq(obligations.stateIso3, iso3), eq(obligations.article, 7)));
      expect(art7).toHaveLength(1);
    });

    it('invalid input is refused with an error at each field', async () => {
      const { db } = database();
      const isu = await makeUser(db, { role: 'isu' });
      const ctx = ctxFor(db, isu);
      const err = await correctStateDates(ctx, {
        iso3: 'LBN',
        ccmStatus: 'withdrawn',
        instrumentDate: '2011-02-30',
        reason: '',
      }).catch((e) => e);
      expect(err).toBeInstanceOf(ValidationError);
      const fields = (err as ValidationError).fieldErrors;
      expect(fields.instrumentDate).toContain('errors:date');
      expect(fields.reason).toEqual(['states:errors.reasonRequired']);
      expect(await auditOf(db, ctx)).toHaveLength(0);
      const err2 = await correctStateDates(ctx, {
        iso3: 'LBN',
        ccmStatus: 'withdrawn',
        instrumentDate: '2011-02-03',
        reason: 'test',
      }).catch((e) => e);
      expect((err2 as ValidationError).fieldErrors).toMatchObject({
        instrumentType: ['states:errors.instrumentTypeRequired'],
        withdrawalEffective: ['states:errors.withdrawalRequired'],
      });
    });
  });

  describe('recordObligationEvent', () => {
    it("a focal point records its own State's extension request, never another's, never a decision", async () => {
      const { db } = database();
      const fp = await makeUser(db, { role: 'focal_point', stateIso3: 'LBN' });
      const partner = await makeUser(db, { role: 'partner', organisation: 'DonorOrg' });
      const coordinator = await makeUser(db, { role: 'coordinator' });
      const events = await eventCount(db);
      for (const event of [
        request('CHL'),
        decision('CHL'),
        decision('LBN'),
        { iso3: 'LBN', kind: 'completion_declared', article: 4 },
      ])
        await expectRefusedToAll(db, [fp], (ctx) => recordObligationEvent(ctx, event));
      for (const event of [request('LBN'), decision('LBN')])
        await expectRefusedToAll(db, [partner, coordinator], (ctx) => recordObligationEvent(ctx, event));
      expect(await eventCount(db)).toBe(events);

      const ctx = ctxFor(db, fp);
      await recordObligationEvent(ctx, request('LBN'));
      expect(await eventCount(db)).toBe(events + 1);
      const art4 = (await getStateView(db, 'LBN', today)).obligations.find((o) => o.article === 4)!;
      expect(art4.pendingRequest).toMatchObject({
        requestedDeadline: '2031-05-01',
        meeting: '14MSP',
        confirmed: true,
      });
      const audit = await auditOf(db, ctx);
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({
        verb: 'states.recordObligationEvent',
        stateIso3: 'LBN',
        actorId: fp.id,
      });
      expect(audit[0]!.before).toMatchObject({
        obligation: { currentDeadline: '2026-05-01', pendingRequest: true },
      });
      expect(audit[0]!.after).toMatchObject({
        kind: 'extension_requested',
        article: 4,
        obligation: { currentDeadline: '2026-05-01', pendingRequest: true },
      });
    });

    it('the ISU records a granted decision: the current deadline moves, the request is no longer pending', async () => {
      const { db } = database();
      const isu = await makeUser(db, { role: 'isu' });
      const ctx = ctxFor(db, isu);
      await recordObligationEvent(ctx, decision('LBN'));
      const lbn = await getStateView(db, 'LBN', today);
      const art4 = lbn.obligations.find((o) => o.article === 4)!;
      expect(art4).toMatchObject({
        currentDeadline: '2031-05-01',
        currentDeadlineConfirmed: true,
        pendingRequest: null,
        extensionsGranted: 2,
      });
      expect(lbn.nextDeadline).toBe('2031-05-01');
      const audit = await auditOf(db, ctx);
      expect(audit).toHaveLength(1);
      expect(audit[0]!.before).toMatchObject({ obligation: { currentDeadline: '2026-05-01' } });
      expect(audit[0]!.after).toMatchObject({
        outcome: 'granted',
        obligation: { currentDeadline: '2031-05-01' },
      });
      const rows = await listDeadlines(db, today);
      expect(
        rows.find((r) => r.state.iso3 === 'LBN' && r.obligation.article === 4)?.obligation.currentDeadline,
      ).toBe('2031-05-01');
    });

    it('completion and reopening change the status; a refusal keeps the deadline', async () => {
      const { db } = database();
      const isu = await makeUser(db, { role: 'isu' });
      await recordObligationEvent(ctxFor(db, isu), {
        ...decision('CHL'),
        outcome: 'refused',
        newDeadline: '',
      });
      let art4 = (await getStateView(db, 'CHL', today)).obligations.find((o) => o.article === 4)!;
      expect(art4).toMatchObject({ currentDeadline: '2026-06-01', pendingRequest: null });
      await recordObligationEvent(ctxFor(db, isu), {
        iso3: 'CHL',
        kind: 'completion_declared',
        article: 4,
        occurredOn: '2026-09',
        // After the deadline in force: the law now asks for a reason (law.test.ts).
        note: 'completion declared after the deadline',
      });
      art4 = (await getStateView(db, 'CHL', today)).obligations.find((o) => o.article === 4)!;
      expect(art4).toMatchObject({ status: 'completed', completedOn: '2026-09', remaining: null });
      await recordObligationEvent(ctxFor(db, isu), {
        iso3: 'CHL',
        kind: 'obligation_reopened',
        article: 4,
        newDeadline: '2036',
        confirmed: 'no',
      });
      art4 = (await getStateView(db, 'CHL', today)).obligations.find((o) => o.article === 4)!;
      expect(art4).toMatchObject({
        status: 'open',
        currentDeadline: '2036',
        currentDeadlineConfirmed: false,
      });
    });

    it('invalid input is refused with an error at each field, and nothing is written', async () => {
      const { db } = database();
      const isu = await makeUser(db, { role: 'isu' });
      const events = await eventCount(db);
      const ctx = ctxFor(db, isu);
      const missing = await recordObligationEvent(ctx, { ...decision('LBN'), newDeadline: '' }).catch(
        (e) => e,
      );
      expect(missing).toBeInstanceOf(ValidationError);
      expect((missing as ValidationError).fieldErrors).toEqual({
        newDeadline: ['states:errors.newDeadlineRequired'],
      });
      const bad = await recordObligationEvent(ctx, {
        ...decision('LBN'),
        outcome: 'maybe',
        newDeadline: '2031-02-30',
        meeting: 'x'.repeat(41),
      }).catch((e) => e);
      expect((bad as ValidationError).fieldErrors).toMatchObject({
        outcome: ['states:errors.outcome'],
        newDeadline: ['errors:partialDate'],
        meeting: ['errors:tooLong'],
      });
      const wrongArticle = await recordObligationEvent(ctx, { ...request('LBN'), article: 5 }).catch(
        (e) => e,
      );
      expect((wrongArticle as ValidationError).fieldErrors.article).toEqual(['states:errors.article']);
      // LBN reported no stockpiles: there is no Article 3 obligation to extend.
      const none = await recordObligationEvent(ctx, { ...request('LBN'), article: 3 }).catch((e) => e);
      expect((none as ValidationError).fieldErrors).toEqual({ article: ['states:errors.noSuchObligation'] });
      expect(await eventCount(db)).toBe(events);
      expect(await auditOf(db, ctx)).toHaveLength(0);
    });
  });
});

describe('the states catalogue', () => {
  const en = loadCatalogues().en;
  /** A key exists as written, or as the plural forms i18next looks up for it. */
  const has = (key: string) => {
    const [ns, path] = key.split(':') as [string, string];
    const lookup = (p: string) =>
      p
        .split('.')
        .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], en[ns]);
    // A prefix ('states:status.', which a vocabulary's words complete) must name a group of keys.
    if (path.endsWith('.')) return typeof lookup(path.slice(0, -1)) === 'object';
    return typeof lookup(path) === 'string' || typeof lookup(`${path}_other`) === 'string';
  };

  it('has every key written literally in the module (verbs, inputs, routes, views)', () => {
    const dir = new URL('.', import.meta.url);
    const files = [
      ...readdirSync(dir).filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.test.ts')),
      ...readdirSync(new URL('views/', dir)).map((f) => `views/${f}`),
    ];
    const keys = new Set<string>();
    for (const f of files) {
      const text = readFileSync(new URL(f, dir), 'utf8');
      for (const m of text.matchAll(/'((?:states|errors|common):[\w.]+)'/g)) keys.add(m[1]!);
    }
    expect(keys.size).toBeGreaterThan(50);
    expect([...keys].filter((k) => !has(k))).toEqual([]);
  });

  it('has every key the module builds from a value', () => {
    const keys = [
      ...ccmStatuses.map((s) => `states:status.${s}`),
      ...['state_party', 'not_party', 'withdrawn'].map((s) => `states:apmbcStatus.${s}`),
      ...instrumentTypes.map((s) => `states:instrumentType.${s}`),
      ...UN_REGIONS.map((r) => `states:region.${r}`),
      ...[3, 4, 5, 7].flatMap((a) => [`states:articles.${a}.title`, `states:articles.${a}.short`]),
      ...['reported_stockpiles', 'reported_contamination', 'reported_victims', 'state_party'].map(
        (b) => `states:basis.${b}`,
      ),
      'states:notes.initial_report_by_census',
      ...['granted', 'granted_shorter', 'refused'].map((o) => `states:outcome.${o}`),
      ...eventKinds.flatMap((k) => [
        `states:kind.${k}`,
        `states:actions.${k}`,
        `states:eventForm.title.${k}`,
        `states:eventForm.help.${k}`,
        `states:eventForm.occurredOn.${k}`,
        `states:flash.recorded.${k}`,
      ]),
      ...stateSorts.map((s) => `states:list.sortBy.${s}`),
      'states:date.monthOnly',
      'states:date.yearOnly',
      ...['signatureDate', 'instrumentDate', 'withdrawalNotified', 'withdrawalEffective'].map(
        (f) => `states:edit.${f}`,
      ),
      ...['documentTitle', 'documentSymbol', 'documentUrl'].flatMap((f) => [
        `states:eventForm.${f}`,
        `states:eventForm.${f}Hint`,
      ]),
      ...['corrected', 'withdrawn'].flatMap((a) => [
        `states:correction.actions.${a}`,
        `states:flash.correction.${a}`,
      ]),
    ];
    expect(keys.filter((k) => !has(k))).toEqual([]);
  });
});
