import { asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  appSignedInAs,
  ctxFor,
  expectPage,
  expectSentToSignIn,
  makeUser,
  outcomeAt,
  postForm,
  rejection,
  signIn,
  TEST_BASE,
} from '../../../../test/app.js';
import { engines, useFreshDatabase } from '../../../../test/db.js';
import { expectRefusedTo } from '../../../../test/refusals.js';
import type { Db } from '../../../db/client.js';
import { outboxMessages } from '../../outbox/schema.js';
import { setWorkingLanguage } from '../../states/index.js';
import { states } from '../../states/schema.js';
import { complianceForYear, lateRows } from './queries.js';
import { sendLateReminders } from './send-late-reminders.js';

const TODAY = '2026-11-23';

/** Focal points for Lebanon (French), Chile (Spanish) and Belgium (no language recorded). */
async function world(db: Db) {
  const isu = await makeUser(db, { role: 'isu' });
  const lbn = await makeUser(db, { role: 'focal_point', stateIso3: 'LBN' });
  const chl = await makeUser(db, { role: 'focal_point', stateIso3: 'CHL' });
  const bel = await makeUser(db, { role: 'focal_point', stateIso3: 'BEL' });
  await setWorkingLanguage(ctxFor(db, isu), { iso3: 'LBN', language: 'fr' });
  await setWorkingLanguage(ctxFor(db, isu), { iso3: 'CHL', language: 'es' });
  return { isu, lbn, chl, bel };
}

const messages = (db: Db) => db.select().from(outboxMessages).orderBy(asc(outboxMessages.id));

