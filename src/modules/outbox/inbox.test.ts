import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  ctxFor,
  expectPage,
  expectSentToSignIn,
  makeUser,
  postForm,
  rejection,
  signIn,
  testApp,
} from '../../../test/app.js';
import { engines, useFreshDatabase } from '../../../test/db.js';
import type { Db } from '../../db/client.js';
import { anonymous, systemActor } from '../../kernel/actor.js';
import { auditEntries } from '../../kernel/audit/schema.js';
import { createContext } from '../../kernel/context.js';
import { defineVerb } from '../../kernel/verb.js';
import { enqueueMail } from './enqueue.js';
import { markMessageRead } from './mark-read.js';
import { inboxFor, unreadCountFor } from './queries.js';
import { outboxMessages } from './schema.js';

// A verb that writes to a person, as reminders and handshake notices do.
const write = defineVerb({
  name: 'test.writeTo',
  input: z.object({
    userId: z.string().nullable(),
    to: z.string(),
    subject: z.string(),
    secret: z.boolean().default(false),
  }),
  allow: () => true,
  async run(ctx, input) {
    const id = await enqueueMail(ctx, {
      purpose: 'test',
      toAddress: input.to,
      toUserId: input.userId,
      subject: input.subject,
      body: `Body of ${input.subject}: see http://localhost:3000/cooperation/needs/7`,
      link: '/cooperation/needs/7',
      locale: 'en',
      stateIso3: 'LBN',
      secret: input.secret,
    });
    return { result: id, audit: [{ subjectType: 'outbox_message', subjectId: String(id) }] };
  },
});

const send = (db: Db, userId: string | null, to: string, subject: string, secret = false) =>
  write(createContext(db, systemActor()), { userId, to, subject, secret });

describe.each(engines)('the inbox on %s', (engine) => {
  const database = useFreshDatabase(engine);

  it('lists every message written to an account, read or unread, newest first, and nobody else’s', async () => {
    const { db } = database();
    const fp = await makeUser(db, { role: 'focal_point', stateIso3: 'LBN' });
    const other = await makeUser(db, { role: 'focal_point', stateIso3: 'CHL' });
    const first = await send(db, fp.id, fp.email, 'First');
    await send(db, other.id, other.email, 'Not yours');
    await send(db, null, 'someone@example.org', 'To an address only');
    const second = await send(db, fp.id, fp.email, 'Reset', true);

    const inbox = await inboxFor(db, fp.id!);
    expect(inbox.map((m) => m.subject)).toEqual(['Reset', 'First']);
    // A one-time link is never handed out in the app.
    expect(inbox[0]?.body).toBeNull();
    expect(inbox[1]?.body).toContain('Body of First');
    expect(inbox[1]?.link).toBe('/cooperation/needs/7');
    expect(await unreadCountFor(db, fp.id!)).toBe(2);

    await markMessageRead(ctxFor(db, fp), { id: first });
    expect(await unreadCountFor(db, fp.id!)).toBe(1);
    const [row] = await db.select().from(outboxMessages).where(eq(outboxMessages.id, first));
    expect(row?.readAt).not.toBeNull();
    // Marking it again changes nothing and audits nothing.
    const audited = (await db.select().from(auditEntries).where(eq(auditEntries.verb, 'outbox.markRead')))
      .length;
    await markMessageRead(ctxFor(db, fp), { id: first });
    expect(
      (await db.select().from(auditEntries).where(eq(auditEntries.verb, 'outbox.markRead'))).length,
    ).toBe(audited);
    // Unread again.
    await markMessageRead(ctxFor(db, fp), { id: first, read: false });
    expect(await unreadCountFor(db, fp.id!)).toBe(2);
    expect(second).toBeGreaterThan(first);
  });

  it('refuses to mark another person’s message, for every other kind of actor', async () => {
    const { db } = database();
    const fp = await makeUser(db, { role: 'focal_point', stateIso3: 'LBN' });
    const id = await send(db, fp.id, fp.email, 'Yours only');
    const others = [
      await makeUser(db, { role: 'focal_point', stateIso3: 'LBN' }),
      await makeUser(db, { role: 'focal_point', stateIso3: 'CHL' }),
      await makeUser(db, { role: 'partner', stateIso3: 'DEU' }),
      await makeUser(db, { role: 'isu' }),
    ];
    for (const a of others)
      expect((await rejection(markMessageRead(ctxFor(db, a), { id }))).status).toBe(403);
    expect((await rejection(markMessageRead(ctxFor(db, anonymous), { id }))).status).toBe(401);
    // A message written to an address with no account is nobody's in the app.
    const loose = await send(db, null, fp.email, 'Address only');
    expect((await rejection(markMessageRead(ctxFor(db, fp), { id: loose }))).status).toBe(403);
    expect(await unreadCountFor(db, fp.id!)).toBe(1);
  });

  it('shows the page to its owner with the unread count in the menu, and marks read by a form', async () => {
    const database_ = database();
    const { db } = database_;
    const app = testApp(database_);
    const fp = await makeUser(db, { role: 'focal_point', stateIso3: 'LBN' });
    const partner = await makeUser(db, { role: 'partner', stateIso3: 'DEU' });
    const id = await send(db, fp.id, fp.email, 'A need of yours has a response');
    await send(db, fp.id, fp.email, 'Reset your password', true);

    // Anonymous people are sent to sign in.
    expectSentToSignIn(await app.request('/inbox'), '/inbox');

    const cookie = await signIn(app, fp.email);
    const html = await expectPage(await app.request('/inbox', { headers: { cookie } }), 200, [
      '<h1>Your messages</h1>',
      'A need of yours has a response',
      '<a href="/cooperation/needs/7">/cooperation/needs/7</a>',
      'This message holds a one-time link',
      `action="/inbox/${id}/read#errors"`,
      '2 unread messages.',
    ]);
    // The menu shows the count beside the inbox link.
    expect(html).toMatch(/href="\/inbox"[^>]*>Inbox <span class="badge">2 new<\/span>/);

    const res = await postForm(app, `/inbox/${id}/read`, { read: 'true' }, cookie);
    expect(res.status).toBe(303);
    expect(await unreadCountFor(db, fp.id!)).toBe(1);
    const after = await expectPage(await app.request('/inbox', { headers: { cookie } }), 200, [
      '1 unread message.',
    ]);
    expect(after).toContain('Inbox <span class="badge">1 new</span>');

    // Another person's form post is refused and changes nothing.
    const other = await signIn(app, partner.email);
    const refused = await postForm(app, `/inbox/${id}/read`, { read: 'false' }, other);
    expect(refused.status).toBe(403);
    expect(await unreadCountFor(db, fp.id!)).toBe(1);
    // Their own inbox is empty and says so; no count in their menu.
    const theirs = await expectPage(await app.request('/inbox', { headers: { cookie: other } }), 200, [
      'No message has been written to you yet.',
    ]);
    expect(theirs).not.toContain('new</span>');
  });
});
