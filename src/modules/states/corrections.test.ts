import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  ctxFor,
  expectPage,
  makeUser,
  postForm,
  signedIn,
  signIn,
  TEST_NOW,
  testApp,
} from '../../../test/app.js';
import { engines, useFreshDatabase } from '../../../test/db.js';
import type { Db } from '../../db/client.js';
import { anonymous } from '../../kernel/actor.js';
import { auditEntries } from '../../kernel/audit/schema.js';
import { isoDay } from '../../kernel/clock.js';
import { ForbiddenError, UnauthenticatedError, ValidationError } from '../../kernel/errors.js';
import { correctObligationEvent } from './correct-obligation-event.js';
import { applyCorrections, type CorrectionRow, type EventRow } from './corrections.js';
import { getStateView } from './queries.js';
import { recordObligationEvent } from './record-obligation-event.js';
import { loadReferenceObligationEvents } from './reference.js';
import { obligationEventCorrections, obligationEvents } from './schema.js';
import { meetingDocuments } from './source-documents.js';

const today = isoDay(TEST_NOW);

async function lebanonArticle4(db: Db) {
  const view = await getStateView(db, 'LBN', today);
  return view.obligations.find((o) => o.article === 4)!;
}
const corrections = async (db: Db) => db.select().from(obligationEventCorrections);

describe('applyCorrections (pure)', () => {
  const fact = (id: number, over: Partial<EventRow> = {}): EventRow => ({
    id,
    obligationId: 1,
    kind: 'extension_decided',
    occurredOn: null,
    meeting: '2RC',
    requestedDeadline: null,
    outcome: 'granted',
    newDeadline: '2026-05-01',
    confirmed: true,
    note: null,
    source: null,
    declaredOn: null,
    documentTitle: null,
    documentSymbol: null,
    documentUrl: null,
    referenceKey: null,
    recordedAt: TEST_NOW,
    recordedBy: null,
    ...over,
  });
  const correction = (id: number, eventId: number, over: Partial<CorrectionRow> = {}): CorrectionRow => ({
    id,
    eventId,
    action: 'withdrawn',
    values: null,
    reason: 'typed twice',
    recordedAt: TEST_NOW,
    recordedBy: 'ISU',
    ...over,
  });

  it('drops a withdrawn fact, replaces a corrected one, and the latest correction counts', () => {
    const events = [fact(1), fact(2), fact(3)];
    const values = { ...fact(2), newDeadline: '2025-05-01' };
    const { effective, byEvent } = applyCorrections(events, [
      correction(11, 1),
      correction(12, 2, { action: 'corrected', values }),
      correction(13, 3),
      // Typed in any order: the correction with the higher id is the later one.
      correction(10, 3, { action: 'corrected', values: { ...fact(3), note: 'earlier' } }),
    ]);
    expect(effective.map((e) => e.id)).toEqual([2]);
    expect(effective[0]?.newDeadline).toBe('2025-05-01');
    expect(byEvent.get(3)?.map((c) => c.id)).toEqual([10, 13]);
    // The facts themselves are untouched.
    expect(events[1]?.newDeadline).toBe('2026-05-01');
  });
});

describe('documents of decisions in the reference data', () => {
  it('every document a fact names is one a stored meeting page lists, at that page', () => {
    const named = loadReferenceObligationEvents().filter((e) => e.documentSymbol);
    expect(named.length).toBeGreaterThanOrEqual(8);
    for (const e of named) {
      const doc = meetingDocuments.find((d) => d.symbol === e.documentSymbol);
      expect(doc, e.documentSymbol ?? '').toBeDefined();
      expect(e).toMatchObject({ documentUrl: doc?.url, meeting: doc?.meeting });
    }
    // Requests whose outcome no stored page gives stay pending: no decision row follows them.
    for (const iso3 of ['AFG', 'CHL', 'LBN', 'MRT', 'SOM', 'DEU', 'LAO']) {
      const facts = loadReferenceObligationEvents().filter((e) => e.iso3 === iso3 && e.article === 4);
      expect(facts.at(-1)?.kind, iso3).toBe('extension_requested');
    }
  });
});

