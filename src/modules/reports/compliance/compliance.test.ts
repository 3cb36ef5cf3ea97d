import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ctxFor, makeUser, rejection, TEST_BASE, TEST_NOW } from '../../../../test/app.js';
import { engines, useFreshDatabase } from '../../../../test/db.js';
import type { Db } from '../../../db/client.js';
import { type Actor, anonymous } from '../../../kernel/actor.js';
import { auditEntries } from '../../../kernel/audit/schema.js';
import { isoDay } from '../../../kernel/clock.js';
import { createContext } from '../../../kernel/context.js';
import { ConflictError, ForbiddenError, UnauthenticatedError } from '../../../kernel/errors.js';
import { outboxMessages } from '../../outbox/schema.js';
import { amendReport, createReport, recallReport, submitReport } from '../index.js';
import type { SendReminderInput } from './inputs.js';
import { complianceForYear, getReminderSubject, listReminders } from './queries.js';
import { sendReminder } from './send-reminder.js';

const today = isoDay(TEST_NOW); // 2026-11-23: the 2025 reports fell due on 2026-04-30

const at = (db: Db, actor: Actor, day: string) =>
  createContext(db, actor, { now: new Date(`${day}T10:00:00Z`) });

/** The ISU keys in a report received by e-mail on `receivedOn`, through the real verbs. */
async function keyIn(db: Db, isu: Actor, iso3: string, year: number, receivedOn: string) {
  const created = await createReport(at(db, isu, receivedOn), { iso3, year });
  await submitReport(at(db, isu, receivedOn), {
    reportId: created.reportId,
    versionId: created.versionId,
    lockVersion: 0,
    channel: 'email',
    receivedOn,
  });
  return created;
}

/** A reminder of a State's report for 2025 unless `more` says otherwise, its links to the test server. */
const reminderOf = (
  iso3: string,
  kind: SendReminderInput['kind'],
  locale: SendReminderInput['locale'],
  more: Partial<SendReminderInput> = {},
): SendReminderInput => ({ iso3, year: 2025, kind, locale, baseUrl: TEST_BASE, ...more });

const THE_EIGHT = ['COM', 'CPV', 'TGO', 'COG', 'GIN', 'RWA', 'MDG', 'STP'];

