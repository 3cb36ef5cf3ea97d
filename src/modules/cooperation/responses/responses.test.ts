import { asc, eq } from 'drizzle-orm';
import type { Context } from 'hono';
import { describe, expect, it } from 'vitest';
import { ctxFor, expectPage, makeUser, postForm, signIn, TEST_BASE, testApp } from '../../../../test/app.js';
import { engines, useFreshDatabase } from '../../../../test/db.js';
import type { Db } from '../../../db/client.js';
import { type Actor, anonymous } from '../../../kernel/actor.js';
import { auditEntries } from '../../../kernel/audit/schema.js';
import type { AppEnv } from '../../../kernel/http.js';
import { translator } from '../../../kernel/i18n/index.js';
import { users } from '../../accounts/schema.js';
import { outboxMessages } from '../../outbox/schema.js';
import { insertLedgerEntry } from '../ledger/testing.js';
import { setNeedStatus } from '../needs/index.js';
import { getNeed } from '../needs/queries.js';
import { insertNeed } from '../needs/testing.js';
import { insertOffer } from '../offers/testing.js';
import { assistanceEntries, needResponses, needs } from '../schema.js';
import { commitToNeed } from './commit-to-need.js';
import { confirmDelivery } from './confirm-delivery.js';
import { markDelivered } from './mark-delivered.js';
import { responsesSection } from './need-section.js';
import { RESPONSE_MAIL_PURPOSE } from './notify.js';
import { respondToNeed } from './respond-to-need.js';
import { withdrawResponse } from './withdraw-response.js';

const base = { baseUrl: TEST_BASE };

const addNeed = async (db: Db, over: Partial<typeof needs.$inferInsert> = {}) =>
  (await insertNeed(db, over)).id;

const addOffer = async (db: Db, ownerKey: string, partnerIso3: string | null, organisation: string | null) =>
  (await insertOffer(db, { ownerKey, partnerIso3, organisation })).id;

const addEntry = async (db: Db, over: Partial<typeof assistanceEntries.$inferInsert> = {}) =>
  (await insertLedgerEntry(db, over)).id;

/** The people of the handshake: the recipient State's focal points (one reading French), another State's, partners, the ISU. */
async function world(db: Db) {
  const isu = await makeUser(db, { role: 'isu' });
  const coordinator = await makeUser(db, { role: 'coordinator' });
  const fpLbn = await makeUser(db, { role: 'focal_point', stateIso3: 'LBN' });
  const fpLbnFr = await makeUser(db, { role: 'focal_point', stateIso3: 'LBN' });
  await db.update(users).set({ locale: 'fr' }).where(eq(users.id, fpLbnFr.id!));
  const fpBel = await makeUser(db, { role: 'focal_point', stateIso3: 'BEL' });
  const deu = await makeUser(db, { role: 'partner', stateIso3: 'DEU' });
  const deu2 = await makeUser(db, { role: 'partner', stateIso3: 'DEU' });
  const nor = await makeUser(db, { role: 'partner', stateIso3: 'NOR' });
  const npa = await makeUser(db, { role: 'partner', organisation: 'NPA' });
  const needId = await addNeed(db);
  const deuOffer = await addOffer(db, 'state:DEU', 'DEU', null);
  const norOffer = await addOffer(db, 'state:NOR', 'NOR', null);
  return { isu, coordinator, fpLbn, fpLbnFr, fpBel, deu, deu2, nor, npa, needId, deuOffer, norOffer };
}

/** Everything a refused call must leave as it was. */
async function snapshot(db: Db) {
  return {
    responses: await db.select().from(needResponses).orderBy(asc(needResponses.id)),
    entries: await db.select().from(assistanceEntries).orderBy(asc(assistanceEntries.id)),
    needs: await db.select().from(needs).orderBy(asc(needs.id)),
    outbox: await db.select().from(outboxMessages).orderBy(asc(outboxMessages.id)),
    audit: (await db.select({ id: auditEntries.id }).from(auditEntries)).length,
  };
}

const mails = (db: Db) =>
  db
    .select()
    .from(outboxMessages)
    .where(eq(outboxMessages.purpose, RESPONSE_MAIL_PURPOSE))
    .orderBy(asc(outboxMessages.id));

const responseOf = async (db: Db, id: number) =>
  (await db.select().from(needResponses).where(eq(needResponses.id, id)))[0]!;

