import { describe, expect, it } from 'vitest';
import { ctxFor, makeUser, rejection } from '../../../test/app.js';
import { engines, useFreshDatabase } from '../../../test/db.js';
import { expectRefusedTo } from '../../../test/refusals.js';
import type { Db } from '../../db/client.js';
import { anonymous } from '../../kernel/actor.js';
import { seedCalendar } from '../calendar/index.js';
import { createPractice } from './create-practice.js';
import { getPractice, listPractices, textFor } from './queries.js';
import { referencePractices } from './reference.js';
import { seedGoodPractices } from './seed.js';
import { updatePractice } from './update-practice.js';
import { withdrawPractice } from './withdraw-practice.js';

const practice = (over: Record<string, unknown> = {}) => ({
  area: 'victim_assistance',
  language: 'en',
  texts: { en: { title: 'Peer support networks', done: 'Survivors trained survivors.', achieved: '' } },
  states: 'LBN',
  partners: 'ICRC; Handicap International',
  sourceKind: 'document',
  sourceReference: 'CCM/MSP/2023/5 §12',
  sourceTitle: 'A document with a symbol',
  lapAction: '33',
  practiceOn: '2023',
  ...over,
});

/** Who the permission tests act as: the ISU, a Coordinator, Lebanon's and Chile's focal points, a partner. */
async function people(db: Db) {
  const [isu, coordinator, fpLbn, fpChl, partner] = await Promise.all([
    makeUser(db, { role: 'isu' }),
    makeUser(db, { role: 'coordinator', stateIso3: 'DEU' }),
    makeUser(db, { role: 'focal_point', stateIso3: 'LBN' }),
    makeUser(db, { role: 'focal_point', stateIso3: 'CHL' }),
    makeUser(db, { role: 'partner', organisation: 'NPA' }),
  ]);
  return { isu, coordinator, fpLbn, fpChl, partner };
}