describe.each(engines)('Article 7 compliance on %s', (engine) => {
  const database = useFreshDatabase(engine);

  it('counts 2022 as the 11MSP Progress Report does: 102 annual reports expected, eight initial reports overdue', async () => {
    const { db } = database();
    const c = await complianceForYear(db, 2022, '2023-06-30');
    expect(c.due).toBe('2023-04-30');
    // §63: "only 50 of the expected 102 annual reports covering calendar year 2022"; §67: eight overdue initial reports.
    expect(c.totals.due).toBe(102);
    expect(c.rows.every((r) => r.status === 'not_yet' && r.submittedOn === null)).toBe(true);
    expect(c.initialOverdue.map((r) => r.iso3)).toEqual(THE_EIGHT);
    expect(c.rows.some((r) => THE_EIGHT.includes(r.iso3))).toBe(false);
    // Lithuania was bound then (withdrawal effective 6 March 2025).
    expect(c.rows.some((r) => r.iso3 === 'LTU')).toBe(true);
    expect(c.voluntary).toEqual([]);
  });

  it('computes each status from reports created and submitted through the real verbs', async () => {
    const { db } = database();
    const isu = await makeUser(db, { role: 'isu' });
    const fpFra = await makeUser(db, { role: 'focal_point', stateIso3: 'FRA' });

    await keyIn(db, isu, 'LBN', 2025, '2026-04-15'); // before the deadline
    await keyIn(db, isu, 'CHL', 2025, '2026-05-10'); // after it
    // A focal point submits online on the due day itself: on time.
    const fra = await createReport(at(db, fpFra, '2026-04-30'), { iso3: 'FRA', year: 2025 });
    await submitReport(at(db, fpFra, '2026-04-30'), {
      reportId: fra.reportId,
      versionId: fra.versionId,
      lockVersion: 0,
    });
    // On time, then amended in August: it counts from its first delivery.
    const nor = await keyIn(db, isu, 'NOR', 2025, '2026-04-20');
    const amendment = await amendReport(at(db, isu, '2026-08-01'), { reportId: nor.reportId });
    await submitReport(at(db, isu, '2026-08-01'), {
      reportId: nor.reportId,
      versionId: amendment.versionId,
      lockVersion: 0,
      channel: 'email',
      receivedOn: '2026-08-01',
    });
    // Keyed in on time, then recalled: never delivered.
    const deu = await keyIn(db, isu, 'DEU', 2025, '2026-04-29');
    await recallReport(at(db, isu, '2026-05-02'), {
      reportId: deu.reportId,
      reason: 'Sent for another State',
    });
    // Cape Verde, owing its initial report since 2011, finally reports: its first report is the initial one.
    await keyIn(db, isu, 'CPV', 2025, '2026-06-15');
    // A signatory reports voluntarily.
    await keyIn(db, isu, 'IDN', 2025, '2026-03-01');

    const c = await complianceForYear(db, 2025, today);
    const row = (iso3: string) => c.rows.find((r) => r.iso3 === iso3);
    expect(row('LBN')).toMatchObject({ due: '2026-04-30', submittedOn: '2026-04-15', status: 'on_time' });
    expect(row('CHL')).toMatchObject({ submittedOn: '2026-05-10', status: 'late', reportKind: 'annual' });
    expect(row('FRA')).toMatchObject({ submittedOn: '2026-04-30', status: 'on_time' });
    expect(row('NOR')).toMatchObject({ submittedOn: '2026-04-20', status: 'on_time' });
    expect(row('DEU')).toMatchObject({ submittedOn: null, status: 'not_yet' });
    expect(row('CPV')).toMatchObject({ submittedOn: '2026-06-15', status: 'late', reportKind: 'initial' });
    expect(row('IDN')).toBeUndefined();
    expect(c.voluntary).toEqual([
      expect.objectContaining({
        iso3: 'IDN',
        ccmStatus: 'signatory',
        submittedOn: '2026-03-01',
        reportKind: 'voluntary',
      }),
    ]);
    // Vanuatu (in force 1 March 2026) owes nothing for 2025; Lithuania had withdrawn before 30 April 2026.
    expect(row('VUT')).toBeUndefined();
    expect(row('LTU')).toBeUndefined();

    // 111 States Parties in force in 2025, less the nine still owing their initial report (Cape Verde has reported).
    expect(c.totals).toEqual({
      due: 102,
      submitted: 5,
      onTime: 3,
      late: 2,
      notYet: 97,
      notDue: 0,
      rateOnTime: { count: 3, of: 102 },
      rateSubmitted: { count: 5, of: 102 },
    });
    expect(c.initialOverdue.map((r) => r.iso3)).toEqual([
      ...THE_EIGHT.filter((i) => i !== 'CPV'),
      'NGA',
      'SSD',
      'VUT',
    ]);
    expect(c.initialOverdue[0]).toMatchObject({
      iso3: 'COM',
      due: '2011-06-30',
      entryIntoForce: '2011-01-01',
    });
    expect(c.initialOverdue[0]!.daysOverdue).toBeGreaterThan(5000);
    expect(c.initialRate).toEqual({ count: 102, of: 112 });

    // The year under way: what is in is on time, the rest not yet due.
    await keyIn(db, isu, 'LBN', 2026, '2026-11-20');
    const now = await complianceForYear(db, 2026, today);
    expect(now.rows.find((r) => r.iso3 === 'LBN')?.status).toBe('on_time');
    expect(now.totals).toMatchObject({ onTime: 1, late: 0, notYet: 0, notDue: now.totals.due - 1 });
    // Vanuatu entered into force in 2026 but still owes its initial report.
    expect(now.rows.some((r) => r.iso3 === 'VUT')).toBe(false);
  });

  it('sendReminder: the ISU and the Coordinator may send, in the language chosen, to the State’s focal points only', async () => {
    const { db } = database();
    const isu = await makeUser(db, { role: 'isu' });
    const coordinator = await makeUser(db, { role: 'coordinator' });
    const bel1 = await makeUser(db, { role: 'focal_point', stateIso3: 'BEL' });
    const bel2 = await makeUser(db, { role: 'focal_point', stateIso3: 'BEL' });
    await makeUser(db, { role: 'focal_point', stateIso3: 'LBN' });

    const ctx = ctxFor(db, isu);
    const sent = await sendReminder(ctx, reminderOf('bel', 'annual', 'fr'));
    expect(sent).toMatchObject({ queued: 2, iso3: 'BEL', state: 'Belgium' });
    const messages = await db.select().from(outboxMessages);
    expect(messages.map((m) => m.toAddress).sort()).toEqual([bel1.email, bel2.email].sort());
    for (const m of messages) {
      expect(m).toMatchObject({ purpose: 'reminder', locale: 'fr', stateIso3: 'BEL', status: 'queued' });
      expect(m.subject).toContain("rapport annuel de transparence portant sur l'année 2025");
      expect(m.body).toContain('30 avril 2026');
      expect(m.body).toContain(`${TEST_BASE}/states/BEL/reports`);
      expect(m.body).toContain('Madame, Monsieur,');
      expect(m.body).toContain('Belgique'); // the State named in the letter's language
    }
    const audit = await db.select().from(auditEntries).where(eq(auditEntries.requestId, ctx.requestId));
    // Each message queued is the outbox's own write, audited in the same transaction, never its body.
    const queued = audit.filter((a) => a.verb === 'outbox.enqueueMail');
    expect(queued.map((a) => a.subjectId).sort()).toEqual(messages.map((m) => String(m.id)).sort());
    expect(JSON.stringify(queued)).not.toContain('30 avril 2026');
    expect(audit.filter((a) => a.verb !== 'outbox.enqueueMail')).toEqual([
      expect.objectContaining({
        verb: 'compliance.sendReminder',
        subjectType: 'report_reminder',
        subjectId: 'BEL:2025',
        stateIso3: 'BEL',
        after: expect.objectContaining({ kind: 'annual', year: 2025, locale: 'fr', due: '2026-04-30' }),
      }),
    ]);

    // The Coordinator, in Spanish, about an overdue initial report.
    const com = await makeUser(db, { role: 'focal_point', stateIso3: 'COM' });
    const initial = await sendReminder(ctxFor(db, coordinator), reminderOf('COM', 'initial', 'es'));
    expect(initial.queued).toBe(1);
    const [es] = await db.select().from(outboxMessages).where(eq(outboxMessages.toAddress, com.email));
    expect(es?.subject).toContain('informe inicial de transparencia');
    expect(es?.body).toContain('30 de junio de 2011');
    expect(es?.body).toContain('Estimada señora, estimado señor:');

    // The log is the outbox's reminders, newest first.
    const log = await listReminders(db);
    expect(log.map((m) => m.stateIso3)).toEqual(['COM', 'BEL', 'BEL']);
    expect(await listReminders(db, { stateIso3: 'BEL' })).toHaveLength(2);
  });

  it('sendReminder: focal points (even of that State), partners and anonymous people are refused, and nothing is queued', async () => {
    const { db } = database();
    const fpBel = await makeUser(db, { role: 'focal_point', stateIso3: 'BEL' });
    const partner = await makeUser(db, { role: 'partner', organisation: 'NPA' });
    const input = reminderOf('BEL', 'annual', 'en');
    const auditBefore = (await db.select({ id: auditEntries.id }).from(auditEntries)).length;

    expect(await rejection(sendReminder(ctxFor(db, fpBel), input))).toBeInstanceOf(ForbiddenError);
    expect(await rejection(sendReminder(ctxFor(db, partner), input))).toBeInstanceOf(ForbiddenError);
    const anon = createContext(db, anonymous, { now: TEST_NOW });
    expect(await rejection(sendReminder(anon, input))).toBeInstanceOf(UnauthenticatedError);

    expect(await db.select().from(outboxMessages)).toEqual([]);
    expect((await db.select({ id: auditEntries.id }).from(auditEntries)).length).toBe(auditBefore);
  });

  it('sendReminder: no focal point queues nothing; a report received or not owed is refused', async () => {
    const { db } = database();
    const isu = await makeUser(db, { role: 'isu' });
    await makeUser(db, { role: 'focal_point', stateIso3: 'LBN' });
    const ctx = ctxFor(db, isu);

    const refusal = async (input: SendReminderInput) => rejection(sendReminder(ctx, input));

    const none = await sendReminder(ctx, reminderOf('CHL', 'annual', 'en'));
    expect(none).toMatchObject({ queued: 0, messageIds: [], state: 'Chile' });
    expect(await db.select().from(outboxMessages)).toEqual([]);
    expect(await db.select().from(auditEntries).where(eq(auditEntries.requestId, ctx.requestId))).toEqual([]);

    await keyIn(db, isu, 'LBN', 2025, '2026-04-15');
    const received = await refusal(reminderOf('LBN', 'annual', 'en'));
    expect(received).toBeInstanceOf(ConflictError);
    expect(received.code).toBe('COMPLIANCE.ALREADY_RECEIVED');
    // The refusal carries the code, so whoever shows it names the State in the reader's language.
    expect(received.params).toEqual({ iso3: 'LBN', state: 'Lebanon' });
    // Lebanon's initial report is on record in the registry.
    expect((await refusal(reminderOf('LBN', 'initial', 'en'))).code).toBe('COMPLIANCE.ALREADY_RECEIVED');
    // A signatory owes no annual report; Vanuatu none for 2025 (in force in 2026); Comoros owes its initial one first.
    for (const [iso3, kind] of [
      ['IDN', 'annual'],
      ['VUT', 'annual'],
      ['COM', 'annual'],
      ['IDN', 'initial'],
    ] as const) {
      expect((await refusal(reminderOf(iso3, kind, 'en'))).code, `${iso3} ${kind}`).toBe(
        'COMPLIANCE.NOT_OWED',
      );
    }
    // Nor is a report for a year that has not begun.
    expect((await refusal(reminderOf('BEL', 'annual', 'en', { year: 2027 }))).code).toBe(
      'COMPLIANCE.NOT_OWED',
    );
    expect((await refusal(reminderOf('XXX', 'annual', 'en'))).code).toBe('NOT_FOUND');
    // The link always points at the platform: the address must be http(s).
    const script = reminderOf('LBN', 'annual', 'en', { baseUrl: 'javascript:alert(1)' });
    expect((await refusal(script)).code).toBe('INPUT.INVALID');
    expect(await db.select().from(outboxMessages).where(eq(outboxMessages.stateIso3, 'LBN'))).toEqual([]);
  });

  it('getReminderSubject names the deadline of each kind', async () => {
    const { db } = database();
    expect(await getReminderSubject(db, { iso3: 'BEL', year: 2024, kind: 'annual' }, today)).toMatchObject({
      name: 'Belgium',
      due: '2025-04-30',
      owed: true,
      received: false,
    });
    expect(await getReminderSubject(db, { iso3: 'STP', year: 2024, kind: 'initial' }, today)).toMatchObject({
      due: '2020-12-28',
      owed: true,
      received: false,
    });
  });
});
