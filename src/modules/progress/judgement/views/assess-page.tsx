import type { FieldErrors } from '../../../../kernel/errors.js';
import type { Locale, Translate } from '../../../../kernel/i18n/index.js';
import { stateName } from '../../../../kernel/i18n/state-names.js';
import { stateOptions } from '../../../../kernel/views/choices.js';
import { DemoNotice } from '../../../../kernel/views/demo-notice.js';
import { SelectField, TextAreaField, TextField } from '../../../../kernel/views/fields.js';
import { PostForm } from '../../../../kernel/views/form-page.js';
import { Table, type TableDefinition } from '../../../../kernel/views/table.js';
import { assessmentBases, assessmentValues } from '../../schema.js';
import type { AssessmentView, JudgedIndicator, OverrideView } from '../apply.js';
import { FigureText, when } from './parts.js';

export interface AssessPageProps {
  t: Translate;
  locale: Locale;
  meeting: string;
  indicator: JudgedIndicator;
  includesDemonstrationData: boolean;
  states: Array<{ iso3: string; name: string }>;
  assessments: AssessmentView[];
  overrides: OverrideView[];
  assessment: { values: Record<string, string>; errors?: FieldErrors };
  override: { values: Record<string, string>; errors?: FieldErrors };
}

function Withdrawal(p: { t: Translate; locale: Locale; row: AssessmentView | OverrideView }) {
  const { t, row } = p;
  if (!row.withdrawnAt) return null;
  return (
    <small>
      {t('progressJudgement:history.withdrawn', {
        by: row.withdrawnBy ?? '',
        at: when(p.locale, row.withdrawnAt),
      })}
      {row.withdrawalReason
        ? ` ${t('progressJudgement:history.because', { reason: row.withdrawalReason })}`
        : ''}
    </small>
  );
}

/** The ISU's and Coordinators' page for one indicator: its figures, the assessments and the agreed figure. */
/** The States' assessments of one indicator, each with who recorded it and, while it stands, its withdraw button. */
function assessmentTable(t: Translate, locale: Locale, base: string): TableDefinition<AssessmentView> {
  return {
    columns: [
      {
        key: 'state',
        header: t('progressJudgement:form.state'),
        rowHeader: true,
        value: (x) => stateName(locale, x.stateIso3, x.stateName),
      },
      {
        key: 'value',
        header: t('progressJudgement:form.value'),
        value: (x) => t(`progressJudgement:value.${x.value}`),
      },
      {
        key: 'basis',
        header: t('progressJudgement:form.basis'),
        value: (x) =>
          `${t(`progressJudgement:basis.${x.basis}`)}${x.basisDetail ? `: ${x.basisDetail}` : ''}`,
      },
      { key: 'note', header: t('progressJudgement:form.note'), value: (x) => x.note ?? '' },
      {
        key: 'by',
        header: t('progressJudgement:history.by'),
        cell: (x) => (
          <>
            {x.by}, {when(locale, x.at)}
            <br />
            <Withdrawal t={t} locale={locale} row={x} />
          </>
        ),
      },
      {
        key: 'withdraw',
        header: '',
        cell: (x) =>
          x.withdrawnAt ? null : (
            <WithdrawForm
              t={t}
              action={`${base}/assessments/${x.id}/withdraw`}
              id={`f-withdraw-${x.id}`}
              button="withdraw"
            />
          ),
      },
    ],
  };
}