describe.each(engines)('corrections of obligation facts on %s', (engine) => {
  const database = useFreshDatabase(engine);

  it('only the ISU corrects: a focal point, a partner, a Coordinator and anonymous are refused', async () => {
    const { db } = database();
    const request = (await lebanonArticle4(db)).pendingRequest!;
    const input = { iso3: 'LBN', eventId: request.id, action: 'withdrawn', reason: 'recorded by mistake' };
    const actors = [
      await makeUser(db, { role: 'focal_point', stateIso3: 'LBN' }),
      await makeUser(db, { role: 'partner', organisation: 'DonorOrg' }),
      await makeUser(db, { role: 'coordinator' }),
    ];
    for (const actor of actors) {
      const ctx = ctxFor(db, actor);
      await expect(correctObligationEvent(ctx, input)).rejects.toBeInstanceOf(ForbiddenError);
      expect(
        await db.select().from(auditEntries).where(eq(auditEntries.requestId, ctx.requestId)),
      ).toHaveLength(0);
    }
    await expect(correctObligationEvent(ctxFor(db, anonymous), input)).rejects.toBeInstanceOf(
      UnauthenticatedError,
    );
    expect(await corrections(db)).toHaveLength(0);
  });

  it('a withdrawn fact no longer counts but stays in the history and the audit trail, with its reason', async () => {
    const { db } = database();
    const isu = await makeUser(db, { role: 'isu' });
    const before = await lebanonArticle4(db);
    const request = before.pendingRequest!;
    expect(request.meeting).toBe('13MSP');
    const ctx = ctxFor(db, isu);
    await correctObligationEvent(ctx, {
      iso3: 'LBN',
      eventId: request.id,
      action: 'withdrawn',
      reason: 'entered on the wrong State',
    });
    const after = await lebanonArticle4(db);
    expect(after.pendingRequest).toBeNull();
    expect(after.events.some((e) => e.id === request.id)).toBe(false);
    expect(after.withdrawn).toHaveLength(1);
    expect(after.withdrawn[0]).toMatchObject({
      recorded: { id: request.id, meeting: '13MSP' },
      correction: { action: 'withdrawn', reason: 'entered on the wrong State' },
    });
    // The fact itself is untouched.
    const [row] = await db.select().from(obligationEvents).where(eq(obligationEvents.id, request.id));
    expect(row).toMatchObject({ meeting: '13MSP', kind: 'extension_requested' });
    const audit = await db.select().from(auditEntries).where(eq(auditEntries.requestId, ctx.requestId));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      verb: 'states.correctObligationEvent',
      subjectType: 'obligation_event',
      subjectId: String(request.id),
    });
    expect(audit[0]!.before).toMatchObject({ withdrawn: false, obligation: { pendingRequest: true } });
    expect(audit[0]!.after).toMatchObject({
      action: 'withdrawn',
      reason: 'entered on the wrong State',
      obligation: { pendingRequest: false },
    });
    // Withdrawing it twice says so.
    await expect(
      correctObligationEvent(ctxFor(db, isu), {
        iso3: 'LBN',
        eventId: request.id,
        action: 'withdrawn',
        reason: 'again',
      }),
    ).rejects.toBeInstanceOf(ValidationError);
  });

  it('a corrected fact counts with its corrected values; the original stays visible', async () => {
    const { db } = database();
    const isu = await makeUser(db, { role: 'isu' });
    const o = await lebanonArticle4(db);
    const decision = o.events.find((e) => e.kind === 'extension_decided' && e.meeting === '2RC')!;
    expect(o.currentDeadline).toBe('2026-05-01');
    await correctObligationEvent(ctxFor(db, isu), {
      iso3: 'LBN',
      eventId: decision.id,
      action: 'corrected',
      reason: 'the final report gives 1 May 2025',
      outcome: 'granted',
      newDeadline: '2025-05-01',
      meeting: '2RC',
      confirmed: 'yes',
      documentTitle: 'Second Review Conference, final report',
      documentUrl: 'https://www.clusterconvention.org/second-review-conference/',
    });
    const after = await lebanonArticle4(db);
    expect(after.currentDeadline).toBe('2025-05-01');
    const shown = after.events.find((e) => e.id === decision.id);
    expect(shown).toMatchObject({
      newDeadline: '2025-05-01',
      documentTitle: 'Second Review Conference, final report',
    });
    expect(after.corrections[decision.id]?.recorded.newDeadline).toBe('2026-05-01');
    expect(after.corrections[decision.id]?.corrections[0]?.reason).toBe('the final report gives 1 May 2025');
  });

  it('the law applies to the corrected history: impossible refused, flagged needs a note', async () => {
    const { db } = database();
    const isu = await makeUser(db, { role: 'isu' });
    const o = await lebanonArticle4(db);
    const decision = o.events.find((e) => e.kind === 'extension_decided' && e.meeting === '2RC')!;
    const base = {
      iso3: 'LBN',
      eventId: decision.id,
      action: 'corrected',
      reason: 'checking the law',
      outcome: 'granted',
      meeting: '2RC',
    };
    // A fact in the future is impossible.
    const future = await correctObligationEvent(ctxFor(db, isu), {
      ...base,
      newDeadline: '2026-05-01',
      occurredOn: '2099-01-01',
    }).catch((e: unknown) => e);
    expect(future).toBeInstanceOf(ValidationError);
    expect((future as ValidationError).fieldErrors.occurredOn).toEqual(['states:law.inFuture']);
    // Over five years from the deadline in force (Art 4(5)): accepted only with a note.
    const long = await correctObligationEvent(ctxFor(db, isu), { ...base, newDeadline: '2027-05-01' }).catch(
      (e: unknown) => e,
    );
    expect(long).toBeInstanceOf(ValidationError);
    expect((long as ValidationError).fieldErrors.note).toContain('states:law.reasonRequired');
    expect(await corrections(db)).toHaveLength(0);
    await correctObligationEvent(ctxFor(db, isu), {
      ...base,
      newDeadline: '2027-05-01',
      note: 'as the final report records it',
    });
    expect((await lebanonArticle4(db)).currentDeadline).toBe('2027-05-01');
  });

  it('a withdrawal that would make a later fact impossible is refused at the reason', async () => {
    const { db } = database();
    const isu = await makeUser(db, { role: 'isu' });
    // Mauritania: completed, then reopened. Without the completion the reopening is impossible.
    const mrt = (await getStateView(db, 'MRT', today)).obligations.find((o) => o.article === 4)!;
    const completion = mrt.events.find((e) => e.kind === 'completion_declared')!;
    const err = await correctObligationEvent(ctxFor(db, isu), {
      iso3: 'MRT',
      eventId: completion.id,
      action: 'withdrawn',
      reason: 'never declared',
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).fieldErrors.reason).toEqual(['states:errors.correctionBreaksHistory']);
    expect(await corrections(db)).toHaveLength(0);
  });

  it('a new fact is checked against the corrected history', async () => {
    const { db } = database();
    const isu = await makeUser(db, { role: 'isu' });
    const request = (await lebanonArticle4(db)).pendingRequest!;
    await correctObligationEvent(ctxFor(db, isu), {
      iso3: 'LBN',
      eventId: request.id,
      action: 'withdrawn',
      reason: 'entered on the wrong State',
    });
    await recordObligationEvent(ctxFor(db, isu), {
      iso3: 'LBN',
      kind: 'extension_requested',
      article: 4,
      requestedDeadline: '2031-05-01',
      meeting: '14MSP',
      note: 'late request, as submitted',
    });
    const o = await lebanonArticle4(db);
    expect(o.pendingRequest?.meeting).toBe('14MSP');
  });

  it('a completion keeps its date apart from its declaration; decisions carry meeting and document', async () => {
    const { db } = database();
    const bgr = (await getStateView(db, 'BGR', today)).obligations.find((o) => o.article === 3)!;
    expect(bgr).toMatchObject({ status: 'completed', completedOn: '2023-06' });
    expect(bgr.events.find((e) => e.kind === 'completion_declared')).toMatchObject({
      occurredOn: '2023-06',
      declaredOn: '2023-09-12',
      meeting: '11MSP',
    });
    const lbn = await lebanonArticle4(db);
    expect(lbn.pendingRequest).toMatchObject({
      meeting: '13MSP',
      documentSymbol: 'CCM/MSP/2025/5',
      documentUrl: 'https://www.clusterconvention.org/13msp',
    });
    const app = testApp(database());
    const page = await (await app.request('/states/BGR')).text();
    expect(page).toContain('Declared on');
    const lbnPage = await (await app.request('/states/LBN')).text();
    expect(lbnPage).toContain('CCM/MSP/2025/5');
    // A declaration before the completion it declares is refused at its field.
    const isu = await makeUser(db, { role: 'isu' });
    const early = await recordObligationEvent(ctxFor(db, isu), {
      iso3: 'XXX',
      kind: 'completion_declared',
      article: 4,
      occurredOn: '2024-06',
      declaredOn: '2024-05-31',
    }).catch((e: unknown) => e);
    expect(early).toBeInstanceOf(ValidationError);
    expect((early as ValidationError).fieldErrors.declaredOn).toEqual([
      'states:errors.declaredBeforeCompletion',
    ]);
  });

  describe('pages', () => {
    it('the ISU corrects from the State page; a refused save keeps the typed values', async () => {
      const { db } = database();
      const { app, cookie } = await signedIn(database(), { role: 'isu' });
      const request = (await lebanonArticle4(db)).pendingRequest!;
      const href = `/states/LBN/obligations/4/events/${request.id}/correct`;
      const profile = await (await app.request('/states/LBN', { headers: { cookie } })).text();
      expect(profile).toContain(`href="${href}"`);
      // Beside the entry, a form to withdraw it with a reason, and the way to the full correction form.
      expect(profile).toContain(`<form method="post" action="${href}#errors"`);
      expect(profile).toContain('name="action" value="withdrawn"');
      const form = await app.request(href, { headers: { cookie } });
      await expectPage(form, 200, ['value="13MSP"']);
      const refused = await postForm(
        app,
        href,
        { action: 'withdrawn', reason: '', meeting: 'typed 13MSP' },
        cookie,
      );
      expect(refused.status).toBe(422);
      const html = await refused.text();
      expect(html).toContain('Give the reason for the correction');
      expect(html).toContain('value="typed 13MSP"');
      expect(await corrections(db)).toHaveLength(0);
      const saved = await postForm(app, href, { action: 'withdrawn', reason: 'entered twice' }, cookie);
      expect(saved.status).toBe(303);
      const after = await (await app.request('/states/LBN', { headers: { cookie } })).text();
      expect(after).toContain('Withdrawn');
      expect(after).toContain('entered twice');
      expect(
        (await app.request('/states/LBN/obligations/4/events/999999/correct', { headers: { cookie } }))
          .status,
      ).toBe(404);
    });

    it('a focal point, a partner and a Coordinator get 403 on the form and the post', async () => {
      const { db } = database();
      const app = testApp(database());
      const request = (await lebanonArticle4(db)).pendingRequest!;
      const href = `/states/LBN/obligations/4/events/${request.id}/correct`;
      for (const user of [
        await makeUser(db, { role: 'focal_point', stateIso3: 'LBN' }),
        await makeUser(db, { role: 'partner', organisation: 'DonorOrg' }),
        await makeUser(db, { role: 'coordinator' }),
      ]) {
        const cookie = await signIn(app, user.email);
        expect((await app.request(href, { headers: { cookie } })).status).toBe(403);
        const post = await postForm(app, href, { action: 'withdrawn', reason: 'not mine' }, cookie);
        expect(post.status).toBe(403);
        expect(await (await app.request('/states/LBN', { headers: { cookie } })).text()).not.toContain(href);
      }
      expect(await corrections(db)).toHaveLength(0);
    });
  });
});
