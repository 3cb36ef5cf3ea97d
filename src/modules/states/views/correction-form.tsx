import type { FieldErrors } from '../../../kernel/errors.js';
import type { Locale, Translate } from '../../../kernel/i18n/index.js';
import { FieldList, type FieldSpec } from '../../../kernel/views/field-list.js';
import { FormPage } from '../../../kernel/views/form-page.js';
import type { EventRow } from '../corrections.js';
import type { ObligationView, StateView } from '../queries.js';
import { eventFieldSpecs } from './event-form.js';
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

/** Whether the fact is corrected or withdrawn, the fact's own fields, and why. */
const correctionFields = (t: Translate, kind: EventRow['kind']): FieldSpec[] => [
  {
    kind: 'select',
    name: 'action',
    label: t('states:correction.action'),
    initial: 'corrected',
    options: ['corrected', 'withdrawn'].map((x) => ({
      value: x,
      label: t(`states:correction.actions.${x}`),
    })),
  },
  ...eventFieldSpecs(t, kind),
  {
    kind: 'textarea',
    name: 'reason',
    label: t('states:correction.reason'),
    hint: t('states:correction.reasonHint'),
    maxLength: 1000,
    required: true,
  },
];

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
  return (
    <FormPage
      t={t}
      title={t('states:correction.title')}
      intro={
        <>
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
        </>
      }
      errors={errors}
      errorTitle={t('errors:summary')}
      action={correctionHref(s.iso3, o.article, e.id)}
      submit={t('states:correction.submit')}
      cancel={`/states/${s.iso3}#article-${o.article}`}
      validate
    >
      <FieldList fields={correctionFields(t, e.kind)} values={v} errors={errors} />
    </FormPage>
  );
}
