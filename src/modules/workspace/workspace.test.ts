import { describe, expect, it } from 'vitest';
import {
  ctxFor,
  expectPage,
  expectSentToSignIn,
  makeUser,
  postForm,
  signIn,
  testApp,
} from '../../../test/app.js';
import { engines, useFreshDatabase } from '../../../test/db.js';
import type { Db } from '../../db/client.js';
import { addActionItem, createMeeting, recordActionItem } from '../calendar/index.js';
import { needResponses } from '../cooperation/schema.js';
import { insertNeed, insertOffer } from '../cooperation/testing.js';
import { outboxMessages } from '../outbox/schema.js';
import { RISK_NOW, riskScenario } from '../risk/testing.js';

const at = new Date('2026-06-01T00:00:00Z');

const need = async (db: Db, stateIso3: string, description: string, lastConfirmedOn: string) =>
  (
    await insertNeed(db, {
      stateIso3,
      description,
      matchKey: `art4:${description}`,
      lastConfirmedOn,
      estimatedCost: 2_000_000,
      currency: 'USD',
    })
  ).id;

async function response(db: Db, needId: number, ownerKey: string, stage: 'commitment' | 'delivered') {
  const [kind, value] = ownerKey.split(':') as [string, string];
  await db.insert(needResponses).values({
    needId,
    ownerKey,
    partnerIso3: kind === 'state' ? value : null,
    organisation: kind === 'org' ? value : null,
    stage,
    amount: 100000,
    currency: 'EUR',
    deliveredOn: stage === 'delivered' ? '2026-11-01' : null,
    createdAt: at,
    updatedAt: at,
  });
}

/** Two States' focal points with items of every kind, a partner with an offer, a Coordinator, the ISU. */
async function world(db: Db) {
  const isu = await makeUser(db, { role: 'isu' });
  const fpLbn = await makeUser(db, { role: 'focal_point', stateIso3: 'LBN' });
  const fpChl = await makeUser(db, { role: 'focal_point', stateIso3: 'CHL' });
  const deu = await makeUser(db, { role: 'partner', stateIso3: 'DEU' });
  const coordinator = await makeUser(db, { role: 'coordinator' });
  const lbnNeed = await need(db, 'LBN', 'Lebanon survey of the south', '2026-01-10');
  const chlNeed = await need(db, 'CHL', 'Chile clearance in Antofagasta', '2026-01-10');
  await need(db, 'LBN', 'Lebanon need confirmed recently', '2026-11-01');
  await response(db, lbnNeed, 'org:NPA', 'delivered');
  await response(db, chlNeed, 'org:NPA', 'delivered');
  await response(db, lbnNeed, 'state:DEU', 'commitment');
  await insertOffer(db, { title: 'German clearance fund', lastConfirmedOn: '2026-10-01' });
  await createMeeting(ctxFor(db, isu), {
    code: 'INF-2027-02',
    kind: 'coordinators_informal',
    title: 'Informal meeting on cooperation, February 2027',
    startsOn: '2027-02-10',
    endsOn: '2027-02-10',
    venue: 'Geneva',
    presidingStateIso3: null,
    hosts: [],
    agenda: [],
    documents: [],
    sources: ['Invitation of 1 November 2026'],
  });
  const item = (what: string, ownerKind: 'state' | 'coordinator', owner: string, dueOn: string) =>
    addActionItem(ctxFor(db, isu), {
      meetingCode: 'INF-2027-02',
      what,
      ownerKind,
      owner,
      dueOn,
      status: 'open',
    });
  await item('Lebanon shares its survey plan', 'state', 'LBN', '2026-10-01');
  await item('Chile sends its costed plan', 'state', 'CHL', '2027-01-15');
  await item('Coordinators circulate the summary', 'coordinator', 'Germany and Lebanon', '2027-03-01');
  // One the Coordinator took on itself, at the meeting: its follow-ups are what it owns or recorded.
  await recordActionItem(ctxFor(db, coordinator), {
    meetingCode: 'INF-2027-02',
    what: 'Coordinator drafts the invitation',
    ownerKind: 'coordinator',
    owner: 'Germany',
    ownerUserId: coordinator.id,
    dueOn: '2027-02-01',
    status: 'open',
  });
  await db.insert(outboxMessages).values([
    {
      createdAt: at,
      purpose: 'reminder',
      toAddress: fpLbn.email,
      toUserId: fpLbn.id,
      subject: 'Reminder for Lebanon',
      body: 'x',
      locale: 'en',
      stateIso3: 'LBN',
      status: 'not_configured',
    },
    {
      createdAt: at,
      purpose: 'reminder',
      toAddress: 'gone@example.org',
      subject: 'A message that bounced',
      body: 'x',
      locale: 'en',
      status: 'failed',
      lastError: 'mailbox unavailable',
    },
  ]);
  return { isu, fpLbn, fpChl, deu, coordinator };
}

const page = async (app: ReturnType<typeof testApp>, cookie: string) =>
  expectPage(await app.request('/start', { headers: { cookie } }), 200, ['<h1>Your start page</h1>']);

