import { describe, expect, it } from 'vitest';
import {
  expectPage,
  expectSentToSignIn,
  fieldsOf,
  makeUser,
  outcomeAt,
  postForm,
  signedIn,
  signIn,
} from '../../../test/app.js';
import { engines, useFreshDatabase } from '../../../test/db.js';
import { csvRecords, xlsxSheet } from '../../../test/downloads.js';
import { seededApp } from '../../../test/seeded.js';
import { seedCalendar } from '../calendar/index.js';
import { seedGoodPractices } from './seed.js';

const form = {
  area: 'victim_assistance',
  language: 'es',
  'texts.es.title': 'Redes de pares',
  'texts.es.done': 'Sobrevivientes formaron a sobrevivientes.',
  'texts.es.achieved': '',
  states: 'chl',
  partners: '',
  sourceKind: 'document',
  sourceReference: 'CCM/MSP/2023/5',
  sourceTitle: 'Un documento',
  lapAction: '33',
  practiceOn: '2023-05',
};

describe.each(engines)('good practice pages on %s', (engine) => {
  const database = useFreshDatabase(engine);

  it('the public catalogue: search and filters by a GET form, a page per practice in the reader’s language, downloads', async () => {
    const { app } = await seededApp(database(), seedCalendar, seedGoodPractices);

    const list = await expectPage(await app.request('/good-practices'), 200, [
      '5 practices shown',
      '<form method="get" action="/good-practices"',
      'name="q"',
      'href="/good-practices.csv"',
      '<a href="/good-practices" aria-current="page">Good practices</a>',
    ]);
    expect(list).not.toContain('Add a good practice');
    const found = await expectPage(
      await app.request('/good-practices?q=botswana&area=stockpile_destruction'),
      200,
      ['1 practice shown', 'Botswana and Norwegian People’s Aid'],
    );
    expect(found).toContain('href="/good-practices.csv?q=botswana&amp;area=stockpile_destruction"');
    await expectPage(await app.request('/good-practices?action=39&state=nonsense&area=nope'), 200, [
      '1 practice shown',
    ]);

    const id = /href="\/good-practices\/(\d+)" lang="en" dir="auto">Botswana/.exec(found)?.[1];
    const page = await expectPage(await app.request(`/good-practices/${id}`), 200, [
      'Botswana',
      'Norwegian People’s Aid (NPA)',
      '<a href="/meetings/ICA-2018-06-08">ICA-2018-06-08</a>',
      'Action 42',
      '2017-10',
      'Informal Meeting on Enhancing International Cooperation and Assistance',
    ]);
    expect(page).not.toContain('>Edit<');
    // A French reader is told the text is the English original.
    await expectPage(await app.request(`/good-practices/${id}`, { headers: { cookie: 'lang=fr' } }), 200, [
      'elle est affichée en anglais, sa langue originale',
      '<h1 lang="en" dir="auto">',
    ]);
    // An Arabic reader too, the English words keeping their own direction on the right-to-left page.
    await expectPage(await app.request(`/good-practices/${id}`, { headers: { cookie: 'lang=ar' } }), 200, [
      '<html lang="ar" dir="rtl">',
      'ولذلك تُعرض باللغة الإنكليزية، وهي لغتها الأصلية.',
      '<h1 lang="en" dir="auto">',
    ]);
    expect((await app.request('/good-practices/999999')).status).toBe(404);

    const rows = await csvRecords(app.request('/good-practices.csv?area=stockpile_destruction'));
    expect(rows.map((r) => r['Lausanne Action Plan action'])).toEqual(['', '42']);
    expect(rows[1]).toMatchObject({ 'State codes': 'BWA', 'Kind of source': 'Statement at a meeting' });

    expect((await xlsxSheet(app.request('/good-practices.xlsx'))).rowCount).toBe(6);
  });

  it('forms: the ISU adds (422 keeps what was typed), a focal point proposes for its own State only, the public is sent to sign in', async () => {
    const { db } = database();
    const { app, cookie } = await signedIn(database(), { role: 'isu' });

    const bad = await expectPage(
      await postForm(app, '/good-practices/new', { ...form, language: 'fr', lapAction: '99' }, cookie),
      422,
      [
        'Give the title and what was done in the original language.',
        'Give a number from 1 to 50',
        'Redes de pares',
      ],
    );
    expect(fieldsOf(bad, '/good-practices/new')).toMatchObject({ lapAction: '99', states: 'chl' });
    const ok = await postForm(app, '/good-practices/new', form, cookie);
    expect(ok.status).toBe(303);
    const at = outcomeAt(ok);
    const shown = await expectPage(await app.request(at, { headers: { cookie } }), 200, [
      'Redes de pares',
      'Chile',
    ]);
    expect(shown).toContain('Withdraw from the catalogue');

    // The edit form comes back filled; a save publishes; withdrawing takes it out of the catalogue.
    const edit = await expectPage(await app.request(`${at}/edit`, { headers: { cookie } }), 200);
    const fields = fieldsOf(edit, `${at}/edit`);
    expect(fields).toMatchObject({ 'texts.es.title': 'Redes de pares', version: '0', states: 'CHL' });
    expect(
      (
        await postForm(
          app,
          `${at}/edit`,
          { ...fields, 'texts.en.title': 'Peer networks', 'texts.en.done': 'Survivors trained survivors.' },
          cookie,
        )
      ).status,
    ).toBe(303);
    await expectPage(await app.request(at), 200, ['Peer networks']);
    expect((await postForm(app, `${at}/withdraw`, {}, cookie)).status).toBe(303);
    expect((await app.request(at)).status).toBe(404);

    const fp = await makeUser(db, { role: 'focal_point', stateIso3: 'LBN' });
    const fpCookie = await signIn(app, fp.email);
    const blank = await expectPage(
      await app.request('/good-practices/new', { headers: { cookie: fpCookie } }),
      200,
      ['You propose a practice of your own State (LBN)'],
    );
    expect(fieldsOf(blank, '/good-practices/new').states).toBe('LBN');
    expect((await postForm(app, '/good-practices/new', form, fpCookie)).status).toBe(403);
    const proposed = await postForm(app, '/good-practices/new', { ...form, states: 'LBN' }, fpCookie);
    expect(proposed.status).toBe(303);
    const proposedAt = outcomeAt(proposed);
    expect((await app.request(proposedAt)).status).toBe(404);
    expect((await app.request(`${proposedAt}/edit`, { headers: { cookie: fpCookie } })).status).toBe(403);

    const partner = await makeUser(db, { role: 'partner', organisation: 'NPA' });
    expect(
      (await app.request('/good-practices/new', { headers: { cookie: await signIn(app, partner.email) } }))
        .status,
    ).toBe(403);
    expectSentToSignIn(await app.request('/good-practices/new'), '/good-practices/new');
    expectSentToSignIn(await postForm(app, '/good-practices/new', form), '/good-practices/new');
  });
});
