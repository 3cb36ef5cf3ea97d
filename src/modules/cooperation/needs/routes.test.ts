import { describe, expect, it } from 'vitest';
import {
  expectPage,
  lebanonFocalPoint,
  makeUser,
  outcomeAt,
  postForm,
  signedIn,
  signIn,
  TEST_NOW,
  testApp,
} from '../../../../test/app.js';
import { engines, useFreshDatabase } from '../../../../test/db.js';
import { ensureDemoNeeds } from './demo.js';
import { needForm, needRows } from './testing.js';

const form = { ...needForm, description: 'Clearance of the southern districts', estimatedCost: '250000' };

describe.each(engines)('need pages on %s', (engine) => {
  const database = useFreshDatabase(engine);

  it('the public sees only consented, current needs; signed-in people see all', async () => {
    const { db } = database();
    await ensureDemoNeeds(db, TEST_NOW);
    const app = testApp(database());
    const all = await needRows(db);
    const chl = all.find((n) => n.stateIso3 === 'CHL'); // not public
    const irq = all.find((n) => n.stateIso3 === 'IRQ'); // public but lapsed
    const lao = all.find((n) => n.stateIso3 === 'LAO'); // public and current

    const res = await app.request('/cooperation/needs');
    const html = await expectPage(res, 200, [`data-need="${lao?.id}"`]);
    expect(html).not.toContain(`data-need="${chl?.id}"`);
    expect(html).not.toContain(`data-need="${irq?.id}"`);
    expect(html).toContain('aria-current="page"');
    expect((await app.request(`/cooperation/needs/${chl?.id}`)).status).toBe(404);
    expect((await app.request(`/cooperation/needs/${irq?.id}`)).status).toBe(404);
    const laoPage = await app.request(`/cooperation/needs/${lao?.id}`);
    const laoHtml = await expectPage(laoPage, 200, ['data-missing="nationalContribution"']);
    expect(laoHtml).not.toContain('/reconfirm"'); // no buttons for the public
    const csv = await (await app.request('/cooperation/needs.csv')).text();
    expect(csv).toContain('Xieng Khouang');
    expect(csv).not.toContain('military training');

    const partner = await makeUser(db, { role: 'partner', organisation: 'NPA' });
    const cookie = await signIn(app, partner.email);
    const signed = await (await app.request('/cooperation/needs', { headers: { cookie } })).text();
    for (const n of all) expect(signed).toContain(`data-need="${n.id}"`);
    const lapsedOnly = await (
      await app.request('/cooperation/needs?status=lapsed', { headers: { cookie } })
    ).text();
    expect(lapsedOnly).toContain(`data-need="${irq?.id}"`);
    expect(lapsedOnly).not.toContain(`data-need="${lao?.id}"`);
    const xlsx = await app.request('/cooperation/needs.xlsx?state=LBN', { headers: { cookie } });
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
  });

  it('reads an amount as the language of its form writes it: 1 100 000 in French, 1,100,000 in English', async () => {
    const { db, app, cookie } = await signedIn(database(), lebanonFocalPoint);
    const add = (lang: string, description: string, estimatedCost: string) =>
      postForm(
        app,
        '/cooperation/needs/new',
        { ...form, description, estimatedCost },
        `${cookie}; lang=${lang}`,
      );
    expect((await add('fr', 'Clearance of the northern districts', '1\u202f100\u00a0000')).status).toBe(303);
    expect((await add('en', 'Clearance of the eastern districts', '1,100,000')).status).toBe(303);
    expect((await needRows(db)).map((n) => n.estimatedCost)).toEqual([1_100_000, 1_100_000]);
    // English grouping on a French form is refused at the field, never read as 1.1.
    const mixed = await add('fr', 'Clearance of the western districts', '1,100,000');
    await expectPage(mixed, 422, ['value="1,100,000"', 'par exemple 1 100 000']);
  });

  it('a focal point adds a need for its own State; bad input comes back with 422 and the typed values', async () => {
    const { db, app, cookie } = await signedIn(database(), lebanonFocalPoint);
    const page = await app.request('/cooperation/needs/new', { headers: { cookie } });
    await expectPage(page, 200, ['name="stateIso3" value="LBN"']);

    const bad = await postForm(
      app,
      '/cooperation/needs/new',
      {
        ...form,
        stateIso3: 'CHL',
        estimatedCost: '25O000',
        currency: '',
        description: 'Clearance of the southern districts',
      },
      cookie,
    );
    await expectPage(bad, 422, [
      'value="25O000"',
      'Survey and clearance of 12 areas, 2027</textarea>',
      'Enter an amount in figures',
      'class="error-summary"',
    ]);
    expect(await needRows(db)).toEqual([]);

    const ok = await postForm(app, '/cooperation/needs/new', { ...form, stateIso3: 'CHL' }, cookie);
    expect(ok.status).toBe(303);
    const [created] = await needRows(db);
    expect(created).toMatchObject({ stateIso3: 'LBN', origin: 'direct', estimatedCost: 250000 }); // its own State
    expect(outcomeAt(ok)).toBe(`/cooperation/needs/${created?.id}`);

    const dup = await postForm(app, '/cooperation/needs/new', form, cookie);
    await expectPage(dup, 422, [
      'already has a need with this area and description',
      `href="/cooperation/needs/${created?.id}"`,
    ]);

    // The need's page: actions for its State, edit with a 422 round trip, then the buttons.
    const needPage = await (
      await app.request(`/cooperation/needs/${created?.id}`, { headers: { cookie } })
    ).text();
    expect(needPage).toContain(`/cooperation/needs/${created?.id}/reconfirm`);
    expect(needPage).toContain('data-missing="plan"');
    const badEdit = await postForm(
      app,
      `/cooperation/needs/${created?.id}/edit`,
      { ...form, version: '0', description: '', planReference: 'National plan 2025' },
      cookie,
    );
    await expectPage(badEdit, 422, ['value="National plan 2025"']);
    expect(
      (
        await postForm(
          app,
          `/cooperation/needs/${created?.id}/edit`,
          { ...form, version: '0', planReference: 'Plan' },
          cookie,
        )
      ).status,
    ).toBe(303);
    expect(
      (await postForm(app, `/cooperation/needs/${created?.id}/consent`, { isPublic: 'true' }, cookie)).status,
    ).toBe(303);
    expect(
      (await postForm(app, `/cooperation/needs/${created?.id}/status`, { status: 'met' }, cookie)).status,
    ).toBe(303);
    const [after] = await needRows(db);
    expect(after).toMatchObject({ planReference: 'Plan', isPublic: true, status: 'met' });
    const tooLong = await postForm(
      app,
      `/cooperation/needs/${created?.id}/withdraw`,
      { reason: 'x'.repeat(1001) },
      cookie,
    );
    expect(tooLong.status).toBe(422);
  });

  it('another State, a partner and the public cannot add or change a need through the pages', async () => {
    const { db } = database();
    await ensureDemoNeeds(db, TEST_NOW);
    const lao = (await needRows(db)).find((n) => n.stateIso3 === 'LAO');
    const app = testApp(database());
    const before = await needRows(db);
    const other = await makeUser(db, { role: 'focal_point', stateIso3: 'CHL' });
    const partner = await makeUser(db, { role: 'partner', stateIso3: 'NOR' });
    for (const who of [other, partner]) {
      const cookie = await signIn(app, who.email);
      for (const action of ['reconfirm', 'withdraw', 'consent', 'status', 'edit']) {
        const res = await postForm(
          app,
          `/cooperation/needs/${lao?.id}/${action}`,
          { ...form, status: 'met', isPublic: 'false' },
          cookie,
        );
        expect(res.status, `${action} by ${who.label}`).toBe(403);
      }
    }
    expect(
      (await postForm(app, '/cooperation/needs/new', form, await signIn(app, partner.email))).status,
    ).toBe(403);
    const anon = await postForm(app, `/cooperation/needs/${lao?.id}/reconfirm`, {});
    expect([302, 303, 401]).toContain(anon.status);
    expect(await needRows(db)).toEqual(before);
  });
});
