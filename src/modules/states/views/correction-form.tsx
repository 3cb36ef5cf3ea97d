import type { FieldErrors } from '../../../kernel/errors.js';
import type { Locale, Translate } from '../../../kernel/i18n/index.js';
import { bindFields, ErrorSummary, SelectField, TextAreaField } from '../../../kernel/views/fields.js';
import type { EventRow } from '../corrections.js';
import type { ObligationView, StateView } from '../queries.js';
import { eventFieldInput, eventFields } from './event-form.js';
import { correctionHref } from './hrefs.js';
import { DateText } from './parts.js';

/** The form's values for a fact as it stands (its corrections applied): what the ISU starts from. */
export function correctionValuesOf(e: EventRow): Record<string, string> {
  return {
    action: 'corrected',
    occurredOn: e.occurredOn ?? '',
    meeting: e.meeting ?? '',
    requestedDeadline: e.requestedDeadline ?? '',
    outcome: e.outcome ?? '',
    newDeadline: e.newDeadline ?? '',
    confirmed: e.confirmed ? 'yes' : 'no',
    note: e.note ?? '',
    source: e.source ?? '',
    declaredOn: e.declaredOn ?? '',
    documentTitle: e.documentTitle ?? '',
    documentSymbol: e.documentSymbol ?? '',
    documentUrl: e.documentUrl ?? '',
    reason: '',
  };
}

/** Correct or withdraw one recorded fact; the fact stays in the history as first recorded. */
export function CorrectionFormPage(p: {
  t: Translate;
  locale: Locale;
  state: StateView;
  obligation: ObligationView;
  event: EventRow;
  values: Record<string, string>;
  errors?: FieldErrors;
}) {
  const { t, locale, state: s, obligation: o, event: e, values: v, errors } = p;
  const field = bindFields(v, errors);
  return (
    <section>
      <h1>{t('states:correction.title')}</h1>
      <dl class="facts">
        <dt>{t('states:col.state')}</dt>
        <dd>
          <a href={`/states/${s.iso3}#article-${o.article}`}>{s.name}</a>
        </dd>
        <dt>{t('states:col.article')}</dt>
        <dd>{t(`states:articles.${o.article}.title`)}</dd>
        <dt>{t('states:correction.fact')}</dt>
        <dd>
          {t(`states:kind.${e.kind}`)}, <DateText t={t} locale={locale} date={e.occurredOn} />
          {e.meeting ? ` (${e.meeting})` : ''}
        </dd>
      </dl>
      <p class="hint">{t('states:correction.help')}</p>
      <ErrorSummary errors={errors} title={t('errors:summary')} />
      <form method="post" action={`${correctionHref(s.iso3, o.article, e.id)}#errors`} class="stack">
        <SelectField
          name="action"
          label={t('states:correction.action')}
          value={v.action || 'corrected'}
          options={(['corrected', 'withdrawn'] as const).map((a) => ({
            value: a,
            label: t(`states:correction.actions.${a}`),
          }))}
          errors={errors}
        />
        {eventFields[e.kind].map((f) => eventFieldInput({ t, kind: e.kind, values: v, errors }, f))}
        <TextAreaField
          {...field('reason')}
          label={t('states:correction.reason')}
          hint={t('states:correction.reasonHint')}
          maxLength={1000}
          required
        />
        <button type="submit">{t('states:correction.submit')}</button>{' '}
        <a href={`/states/${s.iso3}#article-${o.article}`}>{t('common:cancel')}</a>
      </form>
    </section>
  );
}
