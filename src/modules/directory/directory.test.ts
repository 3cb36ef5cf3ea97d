import { describe, expect, it } from 'vitest';
import { ctxFor, makeUser, rejection, TEST_NOW } from '../../../test/app.js';
import { engines, useFreshDatabase } from '../../../test/db.js';
import { anonymous } from '../../kernel/actor.js';
import { createContext } from '../../kernel/context.js';
import { addEntry } from './add-entry.js';
import { confirmEntry } from './confirm-entry.js';
import { getEntry, listEntries } from './queries.js';
import { removeEntry } from './remove-entry.js';
import { updateEntry } from './update-entry.js';

const TODAY = TEST_NOW.toISOString().slice(0, 10);
const entry = (over: Record<string, unknown> = {}) => ({
  stateIso3: 'LBN',
  area: 'clearance',
  name: 'Test Contact',
  functionTitle: 'Head of operations',
  organisation: 'Test organisation',
  email: 'contact@example.org',
  phone: '+961 1 000 000',
  languages: ['ar', 'en'],
  official: 'yes',
  published: '',
  ...over,
});

describe.each(engines)('the directory of focal points on %s', (engine) => {
  const database = useFreshDatabase(engine);

  const people = async () => {
    const { db } = database();
    const [isu, coordinator, fpLbn, fpChl, partnerDeu, partnerOrg] = await Promise.all([
      makeUser(db, { role: 'isu' }),
      makeUser(db, { role: 'coordinator', stateIso3: 'DEU' }),
      makeUser(db, { role: 'focal_point', stateIso3: 'LBN' }),
      makeUser(db, { role: 'focal_point', stateIso3: 'CHL' }),
      makeUser(db, { role: 'partner', stateIso3: 'DEU' }),
      makeUser(db, { role: 'partner', organisation: 'NPA' }),
    ]);
    return { db, isu, coordinator, fpLbn, fpChl, partnerDeu, partnerOrg };
  };

  it('is empty until a State names its contacts', async () => {
    const { db, isu } = await people();
    expect(await listEntries(db, isu, TODAY)).toEqual([]);
  });

  it('addEntry: a focal point for its own State, the ISU for any; another State, Coordinators, partners and the public are refused', async () => {
    const { db, isu, coordinator, fpLbn, fpChl, partnerDeu, partnerOrg } = await people();
    const { id } = await addEntry(ctxFor(db, fpLbn), entry());
    await addEntry(ctxFor(db, isu), entry({ stateIso3: 'CHL', published: 'yes' }));
    for (const who of [fpChl, coordinator, partnerDeu, partnerOrg])
      expect((await rejection(addEntry(ctxFor(db, who), entry()))).status).toBe(403);
    expect((await rejection(addEntry(ctxFor(db, anonymous), entry()))).status).toBe(401);
    const saved = await getEntry(db, isu, id, TODAY);
    expect(saved).toMatchObject({
      stateIso3: 'LBN',
      stateName: 'Lebanon',
      official: true,
      published: false,
      languages: ['ar', 'en'],
      lastConfirmedOn: TODAY,
      confirmationDue: false,
    });
  });

  it('addEntry refuses bad input at its fields', async () => {
    const { db, isu } = await people();
    const bad = await rejection(
      addEntry(ctxFor(db, isu), entry({ name: 'x', email: 'not-mail', phone: 'call me', languages: ['xx'] })),
    );
    expect(bad.status).toBe(422);
    expect(Object.keys((bad as unknown as { fieldErrors: object }).fieldErrors).sort()).toEqual([
      'email',
      'languages',
      'name',
      'phone',
    ]);
    expect((await rejection(addEntry(ctxFor(db, isu), entry({ stateIso3: 'ZZZ' })))).status).toBe(422);
  });

  it('updateEntry and confirmEntry: own State or the ISU; saving and confirming set the last confirmation', async () => {
    const { db, isu, coordinator, fpLbn, fpChl, partnerDeu } = await people();
    const earlier = new Date('2025-06-01T12:00:00Z');
    const { id } = await addEntry(createContext(db, fpLbn, { now: earlier }), entry());
    expect((await getEntry(db, isu, id, TODAY)).confirmationDue).toBe(true);

    for (const who of [fpChl, coordinator, partnerDeu]) {
      expect((await rejection(updateEntry(ctxFor(db, who), { id, version: 0, ...entry() }))).status).toBe(
        403,
      );
      expect((await rejection(confirmEntry(ctxFor(db, who), { id }))).status).toBe(403);
    }
    expect((await rejection(confirmEntry(ctxFor(db, anonymous), { id }))).status).toBe(401);

    expect(await confirmEntry(ctxFor(db, fpLbn), { id })).toEqual({ id, changed: true });
    expect(await confirmEntry(ctxFor(db, isu), { id })).toEqual({ id, changed: false });
    expect(await getEntry(db, isu, id, TODAY)).toMatchObject({
      lastConfirmedOn: TODAY,
      confirmationDue: false,
      version: 1,
    });

    await updateEntry(ctxFor(db, isu), { id, version: 1, ...entry({ published: 'yes', phone: '' }) });
    expect(await getEntry(db, anonymous, id, TODAY)).toMatchObject({
      published: true,
      phone: null,
      version: 2,
    });
    expect((await rejection(updateEntry(ctxFor(db, fpLbn), { id, version: 1, ...entry() }))).code).toBe(
      'RECORD.STALE',
    );
  });

  it('removeEntry: own State or the ISU; the entry is gone', async () => {
    const { db, isu, coordinator, fpLbn, fpChl, partnerOrg } = await people();
    const { id } = await addEntry(ctxFor(db, fpLbn), entry());
    const other = await addEntry(ctxFor(db, isu), entry());
    for (const who of [fpChl, coordinator, partnerOrg])
      expect((await rejection(removeEntry(ctxFor(db, who), { id }))).status).toBe(403);
    expect((await rejection(removeEntry(ctxFor(db, anonymous), { id }))).status).toBe(401);
    await removeEntry(ctxFor(db, fpLbn), { id });
    await removeEntry(ctxFor(db, isu), { id: other.id });
    expect(await listEntries(db, isu, TODAY)).toEqual([]);
    expect((await rejection(removeEntry(ctxFor(db, isu), { id }))).status).toBe(404);
  });

  it('lists to each reader what the rule lets it see, by State and area', async () => {
    const { db, isu, coordinator, fpLbn, fpChl, partnerOrg } = await people();
    const add = (who: typeof isu, over: Record<string, unknown>) => addEntry(ctxFor(db, who), entry(over));
    await add(fpLbn, { name: 'Lebanon private', area: 'victim_assistance', official: '' });
    await add(fpLbn, { name: 'Lebanon official', area: 'article7_reporting' });
    await add(fpChl, { stateIso3: 'CHL', name: 'Chile published', official: '', published: 'yes' });
    const names = async (who: Parameters<typeof listEntries>[1], f = {}) =>
      (await listEntries(db, who, TODAY, f)).map((e) => e.name);
    expect(await names(isu)).toEqual(['Chile published', 'Lebanon official', 'Lebanon private']);
    expect(await names(coordinator)).toEqual(['Chile published', 'Lebanon official', 'Lebanon private']);
    expect(await names(fpChl)).toEqual(['Chile published', 'Lebanon official']);
    expect(await names(fpLbn)).toEqual(['Chile published', 'Lebanon official', 'Lebanon private']);
    expect(await names(partnerOrg)).toEqual(['Chile published']);
    expect(await names(anonymous)).toEqual(['Chile published']);
    expect(await names(isu, { state: 'LBN', area: 'victim_assistance' })).toEqual(['Lebanon private']);
    const hidden = (await listEntries(db, isu, TODAY)).find((e) => e.name === 'Lebanon private')!;
    expect((await rejection(getEntry(db, fpChl, hidden.id, TODAY))).status).toBe(404);
  });
});