export function AssessPage(p: AssessPageProps) {
  const { t, locale, indicator: i, meeting } = p;
  const base = `/progress/${meeting}/${i.id}`;
  const a = p.assessment.values;
  const o = p.override.values;
  // The assessment's vocabularies: the label is form.NAME, each option NAME.VALUE.
  const choice = (name: 'value' | 'basis', values: readonly string[]) => (
    <SelectField
      name={name}
      label={t(`progressJudgement:form.${name}`)}
      value={a[name]}
      errors={p.assessment.errors}
      required
      emptyLabel=""
      options={values.map((v) => ({ value: v, label: t(`progressJudgement:${name}.${v}`) }))}
    />
  );
  // The population the computation listed comes first: it is who the indicator is about.
  const listed = new Set(i.computed.evidence.map((e) => e.iso3));
  const states = [
    ...p.states.filter((s) => listed.has(s.iso3)),
    ...p.states.filter((s) => !listed.has(s.iso3)),
  ];
  return (
    <section>
      <h1>{t('progressJudgement:assess.title', { id: i.id, meeting })}</h1>
      <p>
        <a href={`/progress/${meeting}/published`}>{t('progressJudgement:assess.backToPublished')}</a>
      </p>
      <DemoNotice t={t} show={p.includesDemonstrationData} />
      <dl class="figures">
        <dt>{t('progressJudgement:col.computed')}</dt>
        <dd id="computed">
          <FigureText t={t} locale={locale} figure={i.computed} />
          {i.computed.value === null && i.computed.noData ? (
            <> — {t(`progress:noData.${i.computed.noData}`)}</>
          ) : null}
        </dd>
        {i.judged ? (
          <>
            <dt>{t('progressJudgement:assess.assessedFigure')}</dt>
            <dd id="assessed">
              {i.assessed ? (
                <>
                  <FigureText t={t} locale={locale} figure={i.assessed} />{' '}
                  {t('progressJudgement:assess.tally', i.assessed.tally)}
                </>
              ) : (
                <span class="muted">{t('progressJudgement:assess.noAssessment')}</span>
              )}
            </dd>
          </>
        ) : null}
        <dt>{t('progressJudgement:col.agreed')}</dt>
        <dd id="agreed">
          {i.agreed ? (
            <>
              <FigureText t={t} locale={locale} figure={i.agreed} />{' '}
              {t('progressJudgement:agreed.reason', { reason: i.agreed.reason, by: i.agreed.by })}
            </>
          ) : (
            <span class="muted">{t('progressJudgement:agreed.none')}</span>
          )}
        </dd>
        <dt>{t('progressJudgement:assess.shown')}</dt>
        <dd id="shown">
          <FigureText t={t} locale={locale} figure={i.shown} />{' '}
          <small>{t(`progressJudgement:shownFrom.${i.shown.from}`)}</small>
        </dd>
      </dl>

      <h2>{t('progressJudgement:assess.assessmentsTitle')}</h2>
      <Table
        definition={assessmentTable(t, locale, base)}
        rows={p.assessments}
        locale={locale}
        class="assessments"
        label={t('progressJudgement:assess.assessmentsTitle')}
        empty={t('progressJudgement:assess.noAssessment')}
        rowAttributes={(x) => ({
          'data-assessment': String(x.id),
          class: x.withdrawnAt ? 'withdrawn' : undefined,
        })}
      />

      <h2>{t('progressJudgement:assess.recordTitle')}</h2>
      <PostForm
        t={t}
        errors={p.assessment.errors}
        action={`${base}/assess`}
        submit={t('progressJudgement:form.record')}
      >
        <SelectField
          name="stateIso3"
          label={t('progressJudgement:form.state')}
          value={a.stateIso3}
          errors={p.assessment.errors}
          required
          emptyLabel=""
          options={stateOptions(states)}
        />
        {choice('value', assessmentValues)}
        {choice('basis', assessmentBases)}
        <TextField
          name="basisDetail"
          label={t('progressJudgement:form.basisDetail')}
          hint={t('progressJudgement:form.basisDetailHint')}
          value={a.basisDetail}
          errors={p.assessment.errors}
          maxLength={500}
        />
        <TextAreaField
          name="note"
          label={t('progressJudgement:form.note')}
          value={a.note}
          errors={p.assessment.errors}
        />
      </PostForm>

      <h2>{t('progressJudgement:assess.overrideTitle')}</h2>
      <p>{t('progressJudgement:assess.overrideIntro')}</p>
      {i.agreed ? (
        <WithdrawForm
          t={t}
          action={`${base}/override/${i.agreed.overrideId}/withdraw`}
          id="f-withdraw-override"
          button="withdrawOverride"
        />
      ) : null}
      <PostForm
        t={t}
        errors={p.override.errors}
        action={`${base}/override`}
        submit={t('progressJudgement:form.agree')}
      >
        <TextField
          name="agreedValue"
          type="number"
          label={t('progressJudgement:form.agreedValue')}
          value={o.agreedValue}
          errors={p.override.errors}
          required
        />
        <TextField
          name="denominator"
          type="number"
          label={t('progressJudgement:form.denominator')}
          hint={t('progressJudgement:form.denominatorHint')}
          value={o.denominator}
          errors={p.override.errors}
        />
        <TextAreaField
          name="reason"
          label={t('progressJudgement:form.reason')}
          hint={t('progressJudgement:form.reasonHint')}
          value={o.reason}
          errors={p.override.errors}
          required
        />
      </PostForm>

      {p.overrides.length ? (
        <>
          <h2>{t('progressJudgement:assess.overrideHistory')}</h2>
          <ul>
            {p.overrides.map((x) => (
              <li data-override={x.id}>
                <FigureText t={t} locale={locale} figure={x} /> —{' '}
                {t('progressJudgement:agreed.reason', { reason: x.reason, by: x.by })}, {when(locale, x.at)}{' '}
                <Withdrawal t={t} locale={locale} row={x} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/** A withdrawal's form: the reason (optional) and the button. */
function WithdrawForm(p: {
  t: Translate;
  action: string;
  id: string;
  button: 'withdraw' | 'withdrawOverride';
}) {
  return (
    <form method="post" action={`${p.action}#errors`}>
      <TextField id={p.id} name="reason" label={p.t('progressJudgement:form.withdrawReason')} />
      <button type="submit">{p.t(`progressJudgement:form.${p.button}`)}</button>
    </form>
  );
}
