import { asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  ctxFor,
  expectPage,
  expectSentToSignIn,
  makeUser,
  outcomeAt,
  postForm,
  signedIn,
  signIn,
  TEST_NOW,
  TEST_PASSWORD,
  testApp,
} from '../../../../test/app.js';
import { engines, useFreshDatabase } from '../../../../test/db.js';
import type { Db } from '../../../db/client.js';
import { type Actor, anonymous, systemActor } from '../../../kernel/actor.js';
import { auditEntries } from '../../../kernel/audit/schema.js';
import { createContext } from '../../../kernel/context.js';
import { AppError, ValidationError } from '../../../kernel/errors.js';
import { translator } from '../../../kernel/i18n/index.js';
import { createUser, demoAccounts, findActorForUser } from '../../accounts/index.js';
import { offers } from '../schema.js';
import { createOffer } from './create-offer.js';
import { DEMO_ORGANISATION, demoOffers, ensureDemoOffers } from './demo.js';
import { getOffer, listOffers } from './queries.js';
import { reconfirmOffer } from './reconfirm-offer.js';
import { offerForm as fields } from './testing.js';
import { updateOffer } from './update-offer.js';
import { withdrawOffer } from './withdraw-offer.js';

const TODAY = '2026-11-23';

/** The same offer as a browser posts it: one value per field. */
const formFields: Record<string, string> = {
  ...fields,
  areas: 'art4',
  types: 'financial',
  priorityRegions: 'Asia',
};

let orgSeq = 0;
/** A partner of an organisation whose name has spaces (test/app.ts builds e-mails from it). */
async function orgPartner(db: Db, organisation: string) {
  const email = `org-${++orgSeq}-${Date.now()}@test.local`;
  const { id } = await createUser(createContext(db, systemActor('test')), {
    email,
    name: `Test partner ${orgSeq}`,
    password: TEST_PASSWORD,
    role: 'partner',
    organisation,
  });
  const actor = await findActorForUser(db, id);
  if (!actor) throw new Error('user not created');
  return { ...actor, email };
}

async function snapshot(db: Db) {
  return {
    offers: await db.select().from(offers).orderBy(asc(offers.id)),
    audit: (await db.select({ id: auditEntries.id }).from(auditEntries)).length,
  };
}

/** The verb is refused with 401 or 403 and the tables are as they were. */
async function refused(db: Db, run: () => Promise<unknown>) {
  const before = await snapshot(db);
  const err = await run().then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  expect([401, 403]).toContain((err as AppError).status);
  expect(await snapshot(db)).toEqual(before);
}

const at = (db: Db, actor: Actor, day: string) =>
  createContext(db, actor, { now: new Date(`${day}T10:00:00Z`) });

