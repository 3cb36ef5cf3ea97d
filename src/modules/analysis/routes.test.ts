import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { people, request13MSP } from '../../../test/analysis.js';
import { ctxFor, expectPage, expectSentToSignIn, postForm, signIn, testApp } from '../../../test/app.js';
import { engines, useFreshDatabase } from '../../../test/db.js';
import { convertToPdf, findCommand, run, skipOfficeCheck } from '../../../test/office.js';
import { getStateView } from '../states/index.js';
import { addMember } from './add-member.js';

const TODAY = '2026-11-23';
const cleanup: Array<() => void> = [];
afterAll(() => {
  for (const done of cleanup) done();
});

describe.each(engines)('the Analysis Group pages (%s)', (engine) => {
  const database = useFreshDatabase(engine);

  it('lists every request with its symbol and source to anyone, the workspace only to the State and the Group', async () => {
    const db = database().db;
    const app = testApp(database());
    const p = await people(db);
    const r = await request13MSP(db, 'LBN');
    const list = await expectPage(await app.request('/extension-analyses'), 200, [
      'CCM/MSP/2025/3',
      'CCM/MSP/2025/5',
      'CCM/MSP/2025/7',
      'https://www.clusterconvention.org/13msp',
    ]);
    expect(list).not.toContain('Analysis Group</th>');
    const page = `/extension-analyses/${r.id}`;
    // Anonymous people are sent to sign in, never shown the workspace.
    expectSentToSignIn(await app.request(page), page);
    expect((await app.request(`${page}/analysis.docx`)).status).toBe(303);
    for (const who of [p.fpChl, p.partner]) {
      const cookie = await signIn(app, who.email);
      expect((await app.request(page, { headers: { cookie } })).status).toBe(403);
      expect((await app.request(`${page}/analysis.docx`, { headers: { cookie } })).status).toBe(403);
      for (const [path, fields] of [
        ['/questions', { body: 'x' }],
        ['/checklist', { element: 'costed', mark: 'no' }],
        ['/draft', { body: 'x', recommendation: 'grant' }],
        ['/members', { userId: p.isu.id!, role: 'presidency' }],
        ['/decision', { outcome: 'refused' }],
      ] as const)
        expect((await postForm(app, `${page}${path}`, fields, cookie)).status, path).toBe(403);
    }
    expectSentToSignIn(await postForm(app, `${page}/questions`, { body: 'x' }), `${page}/questions`);
  });

  it('runs a request through the Group: question, answer, checklist, draft in Word, decision moving the deadline', async () => {
    const db = database().db;
    const app = testApp(database());
    const p = await people(db);
    const r = await request13MSP(db, 'LBN');
    const page = `/extension-analyses/${r.id}`;
    const isu = await signIn(app, p.isu.email);
    const member = await signIn(app, p.clearance.email);
    const state = await signIn(app, p.fpLbn.email);

    // The ISU forms the group; a wrong account comes back at the field, with what was chosen.
    const refused = await expectPage(
      await postForm(app, `${page}/members`, { userId: p.outsider.id!, role: 'area_coordinator' }, isu),
      422,
      ['This account does not hold the Coordinator office of that area today.'],
    );
    expect(refused).toContain(`value="${p.outsider.id}" selected`);
    expect(
      (await postForm(app, `${page}/members`, { userId: p.clearance.id!, role: 'area_coordinator' }, isu))
        .status,
    ).toBe(303);
    await addMember(ctxFor(db, p.isu), {
      requestId: r.id,
      userId: p.cooperation.id!,
      role: 'cooperation_coordinator',
    });

    // A member asks; an empty question is refused at the field.
    await expectPage(await postForm(app, `${page}/questions`, { body: ' ' }, member), 422, [
      'This field is required',
    ]);
    expect(
      (await postForm(app, `${page}/questions`, { body: 'What area remains in the south?' }, member)).status,
    ).toBe(303);
    // A Coordinator of another area reads but does not ask.
    const outsider = await signIn(app, p.outsider.email);
    await expectPage(await app.request(page, { headers: { cookie: outsider } }), 200, [
      'What area remains in the south?',
    ]);
    expect((await postForm(app, `${page}/questions`, { body: 'x' }, outsider)).status).toBe(403);

    // The State's focal point sees the question and answers it.
    const asState = await expectPage(await app.request(page, { headers: { cookie: state } }), 200, [
      'What area remains in the south?',
    ]);
    const qid = /questions\/(\d+)\/answers/.exec(asState)?.[1];
    expect(qid).toBeDefined();
    expect(
      (await postForm(app, `${page}/questions/${qid}/answers`, { body: 'About 14 km².' }, state)).status,
    ).toBe(303);

    // The Group marks the checklist and drafts; the draft form keeps what was typed when refused.
    expect(
      (await postForm(app, `${page}/checklist`, { element: 'costed', mark: 'yes', note: '' }, member)).status,
    ).toBe(303);
    await expectPage(
      await postForm(app, `${page}/checklist`, { element: 'costed', mark: 'provided' }, member),
      422,
      ['Choose an assessment that fits the element.'],
    );
    const kept = await expectPage(
      await postForm(
        app,
        `${page}/draft`,
        { body: 'Internal view: complete.', recommendation: 'other', recommendationText: '' },
        member,
      ),
      422,
      ['Say the conditions or the recommendation.'],
    );
    expect(kept).toContain('Internal view: complete.');
    expect(
      (
        await postForm(
          app,
          `${page}/draft`,
          {
            body: 'Internal view: complete.',
            recommendation: 'grant_with_conditions',
            recommendationText: 'Report yearly.',
          },
          member,
        )
      ).status,
    ).toBe(303);

    // The State reads the thread, not the Group's checklist or draft.
    const stateView = await expectPage(await app.request(page, { headers: { cookie: state } }), 200, [
      'About 14 km².',
    ]);
    expect(stateView).not.toContain('Internal view: complete.');
    expect(stateView).not.toContain('Checklist of the required elements');
    expect((await app.request(`${page}/analysis.docx`, { headers: { cookie: state } })).status).toBe(403);
    await expectPage(await app.request(page, { headers: { cookie: member } }), 200, [
      'Internal view: complete.',
      'Checklist of the required elements',
      'Art 4(6)(h) Humanitarian, social, economic and environmental implications',
    ]);

    // The analysis in Word opens in LibreOffice.
    const docx = await app.request(`${page}/analysis.docx`, { headers: { cookie: member } });
    expect(docx.status).toBe(200);
    const body = Buffer.from(await docx.arrayBuffer());
    expect(body.subarray(0, 2).toString('latin1')).toBe('PK');
    if (!skipOfficeCheck) {
      const { pdfs, cleanup: done } = await convertToPdf([{ name: 'analysis', body }]);
      cleanup.push(done);
      const pdftotext = findCommand('pdftotext');
      if (!pdftotext) throw new Error('pdftotext is required to read the PDF');
      expect(readFileSync(pdfs[0]!).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const words = (await run(pdftotext, ['-enc', 'UTF-8', pdfs[0]!, '-'])).stdout.replace(/\s+/g, ' ');
      for (const s of ['Internal view: complete.', 'grant with conditions', 'About 14 km²', 'CCM/MSP/2025/5'])
        expect(words).toContain(s);
    }

    // The ISU records the decision through the registry's verb: the deadline on the profile moves.
    const before = (await getStateView(db, 'LBN', TODAY)).obligations.find((o) => o.article === 4);
    expect(before?.currentDeadline).toBe('2026-05-01');
    expect(
      (await postForm(app, `${page}/decision`, { outcome: 'granted', newDeadline: '' }, isu)).status,
    ).toBe(422);
    expect((await postForm(app, `${page}/decision`, { outcome: 'granted' }, member)).status).toBe(403);
    expect(
      (
        await postForm(
          app,
          `${page}/decision`,
          { outcome: 'granted', newDeadline: '2031-05-01', meeting: '13MSP' },
          isu,
        )
      ).status,
    ).toBe(303);
    const after = (await getStateView(db, 'LBN', TODAY)).obligations.find((o) => o.article === 4);
    expect(after?.currentDeadline).toBe('2031-05-01');
    await expectPage(await app.request('/states/LBN'), 200, ['2031']);
    await expectPage(await app.request(page, { headers: { cookie: member } }), 200, [
      'granted · 2031-05-01 · 13MSP',
    ]);
  });
});
