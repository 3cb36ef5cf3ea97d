import { asc } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ctxFor, makeUser, postForm, signIn, testApp } from '../../../test/app.js';
import { engines, useFreshDatabase } from '../../../test/db.js';
import type { Db } from '../../db/client.js';
import { auditEntries } from '../../kernel/audit/schema.js';
import { recordLedgerEntry } from './ledger/record-ledger-entry.js';
import { updateLedgerEntry } from './ledger/update-ledger-entry.js';
import { addNeed, reconfirmNeed, setNeedStatus, updateNeed } from './needs/index.js';
import { needForm as need } from './needs/testing.js';
import { createOffer } from './offers/create-offer.js';
import { reconfirmOffer } from './offers/reconfirm-offer.js';
import { offerForm as offer } from './offers/testing.js';
import { updateOffer } from './offers/update-offer.js';
import { assistanceEntries, needs, offers } from './schema.js';

/**
 * Two people edit the same need, offer or ledger entry: the second save, made from the version
 * both read, is refused (409) and changes nothing, instead of silently undoing the first.
 */

const entry = { providerIso3: 'NOR', recipientIso3: 'LBN', year: 2024, area: 'art4', status: 'disbursed' };

const snapshot = async (db: Db) => ({
  needs: await db.select().from(needs).orderBy(asc(needs.id)),
  offers: await db.select().from(offers).orderBy(asc(offers.id)),
  entries: await db.select().from(assistanceEntries).orderBy(asc(assistanceEntries.id)),
  audit: (await db.select({ id: auditEntries.id }).from(auditEntries)).length,
});

const stale = { status: 409, code: 'RECORD.STALE' };

describe.each(engines)('version checks on cooperation records, on %s', (engine) => {
  const database = useFreshDatabase(engine);

  it('a need: the second of two edits from the same version is refused; any write moves the version', async () => {
    const { db } = database();
    const fp = await makeUser(db, { role: 'focal_point', stateIso3: 'LBN' });
    const isu = await makeUser(db, { role: 'isu' });
    const { id } = await addNeed(ctxFor(db, fp), need);

    await updateNeed(ctxFor(db, fp), {
      ...need,
      id,
      version: 0,
      description: 'Clearance in the South, 2027',
    });
    const before = await snapshot(db);
    await expect(
      updateNeed(ctxFor(db, isu), { ...need, id, version: 0, activitiesTimeframe: 'Survey only' }),
    ).rejects.toMatchObject(stale);
    expect(await snapshot(db)).toEqual(before);

    // A one-click write in between makes an open edit form stale too.
    await setNeedStatus(ctxFor(db, fp), { id, status: 'partly_met' });
    await expect(
      updateNeed(ctxFor(db, isu), { ...need, id, version: 1, activitiesTimeframe: 'Survey only' }),
    ).rejects.toMatchObject(stale);
    await updateNeed(ctxFor(db, isu), { ...need, id, version: 2, activitiesTimeframe: 'Survey only' });
    await reconfirmNeed(ctxFor(db, fp), { id });
    const [row] = await db.select().from(needs);
    expect(row).toMatchObject({ version: 3, activitiesTimeframe: 'Survey only', status: 'partly_met' });
    // An edit without the version it was read at is a bad input, not a silent overwrite.
    await expect(updateNeed(ctxFor(db, isu), { ...need, id })).rejects.toMatchObject({ status: 422 });
  });

  it('an offer: the second of two edits from the same version is refused and changes nothing', async () => {
    const { db } = database();
    const deu = await makeUser(db, { role: 'partner', stateIso3: 'DEU' });
    const deu2 = await makeUser(db, { role: 'partner', stateIso3: 'DEU' });
    const { id } = await createOffer(ctxFor(db, deu), offer);

    await updateOffer(ctxFor(db, deu), { ...offer, id, version: 0, title: 'First' });
    const before = await snapshot(db);
    await expect(
      updateOffer(ctxFor(db, deu2), { ...offer, id, version: 0, title: 'Second' }),
    ).rejects.toMatchObject(stale);
    expect(await snapshot(db)).toEqual(before);

    await reconfirmOffer(createContextLater(db, deu), { id });
    await expect(
      updateOffer(ctxFor(db, deu2), { ...offer, id, version: 1, title: 'Second' }),
    ).rejects.toMatchObject(stale);
    await updateOffer(ctxFor(db, deu2), { ...offer, id, version: 2, title: 'Second' });
    expect((await db.select().from(offers))[0]).toMatchObject({ version: 3, title: 'Second' });
  });

  it('a ledger entry: the second of two edits from the same version is refused and changes nothing', async () => {
    const { db } = database();
    const isu = await makeUser(db, { role: 'isu' });
    const isu2 = await makeUser(db, { role: 'isu' });
    const { id } = await recordLedgerEntry(ctxFor(db, isu), entry);

    await updateLedgerEntry(ctxFor(db, isu), { ...entry, id, version: 0, amount: '10', currency: 'USD' });
    const before = await snapshot(db);
    await expect(
      updateLedgerEntry(ctxFor(db, isu2), { ...entry, id, version: 0, status: 'pledged' }),
    ).rejects.toMatchObject(stale);
    expect(await snapshot(db)).toEqual(before);
    await updateLedgerEntry(ctxFor(db, isu2), { ...entry, id, version: 1, status: 'pledged' });
    expect((await db.select().from(assistanceEntries))[0]).toMatchObject({ version: 2, status: 'pledged' });
  });

  it('through the edit pages: the stale save comes back 409 with the person’s values and what changed', async () => {
    const { db } = database();
    const app = testApp(database());
    const fp = await makeUser(db, { role: 'focal_point', stateIso3: 'LBN' });
    const isu = await makeUser(db, { role: 'isu' });
    const deu = await makeUser(db, { role: 'partner', stateIso3: 'DEU' });
    const { id: needId } = await addNeed(ctxFor(db, fp), need);
    const { id: offerId } = await createOffer(ctxFor(db, deu), offer);
    const { id: entryId } = await recordLedgerEntry(ctxFor(db, isu), entry);

    const cases: Array<{
      who: string;
      path: string;
      typed: Record<string, string>;
      change: () => Promise<unknown>;
    }> = [
      {
        who: fp.email,
        path: `/cooperation/needs/${needId}/edit`,
        typed: { description: 'Typed by the second editor' },
        change: () =>
          updateNeed(ctxFor(db, isu), {
            ...need,
            id: needId,
            version: 0,
            activitiesTimeframe: 'Changed meanwhile',
          }),
      },
      {
        who: deu.email,
        path: `/cooperation/offers/${offerId}/edit`,
        typed: { title: 'Typed by the second editor' },
        change: () =>
          updateOffer(ctxFor(db, deu), { ...offer, id: offerId, version: 0, contact: 'changed@example.org' }),
      },
      {
        who: isu.email,
        path: `/cooperation/ledger/entries/${entryId}/edit`,
        typed: { channel: 'Typed by the second editor' },
        change: () =>
          updateLedgerEntry(ctxFor(db, isu), {
            ...entry,
            id: entryId,
            version: 0,
            note: 'Changed meanwhile',
          }),
      },
    ];
    for (const k of cases) {
      const cookie = await signIn(app, k.who);
      const page = await (await app.request(k.path, { headers: { cookie } })).text();
      expect(page).toMatch(/name="version" value="0"/);
      const form = formValues(page, k.path);
      await k.change();
      const before = await snapshot(db);
      const res = await postForm(app, k.path, { ...form, ...k.typed }, cookie);
      expect(res.status).toBe(409);
      const html = await res.text();
      expect(html).toContain('Typed by the second editor');
      expect(html).toContain('saved a newer version');
      // The fields the other save changed are named, and the form still carries the old version.
      expect(html).toMatch(/Changed meanwhile|changed@example\.org/);
      expect(html).toMatch(/name="version" value="0"/);
      expect(await snapshot(db)).toEqual(before);
    }
  });
});

