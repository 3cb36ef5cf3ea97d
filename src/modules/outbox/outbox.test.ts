import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { expectPage, makeUser, signIn, testApp } from '../../../test/app.js';
import { engines, useFreshDatabase } from '../../../test/db.js';
import { systemActor } from '../../kernel/actor.js';
import { createContext } from '../../kernel/context.js';
import { defineVerb } from '../../kernel/verb.js';
import { createMailer, deliverQueued, type Mailer } from './deliver.js';
import { enqueueMail } from './enqueue.js';
import { outboxMessages } from './schema.js';

// A verb that causes a message, as reminders do: the message commits with it or not at all.
const notify = defineVerb({
  name: 'test.notify',
  input: z.object({ to: z.string(), fail: z.boolean().default(false) }),
  allow: () => true,
  async run(ctx, input) {
    const id = await enqueueMail(ctx, {
      purpose: 'test',
      toAddress: input.to,
      subject: 'Hello',
      body: 'Body',
      locale: 'en',
      stateIso3: 'LBN',
    });
    if (input.fail) throw new Error('the causing write failed');
    return { result: id, audit: [{ subjectType: 'outbox_message', subjectId: String(id) }] };
  },
});

describe.each(engines)('outbox on %s', (engine) => {
  const database = useFreshDatabase(engine);

  it('queues a message only as part of a causing write, never on its own', async () => {
    const { db } = database();
    const mail = { purpose: 'test', toAddress: 'a@b.org', subject: 'Hello', body: 'Body', locale: 'en' };
    await expect(enqueueMail(createContext(db, systemActor()), mail)).rejects.toThrow(/not called directly/);
    expect(await db.select().from(outboxMessages)).toHaveLength(0);
  });

  it('keeps a message only if the causing write commits', async () => {
    const { db } = database();
    const ctx = createContext(db, systemActor());
    await expect(notify(ctx, { to: 'a@b.org', fail: true })).rejects.toThrow();
    expect(await db.select().from(outboxMessages)).toHaveLength(0);
    await notify(ctx, { to: 'a@b.org' });
    expect(await db.select().from(outboxMessages)).toHaveLength(1);
  });

  it('without SMTP marks messages not sent and keeps them readable; with a transport, sends and records failures', async () => {
    const { db } = database();
    const ctx = createContext(db, systemActor());
    expect(createMailer(undefined, 'x@y')).toBeNull();
    const first = await notify(ctx, { to: 'a@b.org' });
    await deliverQueued(db, null);
    expect((await db.select().from(outboxMessages).where(eq(outboxMessages.id, first)))[0]?.status).toBe(
      'not_configured',
    );

    const sent: string[] = [];
    const flaky: Mailer = {
      async send(m) {
        if (m.to.includes('bad')) throw new Error('550 mailbox unavailable');
        sent.push(m.to);
      },
    };
    const ok = await notify(ctx, { to: 'good@b.org' });
    const bad = await notify(ctx, { to: 'bad@b.org' });
    expect(await deliverQueued(db, flaky)).toBe(1);
    expect(sent).toEqual(['good@b.org']);
    const rows = await db.select().from(outboxMessages);
    expect(rows.find((r) => r.id === ok)).toMatchObject({ status: 'sent', attempts: 1 });
    expect(rows.find((r) => r.id === bad)).toMatchObject({
      status: 'failed',
      lastError: '550 mailbox unavailable',
    });
  });

  it('the outbox page is the ISU’s only', async () => {
    const { db } = database();
    await notify(createContext(db, systemActor()), { to: 'reader@b.org' });
    const app = testApp(database());
    const isu = await makeUser(db, { role: 'isu' });
    const fp = await makeUser(db, { role: 'focal_point', stateIso3: 'LBN' });
    const page = await app.request('/admin/outbox', { headers: { cookie: await signIn(app, isu.email) } });
    await expectPage(page, 200, ['reader@b.org']);
    expect(
      (await app.request('/admin/outbox', { headers: { cookie: await signIn(app, fp.email) } })).status,
    ).toBe(403);
    expect((await app.request('/admin/outbox')).status).toBe(303);
  });
});
