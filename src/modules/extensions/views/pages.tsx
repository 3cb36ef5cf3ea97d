import { currencyName } from '../../../kernel/currencies.js';
import type { FieldErrors } from '../../../kernel/errors.js';
import {
  formatDate,
  formatNumber,
  type Locale,
  localeOf,
  type Translate,
} from '../../../kernel/i18n/index.js';
import { ErrorSummary, TextAreaField, TextField } from '../../../kernel/views/fields.js';
import { Table, type TableDefinition, TableScroll } from '../../../kernel/views/table.js';
import { currencies } from '../../reports/schema.js';
import type { ExtensionRequestView, RequestListRow } from '../queries.js';
import { CAP_YEARS, capRule, type ProjectionBasis, type StrictlyNecessaryFlag } from '../rules.js';
import { elementFields, elementsOf } from './elements.js';

/** The extension requests as the list shows them: a page-only table. */
function requestTable(t: Translate, locale: Locale): TableDefinition<RequestListRow> {
  return {
    columns: [
      {
        key: 'state',
        header: t('extensions:list.state'),
        rowHeader: true,
        cell: (r) => <a href={`/extension-requests/${r.id}`}>{r.stateName}</a>,
      },
      {
        key: 'article',
        header: t('extensions:list.article'),
        value: (r) => t(`extensions:article${r.article}`),
      },
      {
        key: 'status',
        header: t('extensions:field.status'),
        value: (r) => t(`extensions:status.${r.status}`),
      },
      {
        key: 'duration',
        header: t('extensions:element4.durationYears'),
        cell: (r) => r.durationYears ?? t('extensions:unknown'),
      },
      {
        key: 'submittedOn',
        header: t('extensions:submittedOn'),
        value: (r) => r.submittedOn,
        cell: (r) => (r.submittedOn ? formatDate(locale, r.submittedOn) : '—'),
      },
      { key: 'meeting', header: t('extensions:meeting'), value: (r) => r.meetingCode ?? '—' },
    ],
  };
}

export function ListPage(p: { t: Translate; locale: Locale; rows: RequestListRow[] }) {
  const { t } = p;
  return (
    <main>
      <h1>{t('extensions:list.title')}</h1>
      <p class="hint">{t('extensions:list.intro')}</p>
      <Table
        definition={requestTable(t, p.locale)}
        rows={p.rows}
        locale={p.locale}
        label={t('extensions:list.title')}
        empty={t('extensions:list.none')}
      />
    </main>
  );
}

function FlagNote(p: { t: Translate; locale: Locale; flag: StrictlyNecessaryFlag }) {
  const { t, flag } = p;
  const b = flag.basis;
  return (
    <div class="notice warning" data-flag="strictly-necessary">
      <p>
        <strong>{t('extensions:flag.title')}</strong>{' '}
        {t('extensions:flag.text', { requested: flag.requested, needed: flag.needed })}
      </p>
      <p>
        {t('extensions:flag.basis', {
          expected: b.expected ? formatDate(p.locale, b.expected) : t('extensions:unknown'),
          deadline: b.deadline ? formatDate(p.locale, b.deadline) : t('extensions:unknown'),
          rate: b.rateMean !== null ? formatNumber(p.locale, b.rateMean) : t('extensions:unknown'),
          remaining: b.remaining !== null ? formatNumber(p.locale, b.remaining) : t('extensions:unknown'),
          year: b.remainingYear ?? '',
        })}
      </p>
    </div>
  );
}