describe.each(engines)('good practices on %s', (engine) => {
  const database = useFreshDatabase(engine);

  it('loads the practices the seeds name, with their sources, once', async () => {
    const { db } = database();
    await seedCalendar(db);
    expect(await seedGoodPractices(db)).toEqual({ practicesAdded: referencePractices.length });
    expect(await seedGoodPractices(db)).toEqual({ practicesAdded: 0 });
    const rows = await listPractices(db, anonymous);
    expect(rows.map((p) => p.texts.en?.title)).toEqual([
      'Multi-year support agreements',
      'Cooperation partnerships between donor and affected States',
      'South–south and triangular cooperation',
      'Low-cost, low-tech stockpile destruction',
      'Botswana and Norwegian People’s Aid: stockpile destruction partnership',
    ]);
    for (const p of rows) {
      expect(p.status).toBe('published');
      expect(p.seeded).toBe(true);
      expect(p.source.reference).toMatch(/seed 00[23]|ICA-2018-06-08/);
    }
    const botswana = rows.at(-1)!;
    expect(botswana).toMatchObject({
      states: [{ iso3: 'BWA', name: 'Botswana' }],
      source: { kind: 'meeting_statement', reference: 'ICA-2018-06-08' },
      lapAction: 42,
      practiceOn: '2017-10',
    });
    // Where the document only recommends, nothing is claimed as achieved.
    expect(rows[0]?.texts.en?.achieved).toBeNull();
    expect(rows[3]?.lapAction).toBeNull();
  });

  it('finds practices by words in any language without accents, and by area, State and action', async () => {
    const { db } = database();
    await seedCalendar(db);
    await seedGoodPractices(db);
    const isu = await makeUser(db, { role: 'isu' });
    await createPractice(ctxFor(db, isu), {
      ...practice({
        language: 'fr',
        texts: {
          fr: { title: 'Réseaux de pairs', done: 'Des survivants ont formé des survivants.', achieved: '' },
          es: { title: 'Redes de pares', done: 'Sobrevivientes formaron a sobrevivientes.', achieved: '' },
        },
      }),
    });
    const titles = async (f: Parameters<typeof listPractices>[2]) =>
      (await listPractices(db, anonymous, f)).map((p) => textFor(p, 'en').title);
    expect(await titles({ q: 'norwegian AID' })).toEqual([
      'Botswana and Norwegian People’s Aid: stockpile destruction partnership',
    ]);
    expect(await titles({ q: 'reseaux pares' })).toEqual(['Réseaux de pairs']);
    expect(await titles({ q: 'sobrevivientes' })).toEqual(['Réseaux de pairs']);
    expect(await titles({ area: 'stockpile_destruction' })).toHaveLength(2);
    expect(await titles({ state: 'BWA' })).toHaveLength(1);
    expect(await titles({ action: 3 })).toHaveLength(2);
    expect(await titles({ q: 'botswana', action: 3 })).toEqual([]);

    const [peer] = await listPractices(db, anonymous, { q: 'pairs' });
    // The reader's language when the practice has it, else the original, marked as such.
    expect(textFor(peer!, 'es')).toMatchObject({ title: 'Redes de pares', lang: 'es', original: false });
    expect(textFor(peer!, 'en')).toMatchObject({ title: 'Réseaux de pairs', lang: 'fr', original: true });
  });

  it('createPractice: the ISU and Coordinators publish; a focal point proposes for its own State only; others are refused', async () => {
    const { db } = database();
    const { isu, coordinator, fpLbn, fpChl, partner } = await people(db);
    expect(await createPractice(ctxFor(db, isu), practice())).toMatchObject({ status: 'published' });
    expect(await createPractice(ctxFor(db, coordinator), practice({ states: '' }))).toMatchObject({
      status: 'published',
    });
    const proposed = await createPractice(ctxFor(db, fpLbn), practice());
    expect(proposed.status).toBe('proposed');

    await expectRefusedTo(db, [fpChl, partner], (ctx) => createPractice(ctx, practice()));
    expect(
      (await rejection(createPractice(ctxFor(db, fpLbn), practice({ states: 'LBN, CHL' })))).status,
    ).toBe(403);
    expect((await rejection(createPractice(ctxFor(db, fpLbn), practice({ states: '' })))).status).toBe(403);

    // A proposal is not public: its State's focal points and the ISU see it, another State's do not.
    expect((await listPractices(db, anonymous)).map((p) => p.id)).not.toContain(proposed.id);
    expect((await getPractice(db, fpLbn, proposed.id)).status).toBe('proposed');
    expect((await getPractice(db, isu, proposed.id)).status).toBe('proposed');
    expect((await rejection(getPractice(db, fpChl, proposed.id))).status).toBe(404);
    expect((await rejection(getPractice(db, anonymous, proposed.id))).status).toBe(404);
  });

  it('createPractice refuses bad input at its fields: the original text, unknown States and meetings', async () => {
    const { db } = database();
    const isu = await makeUser(db, { role: 'isu' });
    const ctx = ctxFor(db, isu);
    const noOriginal = await rejection(createPractice(ctx, practice({ language: 'fr' })));
    expect(noOriginal).toMatchObject({
      status: 422,
      fieldErrors: { 'texts.fr.title': ['practices:errors.original'] },
    });
    const unknown = await rejection(
      createPractice(
        ctx,
        practice({ states: 'ZZZ', sourceKind: 'meeting_statement', sourceReference: 'NOPE' }),
      ),
    );
    expect(unknown).toMatchObject({
      status: 422,
      fieldErrors: { states: ['practices:errors.states'], sourceReference: ['practices:errors.meeting'] },
    });
    const bad = await rejection(createPractice(ctx, practice({ lapAction: '51', practiceOn: '2018-13' })));
    expect(Object.keys((bad as unknown as { fieldErrors: object }).fieldErrors).sort()).toEqual([
      'lapAction',
      'practiceOn',
    ]);
    // A lone surrogate (no person types one) is stored as the replacement character, never a server error.
    const { id } = await createPractice(
      ctx,
      practice({
        texts: { en: { title: 'Lone \uD800 half', done: 'Done.', achieved: '' } },
        partners: 'A\uDC00B',
      }),
    );
    expect(await getPractice(db, isu, id)).toMatchObject({
      texts: { en: { title: 'Lone \uFFFD half', achieved: null } },
      partners: ['A\uFFFDB'],
    });
  });

  it('updatePractice: the ISU and Coordinators edit and publish; focal points, partners and the public are refused', async () => {
    const { db } = database();
    const { isu, coordinator, fpLbn, partner } = await people(db);
    const { id } = await createPractice(ctxFor(db, fpLbn), practice());
    const edit = (version: number, over: Record<string, unknown> = {}) => ({
      id,
      version,
      status: 'published',
      ...practice(over),
    });
    await expectRefusedTo(db, [fpLbn, partner], (ctx) => updatePractice(ctx, edit(0)));

    await updatePractice(ctxFor(db, coordinator), edit(0, { partners: 'ICRC' }));
    const published = await getPractice(db, anonymous, id);
    expect(published).toMatchObject({ status: 'published', partners: ['ICRC'], version: 1 });
    // A save from an older version is refused, never silently applied.
    expect((await rejection(updatePractice(ctxFor(db, isu), edit(0)))).code).toBe('RECORD.STALE');
    await updatePractice(ctxFor(db, isu), edit(1, { lapAction: '' }));
    expect((await getPractice(db, anonymous, id)).lapAction).toBeNull();
  });

  it('withdrawPractice: the ISU and Coordinators only; withdrawn is final and leaves the public catalogue', async () => {
    const { db } = database();
    const { isu, coordinator, fpLbn, partner } = await people(db);
    const { id } = await createPractice(ctxFor(db, isu), practice());
    await expectRefusedTo(db, [fpLbn, partner], (ctx) => withdrawPractice(ctx, { id }));
    expect(await withdrawPractice(ctxFor(db, coordinator), { id })).toEqual({ id, changed: true });
    expect(await withdrawPractice(ctxFor(db, isu), { id })).toEqual({ id, changed: false });
    expect((await rejection(getPractice(db, anonymous, id))).status).toBe(404);
    expect((await getPractice(db, isu, id)).status).toBe('withdrawn');
    const again = await rejection(
      updatePractice(ctxFor(db, isu), { id, version: 1, status: 'published', ...practice() }),
    );
    expect(again).toMatchObject({ status: 409, code: 'PRACTICES.WITHDRAWN' });
  });
});
