import type { Child } from 'hono/jsx';
import type { FieldErrors } from '../../../../kernel/errors.js';
import type { Translate } from '../../../../kernel/i18n/index.js';
import { ErrorSummary } from '../../../../kernel/views/fields.js';
import { type FormStep, needHref } from './links.js';

/** A handshake form again, with what was typed and what is wrong with it (422). */
export function StepFormPage(p: {
  t: Translate;
  need: { id: number; stateName: string; description: string };
  step: FormStep;
  errors?: FieldErrors;
  children: Child;
}) {
  const { t } = p;
  return (
    <>
      <h1>{t(`responses:form.title.${p.step}`)}</h1>
      <p>
        <a href={needHref(p.need.id)}>{p.need.stateName}</a>: {p.need.description}
      </p>
      <ErrorSummary errors={p.errors} title={t('errors:summary')} />
      {p.children}
      <p>
        <a href={`${needHref(p.need.id)}#responses`}>{t('common:cancel')}</a>
      </p>
    </>
  );
}