/** Reconfirming counts only on another day: a context one day later. */
function createContextLater(db: Db, actor: Parameters<typeof ctxFor>[1]) {
  const ctx = ctxFor(db, actor);
  return { ...ctx, now: new Date(ctx.now.getTime() + 86_400_000) };
}

/** The named inputs of the page's edit form, as a browser would post them (first value of each). */
function formValues(html: string, action: string): Record<string, string> {
  const out: Record<string, string> = {};
  const exact = html.indexOf(`action="${action}"`);
  const start = exact >= 0 ? exact : html.indexOf(`action="${action}#`);
  const form = start < 0 ? '' : html.slice(start, html.indexOf('</form>', start));
  for (const m of form.matchAll(/<input([^>]*)>/g)) {
    const attrs = m[1] ?? '';
    const name = /name="([^"]+)"/.exec(attrs)?.[1];
    if (!name || name in out) continue;
    if (/type="(checkbox|radio)"/.test(attrs) && !/checked/.test(attrs)) continue;
    out[name] = decode(/value="([^"]*)"/.exec(attrs)?.[1] ?? '');
  }
  for (const m of form.matchAll(/<textarea[^>]*name="([^"]+)"[^>]*>([\s\S]*?)<\/textarea>/g))
    out[m[1]!] ??= decode(m[2] ?? '');
  for (const m of form.matchAll(/<select[^>]*name="([^"]+)"[^>]*>([\s\S]*?)<\/select>/g)) {
    const chosen = /<option[^>]*value="([^"]*)"[^>]*selected/.exec(m[2] ?? '')?.[1];
    if (chosen !== undefined) out[m[1]!] ??= decode(chosen);
  }
  return out;
}

const decode = (s: string) =>
  s
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
