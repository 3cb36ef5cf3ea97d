import { asc, count } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { appSignedInAs, ctxFor, expectPage, makeUser, postForm, signIn } from '../../../../test/app.js';
import { engines, useFreshDatabase } from '../../../../test/db.js';
import { anonymous } from '../../../kernel/actor.js';
import { auditEntries } from '../../../kernel/audit/schema.js';
import { createContext } from '../../../kernel/context.js';
import { ForbiddenError, UnauthenticatedError, ValidationError } from '../../../kernel/errors.js';
import { listOpenActionItems, seedCalendar } from '../../calendar/index.js';
import { addNeed } from '../needs/add-need.js';
import { setNeedConsent } from '../needs/set-need-consent.js';
import { needForm } from '../needs/testing.js';
import { actionItemNeeds } from '../schema.js';
import { linkActionItemToNeed, unlinkActionItemFromNeed } from './link-action-item.js';
import { actionItemsOfNeed } from './queries.js';

describe.each(engines)('action items linked to needs on %s', (engine) => {
  const database = useFreshDatabase(engine);

  async function setUp() {
    const { db } = database();
    await seedCalendar(db);
    const isu = await makeUser(db, { role: 'isu' });
    const { id: needId } = await addNeed(ctxFor(db, isu), needForm);
    const items = await listOpenActionItems(db);
    return { db, isu, needId, item: items[0]!, other: items[1]! };
  }

  it('links and unlinks through the ISU’s verbs, audited under the need', async () => {
    const { db, isu, needId, item, other } = await setUp();
    await linkActionItemToNeed(ctxFor(db, isu), { needId, actionItemId: item.id });
    await linkActionItemToNeed(ctxFor(db, isu), { needId, actionItemId: other.id });
    expect((await actionItemsOfNeed(db, needId)).map((a) => a.id).sort()).toEqual([item.id, other.id].sort());
    await expect(
      linkActionItemToNeed(ctxFor(db, isu), { needId, actionItemId: item.id }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(
      linkActionItemToNeed(ctxFor(db, isu), { needId, actionItemId: 999_999 }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(
      linkActionItemToNeed(ctxFor(db, isu), { needId: 999_999, actionItemId: item.id }),
    ).rejects.toBeInstanceOf(ValidationError);
    await unlinkActionItemFromNeed(ctxFor(db, isu), { needId, actionItemId: other.id });
    await expect(
      unlinkActionItemFromNeed(ctxFor(db, isu), { needId, actionItemId: other.id }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect((await actionItemsOfNeed(db, needId)).map((a) => a.id)).toEqual([item.id]);
    const audit = await db
      .select({ verb: auditEntries.verb, subjectId: auditEntries.subjectId, state: auditEntries.stateIso3 })
      .from(auditEntries)
      .orderBy(asc(auditEntries.id));
    expect(
      audit
        .filter((a) => a.verb.startsWith('cooperation.') && a.verb.includes('ActionItem'))
        .map((a) => [a.verb, a.subjectId, a.state]),
    ).toEqual([
      ['cooperation.linkActionItemToNeed', String(needId), 'LBN'],
      ['cooperation.linkActionItemToNeed', String(needId), 'LBN'],
      ['cooperation.unlinkActionItemFromNeed', String(needId), 'LBN'],
    ]);
  });

  it('refuses the need’s own focal point, another State’s, a partner, a Coordinator and the public', async () => {
    const { db, needId, item } = await setUp();
    for (const actor of [
      await makeUser(db, { role: 'focal_point', stateIso3: 'LBN' }),
      await makeUser(db, { role: 'focal_point', stateIso3: 'CHL' }),
      await makeUser(db, { role: 'partner', organisation: 'NPA' }),
      await makeUser(db, { role: 'coordinator' }),
    ])
      await expect(
        linkActionItemToNeed(ctxFor(db, actor), { needId, actionItemId: item.id }),
      ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      linkActionItemToNeed(createContext(db, anonymous), { needId, actionItemId: item.id }),
    ).rejects.toBeInstanceOf(UnauthenticatedError);
    const [n] = await db.select({ n: count() }).from(actionItemNeeds);
    expect(n!.n).toBe(0);
  });

  it('shows the link on the need’s page and on the open action items, never an unpublished need to the public', async () => {
    const { db, isu, needId, item } = await setUp();
    const { app, cookie, get } = await appSignedInAs(database(), isu);
    const needPath = `/cooperation/needs/${needId}`;
    const page = await (await get(needPath)).text();
    expect(page).toContain('<h2 id="action-items-title">Action items of meetings</h2>');
    expect(page).toContain(`action="${needPath}/action-items/link#errors"`);

    const refused = await postForm(app, `${needPath}/action-items/link`, { actionItemId: '' }, cookie);
    await expectPage(refused, 422, ['Choose an action item of a meeting.']);

    const ok = await postForm(
      app,
      `${needPath}/action-items/link`,
      { actionItemId: String(item.id) },
      cookie,
    );
    expect(ok.status).toBe(303);
    const after = await (await get(needPath)).text();
    expect(after).toContain(`href="/meetings/${item.meetingCode}"`);

    const list = await (await get('/meetings/action-items')).text();
    expect(list).toContain('<th scope="col">Needs concerned · Country Coalitions</th>');
    expect(list).toContain(`<a href="${needPath}">Lebanon: `);
    // In French the linked need is named by the State's French name.
    const fr = await (
      await app.request('/meetings/action-items', { headers: { cookie: `${cookie}; lang=fr` } })
    ).text();
    expect(fr).toContain(`<a href="${needPath}">Liban`);
    expect(fr).not.toContain(`<a href="${needPath}">Lebanon`);
    // The need is not published: the public sees neither it nor the link to it.
    expect(await (await app.request('/meetings/action-items')).text()).not.toContain(`href="${needPath}"`);
    await setNeedConsent(ctxFor(db, isu), { id: needId, isPublic: true });
    expect(await (await app.request('/meetings/action-items')).text()).toContain(`href="${needPath}"`);
    expect(await (await app.request(needPath)).text()).toContain(`href="/meetings/${item.meetingCode}"`);

    const fp = await makeUser(db, { role: 'focal_point', stateIso3: 'LBN' });
    const fpCookie = await signIn(app, fp.email);
    expect(await (await app.request(needPath, { headers: { cookie: fpCookie } })).text()).not.toContain(
      '/action-items/link"',
    );
    const forbidden = await postForm(
      app,
      `${needPath}/action-items/unlink`,
      { actionItemId: String(item.id) },
      fpCookie,
    );
    expect(forbidden.status).toBe(403);
    expect((await actionItemsOfNeed(db, needId)).map((a) => a.id)).toEqual([item.id]);
  });
});
