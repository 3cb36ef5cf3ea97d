import type { Child } from 'hono/jsx';
import { ValidationError } from '../../../kernel/errors.js';
import { redirectWithSuccess } from '../../../kernel/form-post.js';
import { readForm, translateErrors } from '../../../kernel/forms.js';
import { type AppContext, moduleRoutes, type RouteDeps, requireThat } from '../../../kernel/http.js';
import { ROW_ID_PATTERN, rowIdParam } from '../../../kernel/ids.js';
import { renderPage } from '../../../kernel/page.js';
import { render } from '../../../kernel/views/render.js';
import { createMailer, deliverQueued } from '../../outbox/index.js';
import { listStateNames } from '../../states/index.js';
import {
  canConfirmDeliveryTo,
  confirmsForOwnState,
  mayActForAnyPartner,
  partnerKeyOf,
} from '../shared/policy.js';
import { commitToNeed } from './commit-to-need.js';
import { confirmDelivery } from './confirm-delivery.js';
import { markDelivered } from './mark-delivered.js';
import { findNeedRow, getResponse, linkableEntries, listResponsesFor, offersOf } from './queries.js';
import { respondToNeed } from './respond-to-need.js';
import { CommitForm, ConfirmForm, DeliverForm, RespondForm, WithdrawForm } from './views/forms.js';
import { type FormStep, needHref } from './views/links.js';
import { ResponsesPage } from './views/responses-page.js';
import { StepFormPage } from './views/step-form-page.js';
import { withdrawResponse } from './withdraw-response.js';
import { needNotFound, responseNotFound } from './write.js';

const ID = ROW_ID_PATTERN;

/** The fields each form sends; nothing else is read from it (the partner, the need come from the address or the session). */
const fieldsOf: Record<FormStep, string[]> = {
  respond: ['partnerIso3', 'organisation', 'offerId', 'note'],
  commit: ['amount', 'currency', 'note'],
  deliver: ['deliveredOn', 'note'],
  withdraw: ['note'],
  confirm: ['needNowIs', 'ledgerEntryId'],
};

export function responsesRoutes(deps: RouteDeps) {
  const { app, db, ctxOf } = moduleRoutes(deps);
  const mailer = createMailer(deps.config.SMTP_URL, deps.config.MAIL_FROM);
  const baseUrl = deps.config.baseUrl;

  app.get('/cooperation/responses', async (c) => {
    const actor = c.get('actor');
    requireThat(c, actor.kind !== 'anonymous');
    const rows = await listResponsesFor(db, actor);
    const confirmer = confirmsForOwnState(actor);
    return renderPage(c, 'responses:list.title', ResponsesPage, {
      rows,
      confirmer,
    });
  });

  const valuesOf = (form: Record<string, string>, step: FormStep) =>
    Object.fromEntries(fieldsOf[step].map((f) => [f, form[f] ?? '']));

  /** After the write commits: send what it queued; a slow or failing mail server never undoes it. */
  const done = async (c: AppContext, step: FormStep, needId: number) => {
    await deliverQueued(db, mailer).catch((e: unknown) => console.error('handshake mail delivery failed', e));
    return redirectWithSuccess(c, `responses:flash.${step}`, `${needHref(needId)}#responses`);
  };

  const formPage = (
    c: AppContext,
    need: { id: number; stateName: string; description: string },
    step: FormStep,
    errors: Record<string, string[]>,
    form: Child,
  ) => {
    const t = c.get('t');
    return render(
      c,
      t(`responses:form.title.${step}`),
      <StepFormPage t={t} need={need} step={step} errors={translateErrors(t, errors)}>
        {form}
      </StepFormPage>,
      422,
    );
  };

  app.post(`/cooperation/needs/:id${ID}/responses`, async (c) => {
    const needId = rowIdParam(c);
    const form = await readForm(c);
    const values = valuesOf(form, 'respond');
    try {
      await respondToNeed(ctxOf(c), { ...values, needId, baseUrl });
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      const need = await findNeedRow(db, needId);
      if (!need) throw needNotFound(needId);
      const actor = c.get('actor');
      const key = partnerKeyOf(actor);
      const t = c.get('t');
      const errors = translateErrors(t, err.fieldErrors);
      return formPage(
        c,
        need,
        'respond',
        err.fieldErrors,
        <RespondForm
          t={t}
          needId={needId}
          offers={key ? await offersOf(db, key) : []}
          partnerStates={mayActForAnyPartner(actor) ? await listStateNames(db, c.get('locale')) : undefined}
          values={values}
          errors={errors}
        />,
      );
    }
    return done(c, 'respond', needId);
  });

  /** A step on an existing response: the verb decides who may; a bad value shows the form again. */
  const step = (name: Exclude<FormStep, 'respond'>) =>
    app.post(`/cooperation/responses/:id${ID}/${name}`, async (c) => {
      const responseId = rowIdParam(c);
      const form = await readForm(c);
      const values = valuesOf(form, name);
      const input = { ...values, responseId, baseUrl };
      const ctx = ctxOf(c);
      let needId: number;
      try {
        const verb = {
          commit: commitToNeed,
          deliver: markDelivered,
          withdraw: withdrawResponse,
          confirm: confirmDelivery,
        }[name];
        ({ needId } = await verb(ctx, input));
      } catch (err) {
        if (!(err instanceof ValidationError)) throw err;
        const response = await getResponse(db, responseId);
        if (!response) throw responseNotFound(responseId);
        const t = c.get('t');
        const errors = translateErrors(t, err.fieldErrors);
        const props = { t, responseId, values, errors };
        const formOf: Record<typeof name, () => Promise<Child>> = {
          commit: async () => <CommitForm {...props} />,
          deliver: async () => <DeliverForm {...props} />,
          withdraw: async () => <WithdrawForm {...props} />,
          confirm: async () => (
            <ConfirmForm
              {...props}
              locale={c.get('locale')}
              entries={
                canConfirmDeliveryTo(c.get('actor'), response.needStateIso3)
                  ? (await linkableEntries(db, response.needStateIso3)).filter(
                      (e) => e.ownerKey === response.ownerKey,
                    )
                  : []
              }
            />
          ),
        };
        return formPage(
          c,
          { id: response.needId, stateName: response.needStateName, description: response.needDescription },
          name,
          err.fieldErrors,
          await formOf[name](),
        );
      }
      return done(c, name, needId);
    });
  step('commit');
  step('deliver');
  step('withdraw');
  step('confirm');

  return app;
}
