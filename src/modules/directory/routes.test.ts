import { describe, expect, it } from 'vitest';
import { expectPage, fieldsOf, makeUser, outcomeAt, postForm, signIn, testApp } from '../../../test/app.js';
import { engines, useFreshDatabase } from '../../../test/db.js';
import { csvRecords } from '../../../test/downloads.js';

const contact = {
  area: 'clearance',
  name: 'Test Contact',
  functionTitle: 'Head of operations',
  organisation: 'Test organisation',
  email: 'contact@example.org',
  phone: '+961 1 000 000',
  languages: 'ar',
  official: 'yes',
};

describe.each(engines)('directory pages on %s', (engine) => {
  const database = useFreshDatabase(engine);

  it('shows "no contact recorded", lets a focal point keep its own State’s entries and shows each reader what it may see', async () => {
    const { db } = database();
    const app = testApp(database());
    await expectPage(await app.request('/directory'), 200, [
      'No contact recorded.',
      '<form method="get" action="/directory"',
      'You see only the contacts States agreed to publish.',
      '<a href="/directory" aria-current="page">Focal points</a>',
    ]);
    const empty = await expectPage(await app.request('/directory/lbn'), 200, [
      'Focal points of Lebanon',
      'Article 7 reporting',
    ]);
    expect(empty.match(/No contact recorded\./g)).toHaveLength(5);
    expect(empty).not.toContain('Add a contact');
    expect((await app.request('/directory/ZZZ')).status).toBe(404);

    const fp = await makeUser(db, { role: 'focal_point', stateIso3: 'LBN' });
    const cookie = await signIn(app, fp.email);
    await expectPage(await app.request('/directory/LBN', { headers: { cookie } }), 200, [
      'href="/directory/LBN/new"',
    ]);
    const bad = await expectPage(
      await postForm(app, '/directory/LBN/new', { ...contact, email: 'nope', name: 'Kept Name' }, cookie),
      422,
      ['Give an e-mail address such as name@example.org', 'value="Kept Name"', 'value="nope"'],
    );
    expect(fieldsOf(bad, '/directory/LBN/new')).toMatchObject({
      languages: 'ar',
      official: 'yes',
      area: 'clearance',
    });
    const added = await postForm(app, '/directory/LBN/new', contact, cookie);
    expect(added.status).toBe(303);
    expect(outcomeAt(added)).toBe('/directory/LBN');
    const own = await expectPage(await app.request('/directory/LBN', { headers: { cookie } }), 200, [
      'Test Contact',
      'mailto:contact@example.org',
      'Arabic',
    ]);
    const id = /\/directory\/entries\/(\d+)\/edit/.exec(own)?.[1];
    expect(id).toBeDefined();

    // Another State's focal point sees the official contact but cannot touch it.
    const other = await makeUser(db, { role: 'focal_point', stateIso3: 'CHL' });
    const otherCookie = await signIn(app, other.email);
    const seen = await expectPage(
      await app.request('/directory/LBN', { headers: { cookie: otherCookie } }),
      200,
      ['Test Contact'],
    );
    expect(seen).not.toContain(`/directory/entries/${id}/edit`);
    expect((await postForm(app, '/directory/LBN/new', contact, otherCookie)).status).toBe(403);
    expect(
      (await app.request(`/directory/entries/${id}/edit`, { headers: { cookie: otherCookie } })).status,
    ).toBe(403);
    expect((await postForm(app, `/directory/entries/${id}/remove`, {}, otherCookie)).status).toBe(403);
    const coordinator = await makeUser(db, { role: 'coordinator', stateIso3: 'DEU' });
    const coordCookie = await signIn(app, coordinator.email);
    await expectPage(await app.request('/directory', { headers: { cookie: coordCookie } }), 200, [
      'Test Contact',
      'You see every contact',
    ]);
    expect((await postForm(app, `/directory/entries/${id}/confirm`, {}, coordCookie)).status).toBe(403);

    // The public sees it only once the State agrees to publish it; the download holds what the reader sees.
    expect(await (await app.request('/directory/LBN')).text()).not.toContain('Test Contact');
    const publicCsv = await csvRecords(app.request('/directory.csv'));
    expect(publicCsv).toEqual([]);
    const form = fieldsOf(
      await (await app.request(`/directory/entries/${id}/edit`, { headers: { cookie } })).text(),
      `/directory/entries/${id}/edit`,
    );
    expect(form).toMatchObject({ name: 'Test Contact', version: '0' });
    expect(
      (await postForm(app, `/directory/entries/${id}/edit`, { ...form, published: 'yes' }, cookie)).status,
    ).toBe(303);
    await expectPage(await app.request('/directory?state=LBN&area=clearance'), 200, [
      'Test Contact',
      '1 contact shown',
    ]);
    const rows = await csvRecords(app.request('/directory.csv?state=LBN'));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      'State code': 'LBN',
      Name: 'Test Contact',
      Published: 'Yes',
      'Languages of work': 'ar',
    });

    expect((await postForm(app, `/directory/entries/${id}/confirm`, {}, cookie)).status).toBe(303);
    expect((await postForm(app, `/directory/entries/${id}/remove`, {}, cookie)).status).toBe(303);
    await expectPage(await app.request('/directory'), 200, ['No contact recorded.']);
    expect((await postForm(app, '/directory/LBN/new', contact)).status).toBe(303);
  });
});