describe.each(engines)('offers on %s', (engine) => {
  const database = useFreshDatabase(engine);

  async function people(db: Db) {
    return {
      isu: await makeUser(db, { role: 'isu' }),
      deu: await makeUser(db, { role: 'partner', stateIso3: 'DEU' }),
      deu2: await makeUser(db, { role: 'partner', stateIso3: 'DEU' }),
      nor: await makeUser(db, { role: 'partner', stateIso3: 'NOR' }),
      ngo: await orgPartner(db, 'Operator A'),
      ngoB: await orgPartner(db, 'Operator B'),
      lbn: await makeUser(db, { role: 'focal_point', stateIso3: 'LBN' }),
      coordinator: await makeUser(db, { role: 'coordinator' }),
    };
  }

  it('a partner creates offers for itself; the ISU for a named partner; the owner key follows', async () => {
    const { db } = database();
    const p = await people(db);
    const a = await createOffer(ctxFor(db, p.deu), fields);
    const b = await createOffer(ctxFor(db, p.ngo), { ...fields, title: 'Teams' });
    const c = await createOffer(ctxFor(db, p.isu), { ...fields, partnerIso3: 'nor', title: 'For Norway' });
    const d = await createOffer(ctxFor(db, p.isu), { ...fields, organisation: 'Operator C', title: 'For C' });
    const rows = await db.select().from(offers).orderBy(asc(offers.id));
    expect(rows.map((r) => [r.id, r.ownerKey, r.partnerIso3, r.organisation])).toEqual([
      [a.id, 'state:DEU', 'DEU', null],
      [b.id, 'org:Operator A', null, 'Operator A'],
      [c.id, 'state:NOR', 'NOR', null],
      [d.id, 'org:Operator C', null, 'Operator C'],
    ]);
    expect(rows[0]).toMatchObject({
      areas: ['art4'],
      types: ['financial'],
      priorityRegions: ['Asia'],
      priorityStates: ['LBN', 'IRQ'],
      multiYear: true,
      annualAmount: 1_000_000,
      currency: 'EUR',
      status: 'active',
      lastConfirmedOn: TODAY,
      createdBy: p.deu.id,
    });
    const view = await getOffer(db, a.id, TODAY);
    expect(view).toMatchObject({ partnerName: 'Germany', status: 'active', lapsesOn: '2027-11-24' });
    const audit = await db
      .select()
      .from(auditEntries)
      .where(eq(auditEntries.verb, 'cooperation.createOffer'))
      .orderBy(auditEntries.id);
    expect(audit).toHaveLength(4);
    expect(audit[0]).toMatchObject({
      subjectType: 'offer',
      subjectId: String(a.id),
      stateIso3: 'DEU',
      actorId: p.deu.id,
    });
  });

  it('refuses bad input per field, and the ISU must name the partner', async () => {
    const { db } = database();
    const p = await people(db);
    /** The field errors `actor` creating `input` is refused with (a ValidationError). */
    const fieldErrorsOf = async (actor: Actor, input: Record<string, unknown>) => {
      const err = await createOffer(ctxFor(db, actor), input).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ValidationError);
      return (err as ValidationError).fieldErrors;
    };
    const errors = await fieldErrorsOf(p.deu, {
      title: 'x',
      areas: ['art42'],
      types: [],
      priorityRegions: ['Atlantis'],
      priorityStates: 'LBN, ZZZ',
      annualAmount: '-5',
      contact: '',
    });
    expect(Object.keys(errors).sort()).toEqual(
      ['annualAmount', 'areas', 'contact', 'currency', 'title', 'types'].sort(),
    );
    // Places are checked against the registry once the shape is right.
    expect(
      await fieldErrorsOf(p.deu, { ...fields, priorityRegions: ['Atlantis'], priorityStates: 'LBN ZZZ' }),
    ).toEqual({
      priorityRegions: ['offers:errors.priorityRegions'],
      priorityStates: ['offers:errors.priorityStates'],
    });
    expect(await fieldErrorsOf(p.deu, { ...fields, currency: '' })).toEqual({
      currency: ['offers:errors.currencyRequired'],
    });
    expect(await fieldErrorsOf(p.isu, fields)).toEqual({ partnerIso3: ['offers:errors.ownerRequired'] });
    expect(await fieldErrorsOf(p.isu, { ...fields, partnerIso3: 'ZZZ' })).toEqual({
      partnerIso3: ['offers:errors.partnerIso3'],
    });
    expect(await fieldErrorsOf(p.isu, { ...fields, partnerIso3: 'NOR', organisation: 'X Org' })).toEqual({
      organisation: ['offers:errors.oneOwner'],
    });
    expect(await db.select().from(offers)).toEqual([]);
  });

  it('createOffer: focal points, Coordinators, the public, and a partner naming another partner are refused', async () => {
    const { db } = database();
    const p = await people(db);
    await refused(db, () => createOffer(ctxFor(db, p.lbn), fields));
    await refused(db, () => createOffer(ctxFor(db, p.coordinator), fields));
    await refused(db, () => createOffer(ctxFor(db, anonymous), fields));
    await refused(db, () => createOffer(ctxFor(db, p.deu), { ...fields, partnerIso3: 'NOR' }));
    await refused(db, () => createOffer(ctxFor(db, p.ngo), { ...fields, organisation: 'Operator B' }));
    // Naming itself is allowed.
    await createOffer(ctxFor(db, p.ngo), { ...fields, organisation: 'Operator A' });
    expect((await db.select().from(offers)).map((o) => o.ownerKey)).toEqual(['org:Operator A']);
  });

  it('update, reconfirm and withdraw: only the partner itself (any of its people) and the ISU', async () => {
    const { db } = database();
    const p = await people(db);
    const { id } = await createOffer(at(db, p.deu, '2026-01-10'), fields);
    const { id: orgId } = await createOffer(at(db, p.ngo, '2026-01-10'), fields);
    const change = { id, version: 0, ...fields, title: 'Changed title' };
    for (const actor of [p.nor, p.ngo, p.ngoB, p.lbn, p.coordinator, anonymous]) {
      await refused(db, () => updateOffer(ctxFor(db, actor), change));
      await refused(db, () => reconfirmOffer(ctxFor(db, actor), { id }));
      await refused(db, () => withdrawOffer(ctxFor(db, actor), { id }));
    }
    // Another organisation cannot touch Operator A's offer either.
    await refused(db, () => withdrawOffer(ctxFor(db, p.ngoB), { id: orgId }));
    await refused(db, () => withdrawOffer(ctxFor(db, p.deu), { id: orgId }));

    // Another person of the same partner may.
    await updateOffer(ctxFor(db, p.deu2), change);
    let row = await getOffer(db, id, TODAY);
    expect(row).toMatchObject({ title: 'Changed title', lastConfirmedOn: TODAY, ownerKey: 'state:DEU' });
    // The ISU may, on the partner's behalf.
    await reconfirmOffer(at(db, p.isu, '2026-11-24'), { id });
    expect((await getOffer(db, id, TODAY)).lastConfirmedOn).toBe('2026-11-24');
    await withdrawOffer(ctxFor(db, p.deu), { id });
    row = await getOffer(db, id, TODAY);
    expect(row.status).toBe('withdrawn');
    // Withdrawn is final: no edit, no reconfirmation; withdrawing again changes nothing.
    await expect(updateOffer(ctxFor(db, p.deu), change)).rejects.toMatchObject({ status: 409 });
    await expect(reconfirmOffer(ctxFor(db, p.deu), { id })).rejects.toMatchObject({ status: 409 });
    const before = await snapshot(db);
    expect(await withdrawOffer(ctxFor(db, p.deu), { id })).toEqual({ id, changed: false });
    expect(await snapshot(db)).toEqual(before);
    // A missing offer is a 404, for everybody allowed to try.
    await expect(withdrawOffer(ctxFor(db, p.isu), { id: 99999 })).rejects.toMatchObject({ status: 404 });
  });

  it('an offer lapses 12 months after its last confirmation, and reconfirming brings it back', async () => {
    const { db } = database();
    const p = await people(db);
    const { id } = await createOffer(at(db, p.deu, '2025-11-23'), fields);
    expect((await getOffer(db, id, '2026-11-23')).status).toBe('active');
    expect((await getOffer(db, id, '2026-11-24')).status).toBe('lapsed');
    expect((await listOffers(db, '2026-11-24', { status: 'lapsed' })).map((o) => o.id)).toEqual([id]);
    // Nothing is stored for the lapse: the row still says active.
    expect((await db.select().from(offers))[0]?.status).toBe('active');
    await reconfirmOffer(at(db, p.deu, '2026-11-24'), { id });
    expect((await getOffer(db, id, '2026-11-24')).status).toBe('active');
    // Reconfirming twice on one day changes nothing.
    const before = await snapshot(db);
    expect(await reconfirmOffer(at(db, p.deu, '2026-11-24'), { id })).toEqual({ id, changed: false });
    expect(await snapshot(db)).toEqual(before);
  });

  it('the demonstration offers: marked, idempotent, one lapsed, the demo organisation named as its account', async () => {
    const { db } = database();
    const ngoAccount = demoAccounts.find((a) => a.email === 'ngo@demo.ccm.local');
    expect(ngoAccount?.organisation).toBe(DEMO_ORGANISATION);
    expect(await ensureDemoOffers(db, TEST_NOW)).toBe(demoOffers.length);
    expect(await ensureDemoOffers(db, TEST_NOW)).toBe(0);
    const all = await listOffers(db, TODAY);
    expect(all).toHaveLength(demoOffers.length);
    expect(all.every((o) => /demonstration/i.test(o.title) && /demonstration/i.test(o.contact))).toBe(true);
    expect(new Set(all.map((o) => o.ownerKey))).toEqual(
      new Set(['state:DEU', 'state:NOR', `org:${DEMO_ORGANISATION}`]),
    );
    expect(all.filter((o) => o.status === 'lapsed').map((o) => o.ownerKey)).toEqual([
      `org:${DEMO_ORGANISATION}`,
    ]);
    const deu = all.find((o) => o.ownerKey === 'state:DEU');
    expect(deu).toMatchObject({
      areas: ['art4', 'art5'],
      priorityStates: ['LBN', 'IRQ'],
      priorityRegions: ['Asia'],
    });
    // A person of the demo organisation may maintain its demo offers: the owner key is the account's.
    const ngo = await orgPartner(db, DEMO_ORGANISATION);
    const lapsed = all.find((o) => o.status === 'lapsed');
    await reconfirmOffer(ctxFor(db, ngo), { id: lapsed?.id });
    expect((await getOffer(db, lapsed?.id ?? 0, TODAY)).status).toBe('active');
    const audit = await db
      .select()
      .from(auditEntries)
      .where(eq(auditEntries.verb, 'cooperation.createOffer'));
    expect(audit.every((a) => a.actorLabel === 'seed:demo-offers')).toBe(true);
  });
});