/** Brings a response of `partner` to a stage through the verbs. */
async function upTo(db: Db, partner: Actor, needId: number, stage: 'interest' | 'commitment' | 'delivered') {
  const { responseId } = await respondToNeed(ctxFor(db, partner), { needId, ...base });
  if (stage === 'interest') return responseId;
  await commitToNeed(ctxFor(db, partner), { responseId, amount: 250000, currency: 'EUR', ...base });
  if (stage === 'commitment') return responseId;
  await markDelivered(ctxFor(db, partner), { responseId, deliveredOn: '2026-11-01', ...base });
  return responseId;
}

describe.each(engines)('the handshake on a need on %s', (engine) => {
  const database = useFreshDatabase(engine);

  it('interest → commitment → delivered → confirmed creates the ledger entry, meets the need, and tells each side', async () => {
    const { db } = database();
    const w = await world(db);

    const r = await respondToNeed(ctxFor(db, w.deu), {
      needId: w.needId,
      offerId: w.deuOffer,
      note: 'We fund NPA teams',
      ...base,
    });
    expect(r.created).toBe(true);
    let out = await mails(db);
    // The State's two focal points, each in its own language, with a link to the need.
    expect(out.map((m) => m.toAddress).sort()).toEqual([w.fpLbn.email, w.fpLbnFr.email].sort());
    const fr = out.find((m) => m.toAddress === w.fpLbnFr.email)!;
    expect(fr.locale).toBe('fr');
    expect(fr.subject).toBe(
      translator('fr')('responses:mail.interest.subject', { partner: 'Allemagne', state: 'Liban' }),
    );
    // A donor State partner is named in the recipient's language, as the State in need is.
    expect(fr.subject).toContain('Allemagne');
    expect(`${fr.subject} ${fr.body}`).not.toContain('Germany');
    expect(out.find((m) => m.toAddress === w.fpLbn.email)?.subject).toBe(
      'Germany is interested in a need of Lebanon',
    );
    expect(fr.body).toContain(`${TEST_BASE}/cooperation/needs/${w.needId}`);
    expect(fr.body).toContain('We fund NPA teams');
    expect(fr.stateIso3).toBe('LBN');

    // A second click continues the first.
    const again = await respondToNeed(ctxFor(db, w.deu2), { needId: w.needId, ...base });
    expect(again).toMatchObject({ responseId: r.responseId, created: false });
    expect(await db.select().from(needResponses)).toHaveLength(1);
    expect(await mails(db)).toHaveLength(2);

    await commitToNeed(ctxFor(db, w.deu2), {
      responseId: r.responseId,
      amount: '250000',
      currency: 'EUR',
      ...base,
    });
    expect(await responseOf(db, r.responseId)).toMatchObject({
      stage: 'commitment',
      amount: 250000,
      currency: 'EUR',
    });
    out = await mails(db);
    expect(out).toHaveLength(4);
    expect(out.slice(2).find((m) => m.toAddress === w.fpLbn.email)?.body).toContain('Amount: 250,000 EUR.');
    expect(out.slice(2).find((m) => m.toAddress === w.fpLbnFr.email)?.body).toMatch(
      /Montant : 250\s000 EUR\./u,
    );

    await markDelivered(ctxFor(db, w.deu), { responseId: r.responseId, deliveredOn: '2026-11-01', ...base });
    expect(await responseOf(db, r.responseId)).toMatchObject({
      stage: 'delivered',
      deliveredOn: '2026-11-01',
    });
    expect(await mails(db)).toHaveLength(6);

    const confirmed = await confirmDelivery(ctxFor(db, w.fpLbn), {
      responseId: r.responseId,
      needNowIs: 'met',
      ...base,
    });
    expect(confirmed.linked).toBe(false);
    const [entry] = await db.select().from(assistanceEntries);
    expect(entry).toMatchObject({
      id: confirmed.ledgerEntryId,
      origin: 'handshake',
      review: 'confirmed',
      status: 'disbursed',
      providerIso3: 'DEU',
      providerName: 'Germany',
      recipientIso3: 'LBN',
      year: 2026,
      area: 'art4',
      type: 'financial',
      amount: 250000,
      currency: 'EUR',
      inResponseToRequest: true,
      needId: w.needId,
    });
    expect(await responseOf(db, r.responseId)).toMatchObject({
      stage: 'confirmed',
      ledgerEntryId: entry!.id,
      confirmedBy: w.fpLbn.id,
    });
    expect((await db.select().from(needs).where(eq(needs.id, w.needId)))[0]?.status).toBe('met');
    // The partner's people are told, not the State's.
    out = await mails(db);
    expect(
      out
        .slice(6)
        .map((m) => m.toAddress)
        .sort(),
    ).toEqual([w.deu.email, w.deu2.email].sort());
    expect(out.at(-1)?.subject).toBe('Lebanon confirmed your delivery');

    const audit = await db
      .select()
      .from(auditEntries)
      .where(eq(auditEntries.verb, 'cooperation.confirmDelivery'));
    expect(audit.map((a) => `${a.subjectType}:${a.subjectId}`).sort()).toEqual(
      [`assistance_entry:${entry!.id}`, `need_response:${r.responseId}`].sort(),
    );
    // The need's new status is the needs module's verb, audited under its own name.
    const needAudit = await db
      .select()
      .from(auditEntries)
      .where(eq(auditEntries.verb, 'cooperation.setNeedStatus'));
    expect(needAudit.map((a) => `${a.subjectType}:${a.subjectId}`)).toEqual([`need:${w.needId}`]);

    // A met need takes no new responses, in words.
    await expect(respondToNeed(ctxFor(db, w.nor), { needId: w.needId, ...base })).rejects.toMatchObject({
      fieldErrors: { needId: ['responses:errors.needClosed.met'] },
    });
  });

  it('links an existing stored entry instead of creating one, and refuses an entry that does not fit', async () => {
    const { db } = database();
    const w = await world(db);
    const responseId = await upTo(db, w.deu, w.needId, 'delivered');
    const mine = await addEntry(db);
    const otherState = await addEntry(db, { recipientIso3: 'IRQ' });
    const rejected = await addEntry(db, { review: 'rejected' });
    const otherNeed = await addEntry(db, { needId: await addNeed(db) });

    for (const ledgerEntryId of [otherState, rejected, otherNeed, 999999]) {
      const before = await snapshot(db);
      await expect(
        confirmDelivery(ctxFor(db, w.fpLbn), { responseId, needNowIs: 'met', ledgerEntryId, ...base }),
      ).rejects.toMatchObject({ fieldErrors: { ledgerEntryId: ['responses:errors.entryNotLinkable'] } });
      expect(await snapshot(db)).toEqual(before);
    }

    const done = await confirmDelivery(ctxFor(db, w.isu), {
      responseId,
      needNowIs: 'partly_met',
      ledgerEntryId: mine,
      ...base,
    });
    expect(done).toMatchObject({ linked: true, ledgerEntryId: mine });
    const entries = await db.select().from(assistanceEntries).orderBy(asc(assistanceEntries.id));
    expect(entries).toHaveLength(4);
    expect(entries.find((e) => e.id === mine)).toMatchObject({
      needId: w.needId,
      inResponseToRequest: true,
      origin: 'isu',
    });
    expect(await responseOf(db, responseId)).toMatchObject({ stage: 'confirmed', ledgerEntryId: mine });
    expect((await db.select().from(needs).where(eq(needs.id, w.needId)))[0]?.status).toBe('partly_met');

    // A partly met need still takes responses; the linked entry cannot be linked twice.
    const second = await upTo(db, w.nor, w.needId, 'delivered');
    await expect(
      confirmDelivery(ctxFor(db, w.fpLbn), {
        responseId: second,
        needNowIs: 'met',
        ledgerEntryId: mine,
        ...base,
      }),
    ).rejects.toMatchObject({ fieldErrors: { ledgerEntryId: ['responses:errors.entryNotLinkable'] } });
  });

  it('enforces the stage order in words, and a withdrawn response can be started again', async () => {
    const { db } = database();
    const w = await world(db);
    const id = await upTo(db, w.deu, w.needId, 'interest');
    const ctx = ctxFor(db, w.deu);
    const wrong = (step: string) => ({ status: 409, messageKey: `responses:errors.wrongStage.${step}` });

    await expect(
      markDelivered(ctx, { responseId: id, deliveredOn: '2026-11-01', ...base }),
    ).rejects.toMatchObject(wrong('deliver'));
    await expect(
      confirmDelivery(ctxFor(db, w.fpLbn), { responseId: id, needNowIs: 'met', ...base }),
    ).rejects.toMatchObject(wrong('confirm'));
    await commitToNeed(ctx, { responseId: id, ...base });
    expect(await responseOf(db, id)).toMatchObject({ stage: 'commitment', amount: null, currency: null });
    await expect(commitToNeed(ctx, { responseId: id, ...base })).rejects.toMatchObject(wrong('commit'));
    await expect(
      confirmDelivery(ctxFor(db, w.fpLbn), { responseId: id, needNowIs: 'met', ...base }),
    ).rejects.toMatchObject(wrong('confirm'));
    await markDelivered(ctx, { responseId: id, deliveredOn: '2026-11-23', ...base });
    await withdrawResponse(ctx, { responseId: id, ...base });
    expect((await responseOf(db, id)).stage).toBe('withdrawn');
    await expect(withdrawResponse(ctx, { responseId: id, ...base })).rejects.toMatchObject(wrong('withdraw'));
    await expect(commitToNeed(ctx, { responseId: id, ...base })).rejects.toMatchObject(wrong('commit'));

    // Withdrawn is not live: a new response may begin.
    const again = await respondToNeed(ctx, { needId: w.needId, ...base });
    expect(again.created).toBe(true);
    expect(again.responseId).not.toBe(id);

    // A confirmed response cannot be withdrawn.
    const other = await upTo(db, w.nor, w.needId, 'delivered');
    await confirmDelivery(ctxFor(db, w.fpLbn), { responseId: other, needNowIs: 'partly_met', ...base });
    await expect(withdrawResponse(ctxFor(db, w.nor), { responseId: other, ...base })).rejects.toMatchObject(
      wrong('withdraw'),
    );
    await expect(
      confirmDelivery(ctxFor(db, w.fpLbn), { responseId: other, needNowIs: 'met', ...base }),
    ).rejects.toMatchObject(wrong('confirm'));

    // Once its delivery is confirmed, the partner may answer the partly met need again.
    const next = await respondToNeed(ctxFor(db, w.nor), { needId: w.needId, ...base });
    expect(next.created).toBe(true);
    expect(next.responseId).not.toBe(other);
    expect((await responseOf(db, other)).stage).toBe('confirmed');
  });

  it('refuses closed needs and bad values in words, and changes nothing', async () => {
    const { db } = database();
    const w = await world(db);
    const withdrawn = await addNeed(db, { status: 'withdrawn' });
    const lapsed = await addNeed(db, { lastConfirmedOn: '2025-01-01' });
    const live = await upTo(db, w.deu, w.needId, 'interest');
    const before = await snapshot(db);
    const refused = async (p: Promise<unknown>, field: string, key: string) => {
      await expect(p).rejects.toMatchObject({ status: 422, fieldErrors: { [field]: [key] } });
    };
    await refused(
      respondToNeed(ctxFor(db, w.deu), { needId: withdrawn, ...base }),
      'needId',
      'responses:errors.needClosed.withdrawn',
    );
    await refused(
      respondToNeed(ctxFor(db, w.deu), { needId: lapsed, ...base }),
      'needId',
      'responses:errors.needClosed.lapsed',
    );
    await refused(
      respondToNeed(ctxFor(db, w.deu), { needId: w.needId, offerId: w.norOffer, ...base }),
      'offerId',
      'responses:errors.notYourOffer',
    );
    await refused(
      respondToNeed(ctxFor(db, w.isu), { needId: w.needId, ...base }),
      'partnerIso3',
      'responses:errors.partnerNeeded',
    );
    await refused(
      respondToNeed(ctxFor(db, w.isu), { needId: w.needId, partnerIso3: 'LBN', ...base }),
      'partnerIso3',
      'responses:errors.ownNeed',
    );
    await refused(
      commitToNeed(ctxFor(db, w.deu), { responseId: live, amount: '100', ...base }),
      'currency',
      'responses:errors.currencyNeeded',
    );
    await refused(
      commitToNeed(ctxFor(db, w.deu), { responseId: live, amount: '-5', currency: 'EUR', ...base }),
      'amount',
      'responses:errors.amount',
    );
    await refused(
      commitToNeed(ctxFor(db, w.deu), { responseId: live, amount: 'lots', currency: 'EUR', ...base }),
      'amount',
      'responses:errors.amount',
    );
    await refused(
      commitToNeed(ctxFor(db, w.deu), { responseId: live, currency: 'XXX', ...base }),
      'currency',
      'responses:errors.currency',
    );
    // An amount typed as unknown, in any language, is a commitment without an amount: never 0.
    await commitToNeed(ctxFor(db, w.deu), { responseId: live, amount: 'Inconnu', currency: '', ...base });
    expect(await responseOf(db, live)).toMatchObject({ stage: 'commitment', amount: null, currency: null });
    const committed = await snapshot(db);
    await refused(
      markDelivered(ctxFor(db, w.deu), { responseId: live, deliveredOn: '2026-11-24', ...base }),
      'deliveredOn',
      'responses:errors.deliveredInFuture',
    );
    await refused(
      markDelivered(ctxFor(db, w.deu), { responseId: live, deliveredOn: '2026-02-30', ...base }),
      'deliveredOn',
      'errors:date',
    );
    await refused(
      markDelivered(ctxFor(db, w.deu), { responseId: live, deliveredOn: '', ...base }),
      'deliveredOn',
      'errors:required',
    );
    expect(await snapshot(db)).toEqual(committed);
    expect(before.responses[0]?.stage).toBe('interest');
  });

  it('the ISU acts on behalf of a named partner; the partner’s people are told on confirmation', async () => {
    const { db } = database();
    const w = await world(db);
    const { responseId } = await respondToNeed(ctxFor(db, w.isu), {
      needId: w.needId,
      organisation: 'NPA',
      ...base,
    });
    expect(await responseOf(db, responseId)).toMatchObject({
      ownerKey: 'org:NPA',
      organisation: 'NPA',
      partnerIso3: null,
    });
    // The organisation's own people now act on it; another partner does not.
    await commitToNeed(ctxFor(db, w.npa), { responseId, amount: 5000, currency: 'USD', ...base });
    await expect(
      markDelivered(ctxFor(db, w.deu), { responseId, deliveredOn: '2026-11-01', ...base }),
    ).rejects.toMatchObject({ status: 403 });
    await markDelivered(ctxFor(db, w.isu), { responseId, deliveredOn: '2026-10-01', ...base });
    const before = (await mails(db)).length;
    await confirmDelivery(ctxFor(db, w.fpLbnFr), { responseId, needNowIs: 'partly_met', ...base });
    const after = (await mails(db)).slice(before);
    expect(after.map((m) => m.toAddress)).toEqual([w.npa.email]);
    const [entry] = await db.select().from(assistanceEntries);
    expect(entry).toMatchObject({
      providerIso3: null,
      providerName: 'NPA',
      amount: 5000,
      currency: 'USD',
      origin: 'handshake',
    });
  });

  describe('who may not', () => {
    /** A refused call throws the expected status and leaves every table as it was. */
    const refusedUnchanged = async (db: Db, call: () => Promise<unknown>, status: 401 | 403) => {
      const before = await snapshot(db);
      await expect(call()).rejects.toMatchObject({ status });
      expect(await snapshot(db)).toEqual(before);
    };

    it('respondToNeed: anonymous, a Coordinator, focal points (its own State’s and another’s), a partner for another partner', async () => {
      const { db } = database();
      const w = await world(db);
      const call =
        (a: Actor, extra: Record<string, unknown> = {}) =>
        () =>
          respondToNeed(ctxFor(db, a), { needId: w.needId, ...extra, ...base });
      await refusedUnchanged(db, call(anonymous), 401);
      await refusedUnchanged(db, call(w.coordinator), 403);
      await refusedUnchanged(db, call(w.fpLbn), 403);
      await refusedUnchanged(db, call(w.fpBel), 403);
      await refusedUnchanged(db, call(w.nor, { partnerIso3: 'DEU' }), 403);
      await refusedUnchanged(db, call(w.npa, { organisation: 'HALO Trust' }), 403);
      expect(await db.select().from(needResponses)).toHaveLength(0);
    });

    for (const [verb, stage] of [
      ['commitToNeed', 'interest'],
      ['markDelivered', 'commitment'],
      ['withdrawResponse', 'delivered'],
    ] as const) {
      it(`${verb}: another partner (State or organisation), the State’s focal point, another State’s, a Coordinator, anonymous`, async () => {
        const { db } = database();
        const w = await world(db);
        const responseId = await upTo(db, w.deu, w.needId, stage);
        const run = (a: Actor) => () => {
          const ctx = ctxFor(db, a);
          if (verb === 'commitToNeed')
            return commitToNeed(ctx, { responseId, amount: 1, currency: 'EUR', ...base });
          if (verb === 'markDelivered')
            return markDelivered(ctx, { responseId, deliveredOn: '2026-11-01', ...base });
          return withdrawResponse(ctx, { responseId, ...base });
        };
        await refusedUnchanged(db, run(anonymous), 401);
        for (const a of [w.nor, w.npa, w.fpLbn, w.fpBel, w.coordinator])
          await refusedUnchanged(db, run(a), 403);
        // Its own partner (any of its people) may.
        await run(w.deu2)();
        expect((await responseOf(db, responseId)).stage).not.toBe(stage);
      });
    }

    it('confirmDelivery: the focal point of another State never, nor the partner itself, another partner, a Coordinator, anonymous', async () => {
      const { db } = database();
      const w = await world(db);
      const responseId = await upTo(db, w.deu, w.needId, 'delivered');
      const mine = await addEntry(db);
      const run = (a: Actor, ledgerEntryId?: number) => () =>
        confirmDelivery(ctxFor(db, a), { responseId, needNowIs: 'met', ledgerEntryId, ...base });
      await refusedUnchanged(db, run(anonymous), 401);
      await refusedUnchanged(db, run(w.fpBel), 403);
      await refusedUnchanged(db, run(w.fpBel, mine), 403);
      for (const a of [w.deu, w.nor, w.npa, w.coordinator]) await refusedUnchanged(db, run(a), 403);
      await run(w.fpLbn)();
      expect((await responseOf(db, responseId)).stage).toBe('confirmed');
    });
  });

  it('the need section: signed-in people see responses and their own forms; the public only a count', async () => {
    const { db } = database();
    const w = await world(db);
    const responseId = await upTo(db, w.deu, w.needId, 'delivered');
    // Germany's entry, offered by its number: the provider is named from the registry (the UN name).
    const linkable = await addEntry(db, { providerName: 'Linkable provider' });
    const section = responsesSection({ database: database() });
    const need = await getNeed(db, w.needId, '2026-11-23');
    const html = async (actor: Actor) => {
      const vars = { actor, t: translator('en'), locale: 'en' } as Record<string, unknown>;
      const c = { get: (k: string) => vars[k] } as unknown as Context<AppEnv>;
      const el = await section(c, need);
      return el === null ? null : String(await el.toString());
    };

    const fp = (await html(w.fpLbn))!;
    expect(fp).toContain('Germany');
    expect(fp).toContain('Delivered, awaiting confirmation');
    expect(fp).toContain(`action="/cooperation/responses/${responseId}/confirm#errors"`);
    expect(fp).toContain(`No. ${linkable}: Germany, 2026`);
    expect(fp).not.toContain(`/cooperation/responses/${responseId}/withdraw`);

    const other = (await html(w.fpBel))!;
    expect(other).toContain('Germany');
    expect(other).not.toContain('/confirm"');

    const partner = (await html(w.deu))!;
    expect(partner).toContain(`action="/cooperation/responses/${responseId}/withdraw#errors"`);
    expect(partner).not.toContain('/confirm"');
    expect(partner).not.toContain(`action="/cooperation/needs/${w.needId}/responses#errors"`);

    const nor = (await html(w.nor))!;
    expect(nor).toContain(`action="/cooperation/needs/${w.needId}/responses#errors"`);
    expect(nor).toContain('Offer of state:NOR');
    expect(nor).not.toContain('Offer of state:DEU');
    expect(nor).not.toContain(`/cooperation/responses/${responseId}/`);

    expect(await html(anonymous)).toBeNull();
    await confirmDelivery(ctxFor(db, w.fpLbn), { responseId, needNowIs: 'partly_met', ...base });
    const pub = (await html(anonymous))!;
    expect(pub).toContain('The State confirmed 1 delivery');
    expect(pub).not.toContain('Germany');
  });

  it('through the routes: the whole handshake, 422 with values kept, refusals and the responses page', async () => {
    const { db } = database();
    const w = await world(db);
    const app = testApp(database());
    const deu = await signIn(app, w.deu.email);
    const fp = await signIn(app, w.fpLbn.email);
    const bel = await signIn(app, w.fpBel.email);
    const nor = await signIn(app, w.nor.email);

    // Anonymous: sent to sign in, nothing written.
    let before = await snapshot(db);
    let res = await postForm(app, `/cooperation/needs/${w.needId}/responses`, { note: 'x' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toMatch(/^\/sign-in/);
    expect(await snapshot(db)).toEqual(before);

    res = await postForm(
      app,
      `/cooperation/needs/${w.needId}/responses`,
      { offerId: String(w.deuOffer), note: 'Ready' },
      deu,
    );
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/cooperation/needs/${w.needId}#responses`);
    const [row] = await db.select().from(needResponses);
    /** Posts one step of the handshake on this response, as the given person. */
    const step = (action: string, fields: Record<string, string>, cookie: string) =>
      postForm(app, `/cooperation/responses/${row!.id}/${action}`, fields, cookie);
    expect(row).toMatchObject({
      stage: 'interest',
      ownerKey: 'state:DEU',
      offerId: w.deuOffer,
      note: 'Ready',
    });
    // Mail delivery ran after the commit: no SMTP in tests, so the messages stay readable as not sent.
    expect((await mails(db)).map((m) => m.status)).toEqual(['not_configured', 'not_configured']);

    // Bad amount: the form again with the error at its field and what was typed.
    before = await snapshot(db);
    res = await step('commit', { amount: 'lots', currency: 'EUR', note: 'kept' }, deu);
    expect(res.status).toBe(422);
    let page = await res.text();
    expect(page).toContain('Enter a positive amount');
    expect(page).toContain('value="lots"');
    expect(page).toContain('kept');
    expect(page).toMatch(/<option value="EUR" selected/);
    expect(await snapshot(db)).toEqual(before);

    // Another partner may not commit it.
    res = await step('commit', { amount: '1', currency: 'EUR' }, nor);
    expect(res.status).toBe(403);
    expect(await snapshot(db)).toEqual(before);

    res = await step('commit', { amount: '250000', currency: 'EUR' }, deu);
    expect(res.status).toBe(303);
    res = await step('deliver', { deliveredOn: '2027-01-01' }, deu);
    await expectPage(res, 422, ['cannot be in the future']);
    res = await step('deliver', { deliveredOn: '2026-11-20' }, deu);
    expect(res.status).toBe(303);

    // A wrong step is a conflict in words, not a 500.
    res = await step('commit', { amount: '1', currency: 'EUR' }, deu);
    await expectPage(res, 409, ['Only an expressed interest can become a commitment.']);

    page = await (await app.request('/cooperation/responses', { headers: { cookie: fp } })).text();
    expect(page).toContain('Awaiting your confirmation (1)');
    expect(page).toContain('aria-current="page"');
    expect((await app.request('/cooperation/responses')).status).toBe(303);
    expect(
      await (await app.request('/cooperation/responses', { headers: { cookie: bel } })).text(),
    ).toContain('There are no responses to show.');

    // The need page carries the section: the State sees the confirm form, the partner its withdraw button.
    const needPage = await app.request(`/cooperation/needs/${w.needId}`, { headers: { cookie: fp } });
    await expectPage(needPage, 200, [
      'id="responses"',
      `action="/cooperation/responses/${row!.id}/confirm#errors"`,
    ]);
    expect(
      await (await app.request(`/cooperation/needs/${w.needId}`, { headers: { cookie: deu } })).text(),
    ).toContain(`action="/cooperation/responses/${row!.id}/withdraw#errors"`);

    // Another State's focal point can never confirm; a missing choice shows the form again.
    before = await snapshot(db);
    res = await step('confirm', { needNowIs: 'met' }, bel);
    expect(res.status).toBe(403);
    res = await step('confirm', { needNowIs: '' }, fp);
    await expectPage(res, 422, ['partly met or met']);
    res = await postForm(app, `/cooperation/responses/999999/confirm`, { needNowIs: 'met' }, fp);
    expect(res.status).toBe(404);
    expect(await snapshot(db)).toEqual(before);

    res = await step('confirm', { needNowIs: 'met', ledgerEntryId: '' }, fp);
    expect(res.status).toBe(303);
    const [entry] = await db.select().from(assistanceEntries);
    expect(entry).toMatchObject({
      inResponseToRequest: true,
      needId: w.needId,
      origin: 'handshake',
      amount: 250000,
    });
    expect((await db.select().from(needs))[0]?.status).toBe('met');
    expect((await mails(db)).filter((m) => m.toAddress === w.deu.email)).toHaveLength(1);
  });
});

describe.each(engines)('a confirmed delivery and the need it answers, on %s', (engine) => {
  const database = useFreshDatabase(engine);

  it('"partly met" through a delivery reconfirms the need exactly as the same statement made directly', async () => {
    const { db } = database();
    const w = await world(db);
    const direct = await addNeed(db);
    const responseId = await upTo(db, w.deu, w.needId, 'delivered');

    await confirmDelivery(ctxFor(db, w.fpLbn), { responseId, needNowIs: 'partly_met', ...base });
    await setNeedStatus(ctxFor(db, w.fpLbn), { id: direct, status: 'partly_met' });

    const stored = async (id: number) => (await db.select().from(needs).where(eq(needs.id, id)))[0]!;
    expect((await stored(w.needId)).lastConfirmedOn).toBe('2026-11-23');
    expect((await stored(w.needId)).lastConfirmedOn).toBe((await stored(direct)).lastConfirmedOn);
    // Past the old clock (confirmed 2026-06-01) and before the new one runs out: still current.
    expect((await getNeed(db, w.needId, '2027-07-01')).status).toBe('partly_met');
    expect((await getNeed(db, direct, '2027-07-01')).status).toBe('partly_met');

    // The status change is the needs module's own verb, audited by it, in the delivery's transaction.
    const statusAudit = await db
      .select()
      .from(auditEntries)
      .where(eq(auditEntries.verb, 'cooperation.setNeedStatus'))
      .orderBy(asc(auditEntries.id));
    expect(statusAudit.map((a) => a.subjectId)).toEqual([String(w.needId), String(direct)]);
  });

  it('a delivery whose ledger step fails leaves the need as it was (one transaction)', async () => {
    const { db } = database();
    const w = await world(db);
    const responseId = await upTo(db, w.deu, w.needId, 'delivered');
    const before = await snapshot(db);
    // A focal point of another State is refused before anything is written, need included.
    await expect(
      confirmDelivery(ctxFor(db, w.fpBel), { responseId, needNowIs: 'partly_met', ...base }),
    ).rejects.toMatchObject({ status: 403 });
    // A refused link (an entry of another recipient) undoes the need's status change too.
    const otherState = await addEntry(db, { recipientIso3: 'IRQ' });
    const withEntry = await snapshot(db);
    await expect(
      confirmDelivery(ctxFor(db, w.fpLbn), {
        responseId,
        needNowIs: 'partly_met',
        ledgerEntryId: otherState,
        ...base,
      }),
    ).rejects.toMatchObject({ fieldErrors: { ledgerEntryId: ['responses:errors.entryNotLinkable'] } });
    expect(await snapshot(db)).toEqual(withEntry);
    expect(before.needs).toEqual(withEntry.needs);
  });

  it("refuses to link another donor's ledger entry, and links the delivering partner's own", async () => {
    const { db } = database();
    const w = await world(db);
    const responseId = await upTo(db, w.deu, w.needId, 'delivered');
    const norway = await addEntry(db, { providerIso3: 'NOR', providerName: 'Norway' });
    const npa = await addEntry(db, { providerIso3: null, providerName: 'NPA' });
    for (const ledgerEntryId of [norway, npa]) {
      const before = await snapshot(db);
      await expect(
        confirmDelivery(ctxFor(db, w.isu), { responseId, needNowIs: 'met', ledgerEntryId, ...base }),
      ).rejects.toMatchObject({ fieldErrors: { ledgerEntryId: ['responses:errors.entryNotLinkable'] } });
      expect(await snapshot(db)).toEqual(before);
    }
    const germany = await addEntry(db);
    await expect(
      confirmDelivery(ctxFor(db, w.fpLbn), { responseId, needNowIs: 'met', ledgerEntryId: germany, ...base }),
    ).resolves.toMatchObject({ linked: true, ledgerEntryId: germany });

    // An organisation's delivery links only an entry in that organisation's name.
    const other = await addNeed(db);
    const npaResponse = await upTo(db, w.npa, other, 'delivered');
    const norway2 = await addEntry(db, { providerIso3: 'NOR', providerName: 'Norway' });
    await expect(
      confirmDelivery(ctxFor(db, w.fpLbn), {
        responseId: npaResponse,
        needNowIs: 'met',
        ledgerEntryId: norway2,
        ...base,
      }),
    ).rejects.toMatchObject({ fieldErrors: { ledgerEntryId: ['responses:errors.entryNotLinkable'] } });
    await expect(
      confirmDelivery(ctxFor(db, w.fpLbn), {
        responseId: npaResponse,
        needNowIs: 'met',
        ledgerEntryId: npa,
        ...base,
      }),
    ).resolves.toMatchObject({ linked: true, ledgerEntryId: npa });
  });
});