describe.each(engines)('reminders to every late State on %s', (engine) => {
  const database = useFreshDatabase(engine);

  /** The world, with the app and the ISU signed in. */
  const isuSignedIn = async () => {
    const w = await world(database().db);
    return { db: database().db, w, ...(await appSignedInAs(database(), w.isu)) };
  };

  it('writes to each late State in its own language, English where unknown, and names those with no one to write to', async () => {
    const { db } = database();
    const w = await world(db);
    const late = lateRows(await complianceForYear(db, 2025, TODAY));
    expect(late.map((r) => r.iso3)).toEqual(expect.arrayContaining(['LBN', 'CHL', 'BEL']));

    const { outcome } = await sendLateReminders(ctxFor(db, w.isu), { year: 2025, baseUrl: TEST_BASE });
    expect(outcome.queued).toBe(3);
    expect(outcome.sent.map((s) => [s.iso3, s.locale, s.languageKnown]).sort()).toEqual([
      ['BEL', 'en', false],
      ['CHL', 'es', true],
      ['LBN', 'fr', true],
    ]);
    expect(outcome.sent.find((s) => s.iso3 === 'LBN')?.recipients).toEqual([
      { name: w.lbn.label, email: w.lbn.email },
    ]);
    // Every other late State has no focal point: named, nothing sent.
    expect(outcome.noRecipient).toHaveLength(late.length - 3);
    expect(outcome.noRecipient.map((s) => s.iso3)).not.toContain('LBN');

    const sent = await messages(db);
    const byState = new Map(sent.map((m) => [m.stateIso3, m]));
    expect(byState.get('LBN')).toMatchObject({ locale: 'fr', toUserId: w.lbn.id, purpose: 'reminder' });
    expect(byState.get('LBN')?.subject).toContain("rapport annuel de transparence portant sur l'année 2025");
    expect(byState.get('CHL')).toMatchObject({ locale: 'es', toUserId: w.chl.id });
    expect(byState.get('CHL')?.body).toContain('30 de abril de 2026');
    expect(byState.get('BEL')).toMatchObject({ locale: 'en', toUserId: w.bel.id });
    expect(byState.get('BEL')?.body).toContain('30 April 2026');
  });

  it('is refused to focal points, partners and anonymous people, and sends nothing', async () => {
    const { db } = database();
    const w = await world(db);
    const partner = await makeUser(db, { role: 'partner', stateIso3: 'DEU' });
    await expectRefusedTo(db, [w.lbn, partner], (ctx) =>
      sendLateReminders(ctx, { year: 2025, baseUrl: TEST_BASE }),
    );
    // Nor may they set a State's language, their own included.
    for (const a of [w.lbn, partner])
      expect(
        (await rejection(setWorkingLanguage(ctxFor(db, a), { iso3: 'LBN', language: 'es' }))).status,
      ).toBe(403);
    expect(await messages(db)).toEqual([]);
    const [lbn] = await db.select().from(states).where(eq(states.iso3, 'LBN'));
    expect(lbn?.workingLanguage).toBe('fr');
  });

  it('the page: one button, the outcome at the top after sending, and each State’s last reminder', async () => {
    const { db, w, app, cookie } = await isuSignedIn();

    const before = await (await app.request('/reports/compliance?year=2025', { headers: { cookie } })).text();
    expect(before).toContain('action="/reports/compliance/reminders/late#errors"');
    expect(before).toContain('<th scope="col">Last reminder</th>');
    expect(before).not.toContain('id="outcome"');

    const res = await postForm(app, '/reports/compliance/reminders/late', { year: '2025' }, cookie);
    expect(res.status).toBe(303);
    const location = res.headers.get('location') ?? '';
    expect(location).toMatch(/^\/reports\/compliance\?year=2025&batch=[0-9a-f-]{36}#outcome$/);
    const page = await (await app.request(location, { headers: { cookie } })).text();
    // The outcome runs from its card to the year form below it (its tables have sections of their own).
    const outcome = page.slice(
      page.indexOf('id="outcome"'),
      page.indexOf('action="/reports/compliance" class="filters"'),
    );
    // At the top: before the year form.
    expect(page.indexOf('id="outcome"')).toBeLessThan(
      page.indexOf('action="/reports/compliance" class="filters"'),
    );
    expect(outcome).toContain('3 messages queued, to 3 State(s).');
    expect(outcome).toContain(`${w.lbn.label} &lt;${w.lbn.email}&gt;`);
    expect(outcome).toMatch(/Belgium<\/a><\/th><td>English \(not known: English\)/);
    expect(outcome).toContain('No focal point registered');
    // The last reminder per State: today for the three, none for the others.
    const row = (iso3: string) =>
      page.slice(
        page.indexOf(`id="annual-${iso3}"`),
        page.indexOf('</tr>', page.indexOf(`id="annual-${iso3}"`)),
      );
    expect(row('LBN')).toContain('<td>23 Nov 2026, 12:00</td>');
    expect(row('LBN')).toContain('<td>Français <a href="/states/LBN/language');
    // The row's own reminder form offers the State's language first.
    expect(row('LBN')).toContain('<option value="fr" selected="">');
    expect(row('AFG')).toContain('None yet');

    // Someone else's batch id shows nothing, a malformed one neither.
    const other = await (
      await app.request('/reports/compliance?year=2025&batch=nope', { headers: { cookie } })
    ).text();
    expect(other).not.toContain('id="outcome"');

    // A focal point may not send them, nor see the button; anonymous people are sent to sign in.
    const fpCookie = await signIn(app, w.lbn.email);
    expect(
      (await postForm(app, '/reports/compliance/reminders/late', { year: '2025' }, fpCookie)).status,
    ).toBe(403);
    const fpPage = await (
      await app.request('/reports/compliance?year=2025', { headers: { cookie: fpCookie } })
    ).text();
    expect(fpPage).not.toContain('/reports/compliance/reminders/late');
    const late = '/reports/compliance/reminders/late';
    expectSentToSignIn(await postForm(app, late, { year: '2025' }), late);
    expect((await messages(db)).length).toBe(3);
  });

  it('the ISU sets a State’s language by a form; a bad value comes back at the field', async () => {
    const { db, w, app, cookie } = await isuSignedIn();
    const form = await app.request('/states/BEL/language?next=%2Freports%2Fcompliance', {
      headers: { cookie },
    });
    expect(form.status).toBe(200);
    const setBelgium = (language: string) =>
      postForm(app, '/states/BEL/language', { language, next: '/reports/compliance' }, cookie);
    await expectPage(await setBelgium('de'), 422, ['Choose English, French or Spanish']);
    const ok = await setBelgium('fr');
    expect(ok.status).toBe(303);
    expect(outcomeAt(ok)).toBe('/reports/compliance');
    const [bel] = await db.select().from(states).where(eq(states.iso3, 'BEL'));
    expect(bel?.workingLanguage).toBe('fr');
    const profile = await (await app.request('/states/BEL', { headers: { cookie } })).text();
    expect(profile).toContain('<dd>Français <a href="/states/BEL/language">Change</a></dd>');
    const fpCookie = await signIn(app, w.lbn.email);
    expect((await postForm(app, '/states/LBN/language', { language: 'es' }, fpCookie)).status).toBe(403);
  });
});
