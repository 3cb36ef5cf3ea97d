import type { FieldErrors } from '../../kernel/errors.js';
import { submitForm } from '../../kernel/form-post.js';
import { readForm, translateErrors } from '../../kernel/forms.js';
import { type AppContext, moduleRoutes, type RouteDeps, requireThat } from '../../kernel/http.js';
import type { Translate } from '../../kernel/i18n/index.js';
import { ROW_ID_PATTERN, rowIdParam } from '../../kernel/ids.js';
import { SelectField, TextAreaField, TextField } from '../../kernel/views/fields.js';
import { render } from '../../kernel/views/render.js';
import { TableScroll } from '../../kernel/views/table.js';
import { listUsers } from '../accounts/index.js';
import {
  canRecordObligationEvent,
  type ExtensionRequestView,
  recordObligationEvent,
} from '../states/index.js';
import { addMember } from './add-member.js';
import { answerQuestion } from './answer-question.js';
import { askQuestion } from './ask-question.js';
import { renderAnalysisDocx } from './docx.js';
import { elementMarks, planMarks } from './elements.js';
import { memberRoles, recommendations } from './inputs.js';
import {
  canAnswer,
  canAsk,
  canFormGroup,
  canReadThread,
  canReadWorkspace,
  canWriteNotes,
  mayReadSomeThread,
} from './policy.js';
import {
  type ChecklistRow,
  type Draft,
  findDraft,
  listChecklist,
  listMembers,
  listRequestRows,
  listThread,
  type Member,
  type RequestRow,
  requestOrNotFound,
  type ThreadItem,
} from './queries.js';
import { setChecklistItem } from './set-checklist-item.js';
import { writeDraft } from './write-draft.js';

const ID = `:id${ROW_ID_PATTERN}`;
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const analysisHref = (id: number) => `/extension-analyses/${id}`;

/** A form that came back refused: which one, what was typed, the errors at its fields. */
interface Failed {
  form: string;
  values: Record<string, string>;
  errors: FieldErrors | undefined;
}

function RequestFacts({ t, r }: { t: Translate; r: ExtensionRequestView }) {
  const unknown = t('analysis:unknown');
  const e = r.request;
  return (
    <dl>
      <dt>{t('analysis:fields.state')}</dt>
      <dd>
        <a href={`/states/${r.iso3}`}>{r.stateName}</a>
      </dd>
      <dt>{t('analysis:fields.article')}</dt>
      <dd>{t(`analysis:articles.${r.article}`)}</dd>
      <dt>{t('analysis:fields.occurredOn')}</dt>
      <dd>{e.occurredOn ?? unknown}</dd>
      <dt>{t('analysis:fields.meeting')}</dt>
      <dd>{e.meeting ?? unknown}</dd>
      <dt>{t('analysis:fields.requestedDeadline')}</dt>
      <dd>{e.requestedDeadline ?? unknown}</dd>
      <dt>{t('analysis:fields.symbol')}</dt>
      <dd>
        {e.documentSymbol ? (
          e.documentUrl ? (
            <a href={e.documentUrl}>
              {e.documentSymbol} – {e.documentTitle}
            </a>
          ) : (
            e.documentSymbol
          )
        ) : (
          unknown
        )}
      </dd>
      <dt>{t('analysis:fields.decision')}</dt>
      <dd>{decisionText(t, r)}</dd>
      <dt>{t('analysis:fields.currentDeadline')}</dt>
      <dd>{r.currentDeadline ?? unknown}</dd>
      <dt>{t('analysis:fields.source')}</dt>
      <dd>{e.source ?? e.recordedBy ?? unknown}</dd>
      {e.note ? (
        <>
          <dt>{t('analysis:fields.note')}</dt>
          <dd>{e.note}</dd>
        </>
      ) : null}
    </dl>
  );
}

function decisionText(t: Translate, r: ExtensionRequestView): string {
  const d = r.decision;
  if (!d) return t('analysis:decision.none');
  const outcome = d.outcome ? t(`analysis:outcomes.${d.outcome}`) : t('analysis:unknown');
  return [outcome, d.newDeadline, d.meeting].filter(Boolean).join(' · ');
}

