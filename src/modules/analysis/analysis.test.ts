import { describe, expect, it } from 'vitest';
import { people, request13MSP } from '../../../test/analysis.js';
import { ctxFor, rejection } from '../../../test/app.js';
import { engines, useFreshDatabase } from '../../../test/db.js';
import { anonymous } from '../../kernel/actor.js';
import { ForbiddenError, UnauthenticatedError, ValidationError } from '../../kernel/errors.js';
import { listExtensionRequests } from '../states/index.js';
import { addMember } from './add-member.js';
import { answerQuestion } from './answer-question.js';
import { askQuestion } from './ask-question.js';
import { costedPlanAssessments, listChecklist, listThread } from './queries.js';
import { setChecklistItem } from './set-checklist-item.js';
import { writeDraft } from './write-draft.js';

const TODAY = '2026-11-23';

describe.each(engines)('the Analysis Group (%s)', (engine) => {
  const database = useFreshDatabase(engine);

  it('lists every 13MSP Article 4 request with its analysis document symbol', async () => {
    const requests = await listExtensionRequests(database().db, TODAY);
    const symbols = Object.fromEntries(
      requests.filter((r) => r.request.meeting === '13MSP').map((r) => [r.iso3, r.request.documentSymbol]),
    );
    expect(symbols).toEqual({
      AFG: 'CCM/MSP/2025/3',
      CHL: 'CCM/MSP/2025/4',
      LBN: 'CCM/MSP/2025/5',
      MRT: 'CCM/MSP/2025/6',
      SOM: 'CCM/MSP/2025/7',
    });
    // Each with its source; an earlier request linked to the decision that answered it.
    for (const r of requests) expect(r.request.source).toBeTruthy();
    const chile = requests.filter((r) => r.iso3 === 'CHL');
    expect(chile.map((r) => r.decision?.newDeadline ?? null)).toEqual([
      '2022-06-01',
      '2023-06-01',
      '2026-06-01',
      null,
    ]);
  });

  it('forms the group from Coordinators of the area and of cooperation and the ISU, and refuses others', async () => {
    const { db } = database();
    const p = await people(db);
    const r = await request13MSP(db, 'LBN');
    const ctx = ctxFor(db, p.isu);
    await addMember(ctx, { requestId: r.id, userId: p.clearance.id, role: 'area_coordinator' });
    await addMember(ctx, { requestId: r.id, userId: p.cooperation.id, role: 'cooperation_coordinator' });
    await addMember(ctx, { requestId: r.id, userId: p.isu.id, role: 'presidency' });
    const wrongArea = await rejection(
      addMember(ctx, { requestId: r.id, userId: p.outsider.id, role: 'area_coordinator' }),
    );
    expect((wrongArea as ValidationError).fieldErrors).toEqual({
      userId: ['analysis:errors.notCoordinatorOfArea'],
    });
    const notIsu = await rejection(
      addMember(ctx, { requestId: r.id, userId: p.fpLbn.id, role: 'presidency' }),
    );
    expect((notIsu as ValidationError).fieldErrors).toEqual({ userId: ['analysis:errors.notIsu'] });
    const twice = await rejection(addMember(ctx, { requestId: r.id, userId: p.isu.id, role: 'presidency' }));
    expect(twice).toBeInstanceOf(ValidationError);
    for (const who of [p.clearance, p.fpLbn, p.fpChl, p.partner])
      expect(
        await rejection(
          addMember(ctxFor(db, who), { requestId: r.id, userId: p.outsider.id, role: 'area_coordinator' }),
        ),
      ).toBeInstanceOf(ForbiddenError);
    expect(
      await rejection(
        addMember(ctxFor(db, anonymous), { requestId: r.id, userId: p.isu.id, role: 'presidency' }),
      ),
    ).toBeInstanceOf(UnauthenticatedError);
  });

  it('lets members ask, the requesting State answer, and refuses everyone else', async () => {
    const { db } = database();
    const p = await people(db);
    const r = await request13MSP(db, 'LBN');
    await addMember(ctxFor(db, p.isu), { requestId: r.id, userId: p.clearance.id, role: 'area_coordinator' });
    const { id: questionId } = await askQuestion(ctxFor(db, p.clearance), {
      requestId: r.id,
      body: 'How many hectares remain?',
    });
    // A Coordinator outside the group, focal points and partners do not ask.
    for (const who of [p.outsider, p.cooperation])
      expect(await rejection(askQuestion(ctxFor(db, who), { requestId: r.id, body: 'x' }))).toBeInstanceOf(
        ForbiddenError,
      );
    for (const who of [p.fpLbn, p.fpChl, p.partner])
      expect(await rejection(askQuestion(ctxFor(db, who), { requestId: r.id, body: 'x' }))).toBeInstanceOf(
        ForbiddenError,
      );
    expect(
      await rejection(askQuestion(ctxFor(db, anonymous), { requestId: r.id, body: 'x' })),
    ).toBeInstanceOf(UnauthenticatedError);
    const empty = await rejection(askQuestion(ctxFor(db, p.clearance), { requestId: r.id, body: '  ' }));
    expect((empty as ValidationError).fieldErrors).toEqual({ body: ['errors:required'] });

    await answerQuestion(ctxFor(db, p.fpLbn), { requestId: r.id, questionId, body: 'About 14 km².' });
    await answerQuestion(ctxFor(db, p.isu), {
      requestId: r.id,
      questionId,
      body: 'For the State: see annex.',
    });
    for (const who of [p.fpChl, p.partner, p.clearance])
      expect(
        await rejection(answerQuestion(ctxFor(db, who), { requestId: r.id, questionId, body: 'x' })),
      ).toBeInstanceOf(ForbiddenError);
    expect(
      await rejection(answerQuestion(ctxFor(db, anonymous), { requestId: r.id, questionId, body: 'x' })),
    ).toBeInstanceOf(UnauthenticatedError);
    const thread = await listThread(db, r.id);
    expect(thread.map((q) => [q.question.body, q.answers.map((a) => a.body)])).toEqual([
      ['How many hectares remain?', ['About 14 km².', 'For the State: see annex.']],
    ]);
  });

  it('marks the checklist and writes the draft, members only; costed-plan assessments read the marks', async () => {
    const { db } = database();
    const p = await people(db);
    const r = await request13MSP(db, 'LBN');
    const other = await request13MSP(db, 'CHL');
    await addMember(ctxFor(db, p.isu), { requestId: r.id, userId: p.clearance.id, role: 'area_coordinator' });
    const member = ctxFor(db, p.clearance);
    await setChecklistItem(member, {
      requestId: r.id,
      element: 'art4.h',
      mark: 'partly',
      note: 'economic only',
    });
    await setChecklistItem(member, { requestId: r.id, element: 'costed', mark: 'yes' });
    await setChecklistItem(member, { requestId: r.id, element: 'multiYear', mark: 'partly' });
    await setChecklistItem(member, { requestId: r.id, element: 'art4.h', mark: 'provided' });
    const wrong = await rejection(
      setChecklistItem(member, { requestId: r.id, element: 'art3.a', mark: 'provided' }),
    );
    expect((wrong as ValidationError).fieldErrors).toEqual({ element: ['analysis:errors.element'] });
    const badMark = await rejection(
      setChecklistItem(member, { requestId: r.id, element: 'costed', mark: 'provided' }),
    );
    expect((badMark as ValidationError).fieldErrors).toEqual({ mark: ['analysis:errors.mark'] });
    const list = await listChecklist(db, r.id, 4);
    expect(list).toHaveLength(11);
    expect(list.find((c) => c.element === 'art4.h')?.row?.mark).toBe('provided');
    expect(list.find((c) => c.element === 'art4.a')?.row).toBeNull();

    await writeDraft(member, { requestId: r.id, body: 'The request is complete.', recommendation: 'grant' });
    const noText = await rejection(
      writeDraft(member, { requestId: r.id, body: 'x', recommendation: 'other' }),
    );
    expect((noText as ValidationError).fieldErrors).toEqual({
      recommendationText: ['analysis:errors.recommendationTextRequired'],
    });
    // Not a member of Chile's group; focal points and partners never.
    for (const who of [p.clearance, p.outsider, p.fpLbn, p.fpChl, p.partner]) {
      const requestId = who === p.clearance ? other.id : r.id;
      expect(
        await rejection(setChecklistItem(ctxFor(db, who), { requestId, element: 'costed', mark: 'no' })),
      ).toBeInstanceOf(ForbiddenError);
      expect(
        await rejection(writeDraft(ctxFor(db, who), { requestId, body: 'x', recommendation: 'grant' })),
      ).toBeInstanceOf(ForbiddenError);
    }
    expect(
      await rejection(
        setChecklistItem(ctxFor(db, anonymous), { requestId: r.id, element: 'costed', mark: 'no' }),
      ),
    ).toBeInstanceOf(UnauthenticatedError);
    expect(
      await rejection(
        writeDraft(ctxFor(db, anonymous), { requestId: r.id, body: 'x', recommendation: 'grant' }),
      ),
    ).toBeInstanceOf(UnauthenticatedError);

    const assessed = await costedPlanAssessments(db, { from: '2025-01-01', to: '2025-12-31' });
    expect(assessed.map((a) => [a.iso3, a.costed, a.multiYear])).toEqual([
      ['AFG', null, null],
      ['CHL', null, null],
      ['LBN', 'yes', 'partly'],
      ['MRT', null, null],
      ['SOM', null, null],
    ]);
    expect(await costedPlanAssessments(db, { from: '2030-01-01', to: '2030-12-31' })).toEqual([]);
  });
});