export function DetailPage(p: {
  t: Translate;
  locale: Locale;
  r: ExtensionRequestView;
  canWrite: boolean;
  flag: StrictlyNecessaryFlag | null;
  basis: ProjectionBasis | null;
  errors?: FieldErrors;
  note?: string;
}) {
  const { t, r, locale } = p;
  const num = (n: number | null) => (n === null ? t('extensions:unknown') : formatNumber(locale, n));
  return (
    <main>
      <h1>{t('extensions:detail.title', { state: r.stateName, article: r.article })}</h1>
      <p data-status={r.status}>
        {t('extensions:field.status')}: <strong>{t(`extensions:status.${r.status}`)}</strong>
        {r.status !== 'submitted' && r.submittedOn === null
          ? ` — ${t('extensions:detail.draftNotice')}`
          : null}
      </p>
      <p class="hint">{t(`extensions:docx.basis${r.article}`)}</p>
      <p>
        {t('extensions:detail.currentDeadline')}:{' '}
        {r.currentDeadline ? formatDate(locale, r.currentDeadline) : t('extensions:unknown')}.{' '}
        {t('extensions:detail.cap', { years: CAP_YEARS[r.article], rule: capRule(r.article) })}
      </p>
      {r.submittedOn ? (
        <p
          data-timeliness={r.submitBy === null ? 'unknown' : r.submittedOn <= r.submitBy ? 'timely' : 'late'}
        >
          {t('extensions:submittedOn')}: {formatDate(locale, r.submittedOn)}.{' '}
          {r.meetingCode && r.submitBy
            ? t(r.submittedOn <= r.submitBy ? 'extensions:timely.yes' : 'extensions:timely.no', {
                meeting: r.meetingCode,
                startsOn: formatDate(locale, r.meetingStartsOn),
                submitBy: formatDate(locale, r.submitBy),
              })
            : t('extensions:timely.unknown')}
        </p>
      ) : null}
      {p.flag ? <FlagNote t={t} locale={locale} flag={p.flag} /> : null}
      <p>
        <a href={`/extension-requests/${r.id}/request.docx`}>{t('extensions:detail.docx')}</a>
      </p>
      <h2>{t('extensions:detail.elements')}</h2>
      <dl>
        {elementsOf(r, t, locale).map((e) => (
          <>
            <dt>{e.label}</dt>
            <dd data-field={e.field}>
              <span style="white-space: pre-line">{e.value ?? t('extensions:notGiven')}</span>
              {e.source ? (
                <p class="hint" data-source={e.field}>
                  {e.sourceRow?.reportId ? (
                    <a href={`/reports/${e.sourceRow.reportId}/versions/${e.sourceRow.reportVersion}`}>
                      {e.source}
                    </a>
                  ) : (
                    e.source
                  )}
                </p>
              ) : null}
            </dd>
          </>
        ))}
      </dl>
      {p.canWrite && r.status !== 'withdrawn' ? (
        <p>
          <a href={`/extension-requests/${r.id}/edit`}>{t('extensions:detail.edit')}</a>
        </p>
      ) : null}
      <h2 id="plan">{t('extensions:plan.title')}</h2>
      {r.plan.length === 0 ? (
        <p>{t('extensions:plan.none')}</p>
      ) : (
        <TableScroll label={t('extensions:plan.title')}>
          <table>
            <thead>
              <tr>
                {['year', 'milestone', 'quantity', 'cost', 'currency', 'national', 'external', 'gap'].map(
                  (k) => (
                    <th scope="col">{t(`extensions:plan.${k}`)}</th>
                  ),
                )}
              </tr>
            </thead>
            <tbody>
              {r.plan.map((row) => (
                <tr>
                  <th scope="row">{row.year}</th>
                  <td>{row.milestone}</td>
                  <td>{num(row.quantity)}</td>
                  <td>{num(row.cost)}</td>
                  <td>{row.currency ?? t('extensions:unknown')}</td>
                  <td>{num(row.nationalFunding)}</td>
                  <td>{num(row.externalFunding)}</td>
                  <td data-gap={row.gap ?? 'unknown'}>{num(row.gap)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {r.needLinks.length ? (
        <>
          <h3>{t('extensions:needs.title')}</h3>
          <ul>
            {r.needLinks.map((l) => (
              <li>
                <a href={`/needs/${l.needId}`}>
                  {t('extensions:needs.item', { year: l.year, currency: l.currency })}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {p.canWrite && r.status !== 'withdrawn' ? (
        <p>
          <a href={`/extension-requests/${r.id}/plan`}>{t('extensions:plan.edit')}</a>
        </p>
      ) : null}
      {p.canWrite && r.status === 'draft' ? (
        <form method="post" action={`/extension-requests/${r.id}/submit#errors`}>
          <h2>{t('extensions:submit.title')}</h2>
          <ErrorSummary errors={p.errors} title={t('extensions:errorSummary')} />
          {p.errors?.durationYears ? <p class="error">{p.errors.durationYears.join(' ')}</p> : null}
          <input type="hidden" name="version" value={String(r.version)} />
          <TextAreaField
            name="note"
            label={t('extensions:submit.note')}
            hint={t('extensions:submit.noteHint')}
            value={p.note ?? ''}
            errors={p.errors}
          />
          <button type="submit">{t('extensions:submit.button')}</button>
        </form>
      ) : null}
      {p.canWrite && r.status !== 'withdrawn' ? (
        <form method="post" action={`/extension-requests/${r.id}/withdraw#errors`}>
          <input type="hidden" name="version" value={String(r.version)} />
          <TextField name="reason" label={t('extensions:withdraw.reason')} />
          <button type="submit">{t('extensions:withdraw.button')}</button>
        </form>
      ) : null}
    </main>
  );
}

export function EditPage(p: {
  t: Translate;
  r: ExtensionRequestView;
  values: Record<string, string>;
  errors?: FieldErrors;
}) {
  const { t, r } = p;
  const long = new Set([
    'reasons',
    'meansAvailable',
    'meansRequired',
    'workDone',
    'workPlanned',
    'impediments',
    'implications',
    'otherInformation',
    'nationalResources',
    'assistanceReceived',
    'statedNeeds',
  ]);
  return (
    <main>
      <h1>{t('extensions:edit.title', { state: r.stateName, article: r.article })}</h1>
      <ErrorSummary errors={p.errors} title={t('extensions:errorSummary')} />
      <form method="post" action={`/extension-requests/${r.id}/edit#errors`}>
        <input type="hidden" name="version" value={p.values.version ?? String(r.version)} />
        {elementFields[r.article].map((f) =>
          long.has(f) ? (
            <TextAreaField
              name={f}
              label={t(`extensions:element${r.article}.${f}`)}
              value={p.values[f] ?? ''}
              errors={p.errors}
            />
          ) : (
            <TextField
              name={f}
              type="text"
              label={t(`extensions:element${r.article}.${f}`)}
              hint={
                f === 'durationYears'
                  ? t('extensions:detail.cap', { years: CAP_YEARS[r.article], rule: capRule(r.article) })
                  : undefined
              }
              value={p.values[f] ?? ''}
              errors={p.errors}
            />
          ),
        )}
        <button type="submit">{t('extensions:edit.save')}</button>
      </form>
    </main>
  );
}

export const PLAN_COLUMNS = [
  'year',
  'milestone',
  'quantity',
  'cost',
  'currency',
  'nationalFunding',
  'externalFunding',
] as const;

export function PlanPage(p: {
  t: Translate;
  r: ExtensionRequestView;
  rows: Array<Record<string, string>>;
  version: string;
  errors?: FieldErrors;
}) {
  const { t, r } = p;
  const label = (c: string) =>
    t(`extensions:plan.${c === 'nationalFunding' ? 'national' : c === 'externalFunding' ? 'external' : c}`);
  return (
    <main>
      <h1>{t('extensions:plan.editTitle', { state: r.stateName, article: r.article })}</h1>
      <p class="hint">{t(`extensions:plan.hint${r.article}`)}</p>
      <ErrorSummary errors={p.errors} title={t('extensions:errorSummary')} />
      <form method="post" action={`/extension-requests/${r.id}/plan#errors`}>
        <input type="hidden" name="version" value={p.version} />
        {p.rows.map((row, i) => (
          <fieldset>
            <legend>{t('extensions:plan.row', { n: i + 1 })}</legend>
            {PLAN_COLUMNS.map((c) => {
              const name = `rows.${i}.${c}`;
              return c === 'currency' ? (
                <div class="field">
                  <label for={`f-rows-${i}-currency`}>{label(c)}</label>
                  {p.errors?.[name] ? <p class="error">{p.errors[name].join(' ')}</p> : null}
                  <select id={`f-rows-${i}-currency`} name={name}>
                    <option value="">—</option>
                    {currencies.map((cur) => (
                      <option value={cur} selected={row[c] === cur}>
                        {currencyName(localeOf(t), cur)}
                      </option>
                    ))}
                  </select>
                </div>
              ) : (
                <TextField name={name} label={label(c)} value={row[c] ?? ''} errors={p.errors} />
              );
            })}
          </fieldset>
        ))}
        <button type="submit">{t('extensions:plan.save')}</button>
      </form>
    </main>
  );
}