function ListPage({
  t,
  rows,
  showGroup,
  canOpen,
}: {
  t: Translate;
  rows: RequestRow[];
  showGroup: boolean;
  /** Whether the reader may open a request's workspace: only those get a link to it. */
  canOpen: (iso3: string) => boolean;
}) {
  const unknown = t('analysis:unknown');
  return (
    <>
      <h1>{t('analysis:list.title')}</h1>
      <p>{t('analysis:list.intro')}</p>
      <TableScroll label={t('analysis:list.title')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('analysis:fields.state')}</th>
              <th scope="col">{t('analysis:fields.article')}</th>
              <th scope="col">{t('analysis:fields.meeting')}</th>
              <th scope="col">{t('analysis:fields.symbol')}</th>
              <th scope="col">{t('analysis:fields.requestedDeadline')}</th>
              <th scope="col">{t('analysis:fields.decision')}</th>
              <th scope="col">{t('analysis:fields.source')}</th>
              {showGroup ? <th scope="col">{t('analysis:list.group')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr>
                <th scope="row">
                  {canOpen(r.iso3) ? <a href={analysisHref(r.id)}>{r.stateName}</a> : r.stateName}
                </th>
                <td>{t(`analysis:articles.${r.article}`)}</td>
                <td>{r.request.meeting ?? unknown}</td>
                <td>{r.request.documentSymbol ?? unknown}</td>
                <td>{r.request.requestedDeadline ?? unknown}</td>
                <td>{decisionText(t, r)}</td>
                <td>{r.request.source ?? r.request.recordedBy ?? unknown}</td>
                {showGroup ? (
                  <td>
                    {t('analysis:list.groupStatus', {
                      members: r.members,
                      questions: r.questions,
                    })}{' '}
                    {r.hasDraft ? t('analysis:list.hasDraft') : ''}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}

interface DetailProps {
  t: Translate;
  r: ExtensionRequestView;
  members: Member[] | null;
  thread: ThreadItem[];
  checklist: Array<{ element: string; row: ChecklistRow | null }> | null;
  draft: Draft | null;
  mayForm: boolean;
  eligible: Array<{ value: string; label: string }>;
  mayAsk: boolean;
  mayAnswer: boolean;
  mayWrite: boolean;
  mayDecide: boolean;
  failed?: Failed;
}

function DetailPage(p: DetailProps) {
  const { t, r } = p;
  const base = analysisHref(r.id);
  const failedOf = (form: string) => (p.failed?.form === form ? p.failed : undefined);
  const vals = (form: string) => failedOf(form)?.values ?? {};
  const errs = (form: string) => failedOf(form)?.errors;
  const draftValues = failedOf('draft')?.values ?? {
    body: p.draft?.body ?? '',
    recommendation: p.draft?.recommendation ?? '',
    recommendationText: p.draft?.recommendationText ?? '',
  };
  return (
    <>
      <h1>{t('analysis:detail.title', { state: r.stateName, article: String(r.article) })}</h1>
      <p>
        <a href="/extension-analyses">{t('analysis:detail.back')}</a>
      </p>
      <h2>{t('analysis:detail.request')}</h2>
      <RequestFacts t={t} r={r} />

      {p.members ? (
        <section>
          <h2>{t('analysis:members.title')}</h2>
          {p.members.length ? (
            <ul>
              {p.members.map((m) => (
                <li>
                  {m.name} ({t(`analysis:roles.${m.role}`)})
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('analysis:members.none')}</p>
          )}
          {p.mayForm ? (
            <form method="post" action={`${base}/members#errors`}>
              <SelectField
                name="userId"
                label={t('analysis:members.user')}
                options={p.eligible}
                value={vals('members').userId}
                errors={errs('members')}
                emptyLabel=""
              />
              <SelectField
                name="role"
                label={t('analysis:members.role')}
                options={memberRoles.map((role) => ({ value: role, label: t(`analysis:roles.${role}`) }))}
                value={vals('members').role}
                errors={errs('members')}
                emptyLabel=""
              />
              <button type="submit">{t('analysis:members.add')}</button>
            </form>
          ) : null}
        </section>
      ) : null}

      <section>
        <h2>{t('analysis:thread.title')}</h2>
        {p.thread.length === 0 ? <p>{t('analysis:thread.none')}</p> : null}
        {p.thread.map((q) => (
          <article>
            <h3>{t('analysis:thread.questionBy', { name: q.question.askedByName })}</h3>
            <p>{q.question.body}</p>
            {q.answers.map((a) => (
              <blockquote>
                <p>
                  <strong>{t('analysis:thread.answerBy', { name: a.answeredByName })}</strong>
                </p>
                <p>{a.body}</p>
              </blockquote>
            ))}
            {p.mayAnswer ? (
              <form method="post" action={`${base}/questions/${q.question.id}/answers#errors`}>
                <TextAreaField
                  id={`answer-${q.question.id}`}
                  name="body"
                  label={t('analysis:thread.answer')}
                  value={failedOf(`answer-${q.question.id}`)?.values.body}
                  errors={errs(`answer-${q.question.id}`)}
                />
                <button type="submit">{t('analysis:thread.sendAnswer')}</button>
              </form>
            ) : null}
          </article>
        ))}
        {p.mayAsk ? (
          <form method="post" action={`${base}/questions#errors`}>
            <TextAreaField
              id="question-body"
              name="body"
              label={t('analysis:thread.question')}
              value={vals('question').body}
              errors={errs('question')}
            />
            <button type="submit">{t('analysis:thread.ask')}</button>
          </form>
        ) : null}
      </section>

      {p.checklist ? (
        <section>
          <h2>{t('analysis:checklist.title')}</h2>
          <TableScroll label={t('analysis:checklist.title')}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('analysis:checklist.element')}</th>
                  <th scope="col">{t('analysis:checklist.mark')}</th>
                  <th scope="col">{t('analysis:checklist.note')}</th>
                </tr>
              </thead>
              <tbody>
                {p.checklist.map((c) => (
                  <tr>
                    <th scope="row">{t(`analysis:elements.${c.element}`)}</th>
                    <td>{c.row ? t(`analysis:marks.${c.row.mark}`) : t('analysis:checklist.notAssessed')}</td>
                    <td>{c.row?.note ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          {p.mayWrite ? (
            <form method="post" action={`${base}/checklist#errors`}>
              <SelectField
                name="element"
                label={t('analysis:checklist.element')}
                options={p.checklist.map((c) => ({
                  value: c.element,
                  label: t(`analysis:elements.${c.element}`),
                }))}
                value={vals('checklist').element}
                errors={errs('checklist')}
                emptyLabel=""
              />
              <SelectField
                name="mark"
                label={t('analysis:checklist.mark')}
                options={[...elementMarks, ...planMarks.filter((m) => m !== 'partly')].map((m) => ({
                  value: m,
                  label: t(`analysis:marks.${m}`),
                }))}
                hint={t('analysis:checklist.markHint')}
                value={vals('checklist').mark}
                errors={errs('checklist')}
                emptyLabel=""
              />
              <TextField
                name="note"
                label={t('analysis:checklist.note')}
                value={vals('checklist').note}
                errors={errs('checklist')}
              />
              <button type="submit">{t('analysis:checklist.save')}</button>
            </form>
          ) : null}
        </section>
      ) : null}

      {p.checklist ? (
        <section>
          <h2>{t('analysis:draft.title')}</h2>
          {p.draft ? (
            <>
              <p>{p.draft.body}</p>
              <p>
                <strong>{t('analysis:draft.recommendation')}:</strong>{' '}
                {t(`analysis:recommendations.${p.draft.recommendation}`)} {p.draft.recommendationText ?? ''}
              </p>
              <p>{t('analysis:draft.writtenBy', { name: p.draft.writtenBy })}</p>
            </>
          ) : (
            <p>{t('analysis:draft.none')}</p>
          )}
          <p>
            <a href={`${base}/analysis.docx`}>{t('analysis:draft.word')}</a>
          </p>
          {p.mayWrite ? (
            <form method="post" action={`${base}/draft#errors`}>
              <TextAreaField
                name="body"
                label={t('analysis:draft.body')}
                value={draftValues.body}
                errors={errs('draft')}
              />
              <SelectField
                name="recommendation"
                label={t('analysis:draft.recommendation')}
                options={recommendations.map((x) => ({
                  value: x,
                  label: t(`analysis:recommendations.${x}`),
                }))}
                value={draftValues.recommendation}
                errors={errs('draft')}
                emptyLabel=""
              />
              <TextAreaField
                name="recommendationText"
                label={t('analysis:draft.recommendationText')}
                value={draftValues.recommendationText}
                errors={errs('draft')}
              />
              <button type="submit">{t('analysis:draft.save')}</button>
            </form>
          ) : null}
        </section>
      ) : null}

      <section>
        <h2>{t('analysis:decision.title')}</h2>
        <p>{decisionText(t, r)}</p>
        {p.mayDecide && !r.decision ? (
          <form method="post" action={`${base}/decision#errors`}>
            <SelectField
              name="outcome"
              label={t('analysis:decision.outcome')}
              options={(['granted', 'granted_shorter', 'refused'] as const).map((o) => ({
                value: o,
                label: t(`analysis:outcomes.${o}`),
              }))}
              value={vals('decision').outcome}
              errors={errs('decision')}
              emptyLabel=""
            />
            <TextField
              name="newDeadline"
              label={t('analysis:decision.newDeadline')}
              hint={t('analysis:decision.dateHint')}
              value={vals('decision').newDeadline}
              errors={errs('decision')}
            />
            <TextField
              name="occurredOn"
              label={t('analysis:decision.occurredOn')}
              hint={t('analysis:decision.dateHint')}
              value={vals('decision').occurredOn}
              errors={errs('decision')}
            />
            <TextField
              name="meeting"
              label={t('analysis:fields.meeting')}
              value={vals('decision').meeting}
              errors={errs('decision')}
            />
            <TextField
              name="note"
              label={t('analysis:fields.note')}
              value={vals('decision').note}
              errors={errs('decision')}
            />
            <button type="submit">{t('analysis:decision.record')}</button>
          </form>
        ) : null}
      </section>
    </>
  );
}

/** The Analysis Group's pages: every request, and one request's workspace. */
export function analysisRoutes(deps: RouteDeps) {
  const { app, db, today, ctxOf } = moduleRoutes(deps);

  app.get('/extension-analyses', async (c) => {
    const t = c.get('t');
    const rows = await listRequestRows(db, today(), c.get('locale'));
    return render(
      c,
      t('analysis:list.title'),
      <ListPage
        t={t}
        rows={rows}
        showGroup={canReadWorkspace(c.get('actor'))}
        canOpen={(iso3) => canReadThread(c.get('actor'), iso3)}
      />,
    );
  });

  /** The request, once the actor is known to read its thread (else 401/403). */
  const readable = async (c: AppContext) => {
    const actor = c.get('actor');
    requireThat(c, mayReadSomeThread(actor));
    const r = await requestOrNotFound(db, rowIdParam(c), today(), c.get('locale'));
    requireThat(c, canReadThread(actor, r.iso3));
    return r;
  };

  const names = async () => new Map((await listUsers(db)).map((u) => [u.id, u.name]));

  const detail = async (c: AppContext, r: ExtensionRequestView, failed?: Failed) => {
    const t = c.get('t');
    const actor = c.get('actor');
    const workspace = canReadWorkspace(actor);
    const users = await listUsers(db);
    const members = await listMembers(db, r.id, new Map(users.map((u) => [u.id, u.name])));
    const ids = members.map((m) => m.userId);
    const page = (
      <DetailPage
        t={t}
        r={r}
        members={workspace ? members : null}
        thread={await listThread(db, r.id)}
        checklist={workspace ? await listChecklist(db, r.id, r.article) : null}
        draft={workspace ? await findDraft(db, r.id) : null}
        mayForm={canFormGroup(actor)}
        eligible={users
          .filter((u) => !u.disabledAt && (u.role === 'isu' || u.role === 'coordinator'))
          .map((u) => ({ value: u.id, label: `${u.name} (${u.role})` }))}
        mayAsk={canAsk(actor, ids)}
        mayAnswer={canAnswer(actor, r.iso3)}
        mayWrite={canWriteNotes(actor, ids)}
        mayDecide={canRecordObligationEvent(actor, r.iso3, 'extension_decided')}
        failed={failed ? { ...failed, errors: translateErrors(t, failed.errors) } : undefined}
      />
    );
    return render(
      c,
      t('analysis:detail.title', { state: r.stateName, article: String(r.article) }),
      page,
      failed ? 422 : 200,
    );
  };

  app.get(`/extension-analyses/${ID}`, async (c) => detail(c, await readable(c)));

  app.get(`/extension-analyses/${ID}/analysis.docx`, async (c) => {
    const r = await readable(c);
    requireThat(c, canReadWorkspace(c.get('actor')));
    const body = await renderAnalysisDocx({
      request: r,
      members: await listMembers(db, r.id, await names()),
      thread: await listThread(db, r.id),
      checklist: await listChecklist(db, r.id, r.article),
      draft: await findDraft(db, r.id),
      t: c.get('t'),
      locale: c.get('locale'),
      generatedOn: today(),
    });
    return c.body(new Uint8Array(body), 200, {
      'Content-Type': DOCX_TYPE,
      'Content-Disposition': `attachment; filename="extension-analysis-${r.iso3}-${r.id}.docx"`,
      'Cache-Control': 'no-store',
    });
  });

  /** A form post: the verb, then back to the page; a refusal of the input shows the page again (422). */
  const post = (
    path: string,
    form: (c: AppContext) => string,
    fields: readonly string[],
    write: (c: AppContext, r: ExtensionRequestView, values: Record<string, string>) => Promise<unknown>,
    flash: string,
  ) =>
    app.post(`/extension-analyses/${ID}${path}`, async (c) => {
      const r = await readable(c);
      const typed = await readForm(c);
      const values = Object.fromEntries(fields.map((k) => [k, typed[k] ?? '']));
      return submitForm(c, {
        save: () => write(c, r, values),
        again: (errors) => detail(c, r, { form: form(c), values, errors }),
        flash,
        location: () => analysisHref(r.id),
      });
    });

  post(
    '/members',
    () => 'members',
    ['userId', 'role'],
    (c, r, v) => addMember(ctxOf(c), { ...v, requestId: r.id }),
    'analysis:flash.memberAdded',
  );
  post(
    '/questions',
    () => 'question',
    ['body'],
    (c, r, v) => askQuestion(ctxOf(c), { ...v, requestId: r.id }),
    'analysis:flash.asked',
  );
  post(
    `/questions/:qid${ROW_ID_PATTERN}/answers`,
    (c) => `answer-${c.req.param('qid')}`,
    ['body'],
    (c, r, v) => answerQuestion(ctxOf(c), { ...v, requestId: r.id, questionId: c.req.param('qid') }),
    'analysis:flash.answered',
  );
  post(
    '/checklist',
    () => 'checklist',
    ['element', 'mark', 'note'],
    (c, r, v) => setChecklistItem(ctxOf(c), { ...v, requestId: r.id }),
    'analysis:flash.marked',
  );
  post(
    '/draft',
    () => 'draft',
    ['body', 'recommendation', 'recommendationText'],
    (c, r, v) => writeDraft(ctxOf(c), { ...v, requestId: r.id }),
    'analysis:flash.drafted',
  );
  // The decision is the states module's fact: recorded through its own verb, so the deadline moves.
  post(
    '/decision',
    () => 'decision',
    ['outcome', 'newDeadline', 'occurredOn', 'meeting', 'note'],
    (c, r, v) =>
      recordObligationEvent(ctxOf(c), {
        ...v,
        kind: 'extension_decided',
        iso3: r.iso3,
        article: r.article,
        confirmed: 'yes',
        source: `Analysis Group workspace ${analysisHref(r.id)}`,
      }),
    'analysis:flash.decided',
  );

  return app;
}