describe.each(engines)('offer pages on %s', (engine) => {
  const database = useFreshDatabase(engine);

  /** The app, and an offer a partner of Germany made. */
  const germanOffer = async () => {
    const { db } = database();
    const deu = await makeUser(db, { role: 'partner', stateIso3: 'DEU' });
    const { id } = await createOffer(ctxFor(db, deu), fields);
    return { db, app: testApp(database()), deu, id };
  };

  it('the list and an offer need a signed-in person; the public is sent to sign in', async () => {
    const { db, app, id } = await germanOffer();
    for (const path of ['/cooperation/offers', `/cooperation/offers/${id}`, '/cooperation/offers/new']) {
      expectSentToSignIn(await app.request(path), path);
    }
    const lbn = await makeUser(db, { role: 'focal_point', stateIso3: 'LBN' });
    const cookie = await signIn(app, lbn.email);
    const list = await app.request('/cooperation/offers', { headers: { cookie } });
    expect(list.status).toBe(200);
    const html = await list.text();
    expect(html).toContain(`href="/cooperation/offers/${id}"`);
    expect(html).toContain('Clearance in Western Asia');
    expect(html).not.toContain('href="/cooperation/offers/new"');
    const page = await app.request(`/cooperation/offers/${id}`, { headers: { cookie } });
    expect(page.status).toBe(200);
    const body = await page.text();
    expect(body).toContain('desk@example.org');
    expect(body).not.toContain(`/cooperation/offers/${id}/edit`);
    expect((await app.request('/cooperation/offers/new', { headers: { cookie } })).status).toBe(403);
    expect((await app.request('/cooperation/offers/424242', { headers: { cookie } })).status).toBe(404);
  });

  it("the edit form names a donor State partner in the reader's language", async () => {
    const { app, deu, id } = await germanOffer();
    const cookie = await signIn(app, deu.email);
    const fr = await (
      await app.request(`/cooperation/offers/${id}/edit`, { headers: { cookie: `${cookie}; lang=fr` } })
    ).text();
    expect(fr).toContain(translator('fr')('offers:form.for', { partner: 'Allemagne' }));
    expect(fr).not.toContain(translator('fr')('offers:form.for', { partner: 'Germany' }));
  });

  it("the list orders partners by their names in the reader's language, organisations by their own", async () => {
    const { db } = database();
    const app = testApp(database());
    const p = {
      isu: await makeUser(db, { role: 'isu' }),
      lbn: await makeUser(db, { role: 'focal_point', stateIso3: 'LBN' }),
    };
    await createOffer(ctxFor(db, p.isu), { ...fields, partnerIso3: 'AUT', title: 'Offer of AUT' });
    await createOffer(ctxFor(db, p.isu), { ...fields, partnerIso3: 'DEU', title: 'Offer of DEU' });
    await createOffer(ctxFor(db, p.isu), { ...fields, organisation: 'Bureau', title: 'Offer of Bureau' });
    const titles = (html: string) => [...html.matchAll(/Offer of (AUT|DEU|Bureau)/g)].map((m) => m[1]);
    const cookie = await signIn(app, p.lbn.email);
    // English: Austria, Bureau, Germany; French: Allemagne, Autriche, Bureau.
    expect(titles(await (await app.request('/cooperation/offers', { headers: { cookie } })).text())).toEqual([
      'AUT',
      'Bureau',
      'DEU',
    ]);
    const fr = await (
      await app.request('/cooperation/offers', { headers: { cookie: `${cookie}; lang=fr` } })
    ).text();
    expect(titles(fr)).toEqual(['DEU', 'AUT', 'Bureau']);
    expect(fr).toContain('Allemagne');
    expect((await listOffers(db, TODAY, { locale: 'fr' })).map((o) => o.title)).toEqual([
      'Offer of DEU',
      'Offer of AUT',
      'Offer of Bureau',
    ]);
  });

  it('a partner adds an offer through the form: 422 keeps what was typed, then success', async () => {
    const { db } = database();
    const app = testApp(database());
    const ngo = await orgPartner(db, 'Operator A');
    const cookie = await signIn(app, ngo.email);
    const form = await app.request('/cooperation/offers/new', { headers: { cookie } });
    expect(form.status).toBe(200);
    const blank = await form.text();
    expect(blank).toContain('Operator A');
    expect(blank).not.toContain('name="partnerIso3"');

    const bad = new URLSearchParams({
      title: 'Teams for survey',
      priorityStates: 'LBN, ZZZ',
      annualAmount: 'lots',
      contact: 'x',
    });
    bad.append('areas', 'art4');
    bad.append('areas', 'art3');
    const res = await postForm(app, '/cooperation/offers/new', bad, cookie);
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('value="Teams for survey"');
    expect(html).toContain('value="LBN, ZZZ"');
    expect(html).toContain('value="lots"');
    expect(html).toMatch(/value="art4" checked/);
    expect(html).toMatch(/value="art3" checked/);
    expect(html).not.toMatch(/value="art5" checked/);
    expect(html).toContain('class="error-summary"');
    expect(html).toContain('Tick at least one type of assistance.');
    expect(await db.select().from(offers)).toEqual([]);

    const good = new URLSearchParams({
      title: 'Teams for survey',
      priorityStates: 'lbn',
      contact: 'ops@example.org',
    });
    good.append('areas', 'art4');
    good.append('types', 'technical');
    good.append('priorityRegions', 'Asia');
    const ok = await postForm(app, '/cooperation/offers/new', good, cookie);
    expect(ok.status).toBe(303);
    const [row] = await db.select().from(offers);
    expect(outcomeAt(ok)).toBe(`/cooperation/offers/${row?.id}`);
    expect(row).toMatchObject({
      ownerKey: 'org:Operator A',
      priorityStates: ['LBN'],
      priorityRegions: ['Asia'],
      multiYear: false,
    });
  });

  it('edit, reconfirm and withdraw pages: the owner only; another partner gets 403 and nothing changes', async () => {
    const { db } = database();
    const app = testApp(database());
    const deu = await makeUser(db, { role: 'partner', stateIso3: 'DEU' });
    const nor = await makeUser(db, { role: 'partner', stateIso3: 'NOR' });
    const coordinator = await makeUser(db, { role: 'coordinator' });
    const { id } = await createOffer(at(db, deu, '2026-01-05'), fields);
    const owner = await signIn(app, deu.email);
    const before = await snapshot(db);
    for (const who of [nor, coordinator]) {
      const cookie = await signIn(app, who.email);
      expect((await app.request(`/cooperation/offers/${id}/edit`, { headers: { cookie } })).status).toBe(403);
      expect(
        (await postForm(app, `/cooperation/offers/${id}/edit`, { ...formFields, areas: 'art5' }, cookie))
          .status,
      ).toBe(403);
      expect((await postForm(app, `/cooperation/offers/${id}/reconfirm`, {}, cookie)).status).toBe(403);
      expect((await postForm(app, `/cooperation/offers/${id}/withdraw`, {}, cookie)).status).toBe(403);
    }
    expect((await postForm(app, `/cooperation/offers/${id}/withdraw`, {})).status).toBe(303); // to sign in
    expect(await snapshot(db)).toEqual(before);

    const edit = await app.request(`/cooperation/offers/${id}/edit`, { headers: { cookie: owner } });
    expect(edit.status).toBe(200);
    const editHtml = await edit.text();
    expect(editHtml).toContain('value="LBN, IRQ"');
    expect(editHtml).toMatch(/value="art4" checked/);
    const bad = await postForm(
      app,
      `/cooperation/offers/${id}/edit`,
      { ...formFields, version: '0', title: '' },
      owner,
    );
    await expectPage(bad, 422, ['value="LBN, IRQ"']);
    const ok = await postForm(
      app,
      `/cooperation/offers/${id}/edit`,
      { ...formFields, version: '0', areas: 'art5', title: 'Victim assistance' },
      owner,
    );
    expect(ok.status).toBe(303);
    expect((await getOffer(db, id, TODAY)).areas).toEqual(['art5']);
    expect((await postForm(app, `/cooperation/offers/${id}/reconfirm`, {}, owner)).status).toBe(303);
    expect((await postForm(app, `/cooperation/offers/${id}/withdraw`, {}, owner)).status).toBe(303);
    const page = await (
      await app.request(`/cooperation/offers/${id}`, { headers: { cookie: owner } })
    ).text();
    expect(page).toContain('data-status="withdrawn"');
    expect(page).toContain('data-matching="closed"');
    expect((await app.request(`/cooperation/offers/${id}/edit`, { headers: { cookie: owner } })).status).toBe(
      409,
    );
  });

  it('the ISU records an offer on behalf of an organisation through the form', async () => {
    const { db, app, user: isu, cookie } = await signedIn(database(), { role: 'isu' });
    const form = await (await app.request('/cooperation/offers/new', { headers: { cookie } })).text();
    expect(form).toContain('name="partnerIso3"');
    const missing = await postForm(
      app,
      '/cooperation/offers/new',
      { ...formFields, priorityRegions: '' },
      cookie,
    );
    await expectPage(missing, 422, ['Choose the donor State or write the organisation']);
    const ok = await postForm(
      app,
      '/cooperation/offers/new',
      { ...formFields, priorityRegions: '', organisation: 'Operator Z' },
      cookie,
    );
    expect(ok.status).toBe(303);
    expect((await db.select().from(offers))[0]).toMatchObject({
      ownerKey: 'org:Operator Z',
      createdBy: isu.id,
    });
  });
});