describe.each(engines)('start pages on %s', (engine) => {
  const database = useFreshDatabase(engine);

  it('signing in lands on /start; the public is sent to sign in', async () => {
    const { db } = database();
    const fp = await makeUser(db, { role: 'focal_point', stateIso3: 'LBN' });
    const app = testApp(database());
    expectSentToSignIn(await app.request('/start'), '/start');
    const res = await postForm(app, '/sign-in', {
      email: fp.email,
      password: 'test-password-123',
      next: '/',
    });
    expect(res.headers.get('location')).toBe('/start#outcome');
    // A page asked for is still where signing in leads.
    const asked = await postForm(app, '/sign-in', {
      email: fp.email,
      password: 'test-password-123',
      next: '/cooperation/needs',
    });
    expect(asked.headers.get('location')).toBe('/cooperation/needs#outcome');
  });

  it('a focal point sees its own State’s work only, never another State’s', async () => {
    const { db } = database();
    const w = await world(db);
    const app = testApp(database());
    const html = await page(app, await signIn(app, w.fpLbn.email));
    expect(html).toContain('focal point of Lebanon');
    // Reports: the 2025 annual report is overdue, the 2026 one due next.
    expect(html).toContain('Annual report covering 2025, due 30 April 2026');
    expect(html).toContain('Annual report covering 2026, due 30 April 2027');
    // Needs about to lapse: the one confirmed in January, not the recent one.
    expect(html).toContain('Lebanon survey of the south');
    expect(html).toContain('lapses on 11 January 2027 unless reconfirmed');
    expect(html).not.toContain('Lebanon need confirmed recently');
    // The delivery to confirm, the follow-up it owes, its unread message.
    expect(html).toMatch(
      /id="deliveries"[\s\S]*Lebanon survey of the south[\s\S]*delivered by NPA on 1 November 2026/,
    );
    expect(html).toContain('Lebanon shares its survey plan');
    expect(html).toContain('Reminder for Lebanon');
    expect(html).toContain('1 unread message.');
    for (const other of [
      'Chile clearance in Antofagasta',
      'Chile sends its costed plan',
      'Coordinators circulate',
    ])
      expect(html).not.toContain(other);

    // Chile's focal point: its own, and nothing of Lebanon's; "nothing" said honestly.
    const chl = await page(app, await signIn(app, w.fpChl.email));
    expect(chl).toContain('Chile clearance in Antofagasta');
    expect(chl).toContain('Chile sends its costed plan');
    expect(chl).toContain('Nothing: you have no unread message.');
    for (const other of ['Lebanon survey', 'Lebanon shares', 'Reminder for Lebanon'])
      expect(chl).not.toContain(other);
  });

  it('a partner sees the needs that fit its offers and its responses under way', async () => {
    const { db } = database();
    const w = await world(db);
    const app = testApp(database());
    const html = await page(app, await signIn(app, w.deu.email));
    expect(html).toMatch(
      /id="matching"[\s\S]*Chile: Chile clearance in Antofagasta[\s\S]*German clearance fund/,
    );
    expect(html).toMatch(/id="responses"[\s\S]*Lebanon: Lebanon survey of the south[\s\S]*Commitment/);
    // Not the NPA's responses.
    expect(html).not.toContain('Delivered, awaiting confirmation');
  });

  it('a Coordinator without a linked office sees every deadline with its risk, its follow-ups and the next meetings', async () => {
    const { db } = database();
    const w = await world(db);
    const app = testApp(database());
    const html = await page(app, await signIn(app, w.coordinator.email));
    expect(html).toContain('No Coordinator office is linked to your account');
    expect(html).toContain('<caption>Open deadlines, most urgent first</caption>');
    expect(html).toContain('<th scope="col">Risk</th>');
    // Its own item, not the ones the ISU recorded for "the Coordinators" nor a State's.
    expect(html).toContain('Coordinator drafts the invitation');
    expect(html).not.toContain('Coordinators circulate the summary');
    expect(html).not.toContain('Lebanon shares its survey plan');
    expect(html).toMatch(/id="meetings"[\s\S]*Informal meeting on cooperation, February 2027/);
  });

  it('the ISU sees compliance, failed messages and what waits for review', async () => {
    const { db } = database();
    const w = await world(db);
    const app = testApp(database());
    const html = await page(app, await signIn(app, w.isu.email));
    expect(html).toContain('Reporting compliance for 2025');
    expect(html).toMatch(/0 of \d+ annual reports received/);
    expect(html).toMatch(/id="failed"[\s\S]*A message that bounced[\s\S]*mailbox unavailable/);
    expect(html).toContain('2 deliveries await the recipient State');
    expect(html).toContain('0 ledger entries from IATI files');
  });

  it('brings the early warnings to the State’s focal point and to the Coordinators, not to another State', async () => {
    const { db } = database();
    await riskScenario(db);
    const app = testApp(database(), { now: RISK_NOW });
    const fpLbn = await makeUser(db, { role: 'focal_point', stateIso3: 'LBN' });
    const fpChl = await makeUser(db, { role: 'focal_point', stateIso3: 'CHL' });
    const coordinator = await makeUser(db, { role: 'coordinator' });
    // Lebanon's Article 4 is off track with its deadline (1 May 2026) within 24 months.
    const lbn = await page(app, await signIn(app, fpLbn.email));
    expect(lbn).toContain('data-early-warning="LBN-4"');
    expect(lbn).toContain('The day to submit a request for the Thirteenth Meeting of States Parties');
    const coord = await page(app, await signIn(app, coordinator.email));
    expect(coord).toContain('data-early-warning="LBN-4"');
    const chl = await page(app, await signIn(app, fpChl.email));
    expect(chl).not.toContain('data-early-warning');
    expect(chl).toContain('Nothing: no obligation is off track within 24 months of its deadline.');
  });
});
