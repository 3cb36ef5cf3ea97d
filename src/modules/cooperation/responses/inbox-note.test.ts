import { describe, expect, it } from 'vitest';
import { appSignedInAs, ctxFor, expectPage, makeUser, TEST_BASE } from '../../../../test/app.js';
import { engines, useFreshDatabase } from '../../../../test/db.js';
import { inboxFor } from '../../outbox/index.js';
import { insertNeed } from '../needs/testing.js';
import { commitToNeed } from './commit-to-need.js';
import { respondToNeed } from './respond-to-need.js';

describe.each(engines)('a partner’s note in the app on %s', (engine) => {
  const database = useFreshDatabase(engine);

  it('reaches the State’s focal points in their inbox, with the need’s link, and no one else’s', async () => {
    const { db } = database();
    const fp = await makeUser(db, { role: 'focal_point', stateIso3: 'LBN' });
    const fpChl = await makeUser(db, { role: 'focal_point', stateIso3: 'CHL' });
    const deu = await makeUser(db, { role: 'partner', stateIso3: 'DEU' });
    const { id: needId } = await insertNeed(db);
    const { responseId } = await respondToNeed(ctxFor(db, deu), {
      needId,
      note: 'Our teams can start in March',
      baseUrl: TEST_BASE,
    });
    await commitToNeed(ctxFor(db, deu), {
      responseId,
      amount: 100000,
      currency: 'EUR',
      note: 'Funding agreed for two years',
      baseUrl: TEST_BASE,
    });

    const inbox = await inboxFor(db, fp.id!);
    expect(inbox).toHaveLength(2);
    expect(inbox.every((m) => m.link === `/cooperation/needs/${needId}` && m.readAt === null)).toBe(true);
    expect(inbox[1]?.body).toContain('Our teams can start in March');
    expect(inbox[0]?.body).toContain('Funding agreed for two years');
    expect(await inboxFor(db, fpChl.id!)).toEqual([]);
    expect(await inboxFor(db, deu.id!)).toEqual([]);

    // And on the page, once signed in.
    const { get } = await appSignedInAs(database(), fp);
    await expectPage(await get('/inbox'), 200, [
      'Our teams can start in March',
      `<a href="/cooperation/needs/${needId}">`,
    ]);
  });
});
