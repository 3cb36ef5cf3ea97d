import { raw } from 'hono/html';
import type { FieldErrors } from '../../../kernel/errors.js';
import { formatDate, formatNumber, type Locale, type Translate } from '../../../kernel/i18n/index.js';
import { DemoBadge, DemoNotice } from '../../../kernel/views/demo-notice.js';
import { ErrorSummary, SelectField, TextAreaField, TextField } from '../../../kernel/views/fields.js';
import { type StaleChange, StaleRecordNotice, VersionField } from '../../../kernel/views/stale-record.js';
import { isDemoRate } from '../shared/demo-mark.js';
import { areas, assistanceTypes, ledgerOrigins, ledgerStatuses } from '../shared/vocabulary.js';
import { CurrencyField } from '../views/currency-field.js';
import { CooperationNav } from '../views/sub-nav.js';
import { receivedBounds, receivedBuckets, shadeOf } from './charts.js';
import { reportedByDonorToo } from './count-once.js';
import { sourceHref } from './queries.js';
import type { Rate } from './rates.js';
import type { Reconciliation, ReconciliationPair, SideTotal } from './reconcile.js';
import {
  cellKey,
  type LedgerTotals,
  type Matrix,
  type Sum,
  sumKnowledge,
  type YearSeries,
} from './summary.js';
import type { DonorTrend } from './trends.js';
import type { LedgerRow } from './types.js';

type StateName = { iso3: string; name: string };

export const usdText = (locale: Locale, n: number) =>
  formatNumber(locale, n, { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const amountText = (locale: Locale, n: number, currency: string | null) =>
  `${formatNumber(locale, n, { maximumFractionDigits: 2 })}${currency ? ` ${currency}` : ''}`;

/** The ledger's own query string, for links that keep the filters (and change one thing). */
export interface LedgerQueryValues {
  year?: number;
  state?: string;
  provider?: string;
  recipient?: string;
  area?: string;
  origin?: string;
  proposed?: boolean;
  by?: 'area' | 'status';
}

export function ledgerHref(
  q: LedgerQueryValues,
  path = '/cooperation/ledger',
  extra: Record<string, string> = {},
) {
  const p = new URLSearchParams();
  if (q.year !== undefined) p.set('year', String(q.year));
  if (q.state) p.set('state', q.state);
  if (q.provider) p.set('provider', q.provider);
  if (q.recipient) p.set('recipient', q.recipient);
  if (q.area) p.set('area', q.area);
  if (q.origin) p.set('origin', q.origin);
  if (q.proposed) p.set('proposed', '1');
  if (q.by && q.by !== 'area') p.set('by', q.by);
  for (const [k, v] of Object.entries(extra)) p.set(k, v);
  const s = p.toString();
  return s ? `${path}?${s}` : path;
}

const areaLabel = (t: Translate, a: string | null) => t(`cooperation:areaShort.${a ?? 'none'}`);

/**
 * A sum as every page and export writes it: the dollars when all converted, "at least" the known
 * dollars when some did not, "not known" when none did, then what is missing. Never a bare US$0
 * for amounts without a rate.
 */
export function sumText(t: Translate, locale: Locale, sum: Sum): string {
  const knowledge = sumKnowledge(sum);
  const head =
    knowledge === 'exact'
      ? usdText(locale, sum.usd)
      : knowledge === 'atLeast'
        ? t('ledger:sum.atLeast', { amount: usdText(locale, sum.usd) })
        : t('ledger:sum.unknown');
  return (
    head +
    (sum.notConverted > 0 ? t('ledger:sum.notConverted', { count: sum.notConverted }) : '') +
    (sum.withoutAmount > 0 ? t('ledger:sum.withoutAmount', { count: sum.withoutAmount }) : '')
  );
}

function SumText({ t, locale, sum }: { t: Translate; locale: Locale; sum: Sum }) {
  return <>{sumText(t, locale, sum)}</>;
}

function Party({
  iso3,
  name,
  side,
  q,
}: {
  iso3: string | null;
  name: string;
  side: 'provider' | 'recipient';
  q: LedgerQueryValues;
}) {
  if (!iso3) return <>{name || '—'}</>;
  return <a href={ledgerHref({ ...q, [side]: iso3 })}>{name}</a>;
}

export function LedgerTable(p: {
  t: Translate;
  locale: Locale;
  rows: readonly LedgerRow[];
  q: LedgerQueryValues;
  caption: string;
}) {
  const { t, locale } = p;
  if (p.rows.length === 0) return <p>{t('ledger:empty')}</p>;
  const twice = reportedByDonorToo(p.rows);
  return (
    <table class="ledger">
      <caption>{p.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('ledger:col.year')}</th>
          <th scope="col">{t('ledger:col.provider')}</th>
          <th scope="col">{t('ledger:col.recipient')}</th>
          <th scope="col">{t('ledger:col.area')}</th>
          <th scope="col">{t('ledger:col.type')}</th>
          <th scope="col">{t('ledger:col.amount')}</th>
          <th scope="col">{t('ledger:col.usd')}</th>
          <th scope="col">{t('ledger:col.status')}</th>
          <th scope="col">{t('ledger:col.origin')}</th>
          <th scope="col">{t('ledger:col.source')}</th>
        </tr>
      </thead>
      <tbody>
        {p.rows.map((r) => (
          <tr data-key={r.key}>
            <td>{r.year}</td>
            <td>
              <Party iso3={r.providerIso3} name={r.providerName} side="provider" q={p.q} />
            </td>
            <td>
              <Party iso3={r.recipientIso3} name={r.recipientName} side="recipient" q={p.q} />
            </td>
            <td>{areaLabel(t, r.area)}</td>
            <td>{r.type ? t(`ledger:type.${r.type}`) : ''}</td>
            <td class="num">
              {r.amount === null ? t('ledger:noAmount') : amountText(locale, r.amount, r.currency)}
            </td>
            <td class="num">
              {r.usd !== null ? usdText(locale, r.usd) : r.amount !== null ? t('ledger:notConverted') : ''}
            </td>
            <td>
              {t(`ledger:status.${r.status}`)}
              {r.counted ? '' : ` (${t('ledger:notCounted')})`}
              {twice.has(r.key) ? ` (${t('ledger:countedOnce')})` : ''}
            </td>
            <td>
              {t(`ledger:origin.${r.origin}`)}
              {r.review && r.review !== 'confirmed' ? ` (${t(`ledger:review.${r.review}`)})` : ''}
              {r.nonPartyReport ? ` (${t('ledger:nonPartyReport')})` : ''}{' '}
              <DemoBadge t={t} show={r.demonstration} />
            </td>
            <td>
              <a href={sourceHref(r)}>
                {r.source
                  ? t('ledger:sourceRow', { form: r.source.form, row: r.source.row })
                  : t('ledger:sourceEntry', { id: r.entryId })}
              </a>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function LedgerFilters(p: {
  t: Translate;
  q: LedgerQueryValues;
  years: number[];
  states: StateName[];
  signedIn: boolean;
}) {
  const { t, q } = p;
  const stateOptions = p.states.map((s) => ({ value: s.iso3, label: s.name }));
  return (
    <form method="get" action="/cooperation/ledger" class="filters">
      <SelectField
        name="year"
        label={t('ledger:filter.year')}
        value={q.year === undefined ? '' : String(q.year)}
        emptyLabel={t('ledger:filter.any')}
        options={p.years.map((y) => ({ value: String(y), label: String(y) }))}
      />
      <SelectField
        name="state"
        label={t('ledger:filter.state')}
        value={q.state}
        emptyLabel={t('ledger:filter.any')}
        options={stateOptions}
      />
      <SelectField
        name="provider"
        label={t('ledger:filter.provider')}
        value={q.provider}
        emptyLabel={t('ledger:filter.any')}
        options={stateOptions}
      />
      <SelectField
        name="recipient"
        label={t('ledger:filter.recipient')}
        value={q.recipient}
        emptyLabel={t('ledger:filter.any')}
        options={stateOptions}
      />
      <SelectField
        name="area"
        label={t('ledger:filter.area')}
        value={q.area}
        emptyLabel={t('ledger:filter.any')}
        options={areas.map((a) => ({ value: a, label: areaLabel(t, a) }))}
      />
      <SelectField
        name="origin"
        label={t('ledger:filter.origin')}
        value={q.origin}
        emptyLabel={t('ledger:filter.any')}
        options={ledgerOrigins.map((o) => ({ value: o, label: t(`ledger:origin.${o}`) }))}
      />
      <SelectField
        name="by"
        label={t('ledger:filter.by')}
        value={q.by ?? 'area'}
        options={[
          { value: 'area', label: t('ledger:filter.byArea') },
          { value: 'status', label: t('ledger:filter.byStatus') },
        ]}
      />
      {p.signedIn ? (
        <div class="field">
          <label>
            <input type="checkbox" name="proposed" value="1" checked={q.proposed} />{' '}
            {t('ledger:filter.proposed')}
          </label>
        </div>
      ) : null}
      <button type="submit">{t('ledger:filter.show')}</button>
    </form>
  );
}

function SeriesTable(p: {
  t: Translate;
  locale: Locale;
  series: YearSeries;
  keyLabel: (k: string) => string;
  caption: string;
}) {
  const { t, locale, series } = p;
  return (
    <table>
      <caption>{p.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('ledger:col.year')}</th>
          {series.keys.map((k) => (
            <th scope="col">{p.keyLabel(k)}</th>
          ))}
          <th scope="col">{t('ledger:col.rows')}</th>
          <th scope="col">{t('ledger:col.notConverted')}</th>
        </tr>
      </thead>
      <tbody>
        {series.years.map((y) => (
          <tr>
            <th scope="row">{y}</th>
            {series.keys.map((k) => {
              const cell = series.cells.get(y)?.get(k);
              // No row at all is a true nothing; rows without dollars say so.
              return <td class="num">{cell ? sumText(t, locale, cell) : usdText(locale, 0)}</td>;
            })}
            <td class="num">{series.sums.get(y)?.rows ?? 0}</td>
            <td class="num">
              {(series.sums.get(y)?.notConverted ?? 0) + (series.sums.get(y)?.withoutAmount ?? 0)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function MatrixTable(p: { t: Translate; locale: Locale; matrix: Matrix; q: LedgerQueryValues }) {
  const { t, locale, matrix: m } = p;
  if (m.donors.length === 0) return <p>{t('ledger:empty')}</p>;
  return (
    <div class="scroll">
      <table class="matrix">
        <caption>{t('ledger:matrix.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('ledger:matrix.corner')}</th>
            {m.recipients.map((r) => (
              <th scope="col">
                <Party iso3={r.iso3} name={r.name} side="recipient" q={p.q} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {m.donors.map((d) => (
            <tr>
              <th scope="row">
                <Party iso3={d.iso3} name={d.name} side="provider" q={p.q} />
              </th>
              {m.recipients.map((r) => {
                const s = m.cells.get(cellKey(d, r));
                if (!s) return <td class="shade-0" />;
                return (
                  <td class={`num shade-${shadeOf(s.usd, m.max)}`}>
                    {sumText(t, locale, s)}
                    <br />
                    <span class="hint">{t('ledger:matrix.count', { count: s.rows })}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export interface MapView {
  svg: string;
  /** category → States in it, for the legend and the text list. */
  counts: Record<string, number>;
  received: Array<{ iso3: string; name: string; sum: Sum; category: string }>;
}

function ReceivedMap(p: { t: Translate; locale: Locale; map: MapView; q: LedgerQueryValues }) {
  const { t, locale } = p;
  const bounds = receivedBounds.map((b) => usdText(locale, b));
  const label = (k: string) => {
    const i = receivedBuckets.indexOf(k as (typeof receivedBuckets)[number]);
    if (k === 'ledger-unknown') return t('ledger:map.unknown');
    if (i === 0) return t('ledger:map.below', { amount: bounds[0] });
    if (i === receivedBuckets.length - 1)
      return t('ledger:map.atLeast', { amount: bounds[bounds.length - 1] });
    return t('ledger:map.between', { from: bounds[i - 1], to: bounds[i] });
  };
  return (
    <figure class="map">
      {raw(p.map.svg)}
      <figcaption>
        <ul class="legend">
          {[...receivedBuckets, 'ledger-unknown'].map((k) => (
            <li>
              <span class={`swatch-${k}`} aria-hidden="true" />
              {label(k)} ({p.map.counts[k] ?? 0})
            </li>
          ))}
        </ul>
        <details>
          <summary>{t('ledger:map.list')}</summary>
          <ul>
            {p.map.received.map((s) => (
              <li>
                <a href={ledgerHref({ ...p.q, recipient: s.iso3 })}>{s.name}</a>:{' '}
                <SumText t={t} locale={locale} sum={s.sum} />
              </li>
            ))}
          </ul>
        </details>
      </figcaption>
    </figure>
  );
}

export function LedgerPage(p: {
  t: Translate;
  locale: Locale;
  q: LedgerQueryValues;
  years: number[];
  states: StateName[];
  signedIn: boolean;
  canKeep: boolean;
  rows: readonly LedgerRow[];
  totals: LedgerTotals;
  series: YearSeries;
  chartSvg: string;
  matrix: Matrix;
  map: MapView;
}) {
  const { t, locale, q, totals } = p;
  const keyLabel = (k: string) =>
    q.by === 'status' ? t(`ledger:status.${k}`) : areaLabel(t, k === 'none' ? null : k);
  return (
    <>
      <CooperationNav t={t} current="ledger" />
      <h1>{t('ledger:title')}</h1>
      <DemoNotice t={t} show={p.rows.some((r) => r.demonstration)} detail={t('ledger:demo.detail')} />
      <p>{t('ledger:intro')}</p>
      <p>
        <a href="/cooperation/ledger/reconciliation">{t('ledger:links.reconciliation')}</a> ·{' '}
        <a href="/cooperation/ledger/donors">{t('ledger:links.donors')}</a> ·{' '}
        <a href="/cooperation/rates">{t('ledger:links.rates')}</a>
        {p.canKeep ? (
          <>
            {' '}
            · <a href="/cooperation/ledger/new">{t('ledger:links.new')}</a>
          </>
        ) : null}
      </p>
      <LedgerFilters t={t} q={q} years={p.years} states={p.states} signedIn={p.signedIn} />

      <h2>{t('ledger:totals.title')}</h2>
      <dl class="totals">
        <dt>{t('ledger:totals.counted')}</dt>
        <dd data-total="counted">
          <SumText t={t} locale={locale} sum={totals.counted} /> (
          {t('ledger:totals.rows', { count: totals.counted.rows })})
        </dd>
        <dt>{t('ledger:totals.pledged')}</dt>
        <dd data-total="pledged">
          <SumText t={t} locale={locale} sum={totals.pledged} /> (
          {t('ledger:totals.rows', { count: totals.pledged.rows })})
        </dd>
      </dl>
      <p class="hint">{t('ledger:totals.rule')}</p>
      <p class="hint">{t('ledger:totals.once')}</p>
      {totals.notConverted.length > 0 ? (
        <table>
          <caption>{t('ledger:totals.notConvertedCaption', { count: totals.counted.notConverted })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('ledger:col.currency')}</th>
              <th scope="col">{t('ledger:col.year')}</th>
              <th scope="col">{t('ledger:col.amount')}</th>
              <th scope="col">{t('ledger:col.rows')}</th>
            </tr>
          </thead>
          <tbody>
            {totals.notConverted.map((n) => (
              <tr>
                <th scope="row">{n.currency ?? t('ledger:noCurrency')}</th>
                <td>{n.year}</td>
                <td class="num">{formatNumber(locale, n.amount)}</td>
                <td class="num">{n.rows}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}

      <h2>{q.by === 'status' ? t('ledger:chart.byStatus') : t('ledger:chart.byArea')}</h2>
      <figure class="chart">
        {raw(p.chartSvg)}
        <figcaption>
          <ul class="legend">
            {p.series.keys.map((k) => (
              <li>
                <span class={`swatch-k-${k}`} aria-hidden="true" />
                {keyLabel(k)}
              </li>
            ))}
          </ul>
        </figcaption>
      </figure>
      <SeriesTable
        t={t}
        locale={locale}
        series={p.series}
        keyLabel={keyLabel}
        caption={t('ledger:chart.tableCaption')}
      />

      <h2>{t('ledger:matrix.title')}</h2>
      <MatrixTable t={t} locale={locale} matrix={p.matrix} q={q} />

      <h2>{t('ledger:map.title')}</h2>
      <ReceivedMap t={t} locale={locale} map={p.map} q={q} />

      <h2>{t('ledger:table.title')}</h2>
      <p>
        {t('ledger:download')}: <a href={ledgerHref(q, '/cooperation/ledger', { format: 'csv' })}>CSV</a> ·{' '}
        <a href={ledgerHref(q, '/cooperation/ledger', { format: 'xlsx' })}>XLSX</a>
      </p>
      <LedgerTable
        t={t}
        locale={locale}
        rows={p.rows}
        q={q}
        caption={t('ledger:table.caption', { count: p.rows.length })}
      />
    </>
  );
}

/* ---------- Entry form and entry page ---------- */

export const entryFieldNames = [
  'providerIso3',
  'providerName',
  'recipientIso3',
  'year',
  'area',
  'type',
  'amount',
  'currency',
  'status',
  'channel',
  'inResponseToRequest',
  'needId',
  'note',
] as const;

export function EntryFormPage(p: {
  t: Translate;
  states: StateName[];
  values: Record<string, string>;
  errors?: FieldErrors;
  action: string;
  title: string;
  /** Editing: the version the form was filled from (kept as it was after a stale save). */
  version?: number;
  /** Someone saved the entry meanwhile: what is now saved differently from what was typed. */
  stale?: StaleChange[];
}) {
  const { t, values: v, errors } = p;
  const stateOptions = p.states.map((s) => ({ value: s.iso3, label: s.name }));
  const text = (name: string, opts: { required?: boolean; hint?: string; maxLength?: number } = {}) => (
    <TextField name={name} label={t(`ledger:field.${name}`)} value={v[name]} errors={errors} {...opts} />
  );
  return (
    <>
      <CooperationNav t={t} current="ledger" />
      <h1>{p.title}</h1>
      <p>{t('ledger:form.intro')}</p>
      {p.stale ? <StaleRecordNotice t={t} changes={p.stale} reloadHref={p.action} /> : null}
      <ErrorSummary errors={errors} title={t('errors:summary')} />
      <form method="post" action={p.action} class="stack">
        {p.version !== undefined ? <VersionField version={p.version} /> : null}
        <SelectField
          name="providerIso3"
          label={t('ledger:field.providerIso3')}
          hint={t('ledger:field.providerHint')}
          value={v.providerIso3}
          emptyLabel={t('ledger:field.providerOrg')}
          options={stateOptions}
          errors={errors}
        />
        {text('providerName', { maxLength: 200 })}
        <SelectField
          name="recipientIso3"
          label={t('ledger:field.recipientIso3')}
          value={v.recipientIso3}
          emptyLabel={t('ledger:field.choose')}
          options={stateOptions}
          errors={errors}
          required
        />
        {text('year', { required: true })}
        <SelectField
          name="area"
          label={t('ledger:field.area')}
          value={v.area}
          emptyLabel={t('ledger:field.choose')}
          options={areas.map((a) => ({ value: a, label: areaLabel(t, a) }))}
          errors={errors}
          required
        />
        <SelectField
          name="type"
          label={t('ledger:field.type')}
          value={v.type}
          emptyLabel={t('ledger:field.notStated')}
          options={assistanceTypes.map((a) => ({ value: a, label: t(`ledger:type.${a}`) }))}
          errors={errors}
        />
        {text('amount')}
        <CurrencyField t={t} label={t('ledger:field.currency')} value={v.currency} errors={errors} />
        <SelectField
          name="status"
          label={t('ledger:field.status')}
          value={v.status}
          emptyLabel={t('ledger:field.choose')}
          options={ledgerStatuses.map((s) => ({ value: s, label: t(`ledger:status.${s}`) }))}
          errors={errors}
          required
        />
        {text('channel', { maxLength: 500 })}
        <div class="field">
          <label>
            <input
              type="checkbox"
              name="inResponseToRequest"
              value="yes"
              checked={v.inResponseToRequest === 'yes' || v.inResponseToRequest === 'on'}
            />{' '}
            {t('ledger:field.inResponseToRequest')}
          </label>
        </div>
        {text('needId', { hint: t('ledger:field.needHint') })}
        <TextAreaField
          name="note"
          label={t('ledger:field.note')}
          value={v.note}
          errors={errors}
          maxLength={1000}
        />
        <button type="submit">{t('ledger:form.save')}</button>{' '}
        <a href="/cooperation/ledger">{t('ledger:form.cancel')}</a>
      </form>
    </>
  );
}

export function EntryPage(p: {
  t: Translate;
  locale: Locale;
  row: LedgerRow;
  note: string | null;
  canKeep: boolean;
}) {
  const { t, locale, row: r } = p;
  const item = (label: string, value: unknown) => (
    <>
      <dt>{label}</dt>
      <dd>{value as string}</dd>
    </>
  );
  return (
    <>
      <CooperationNav t={t} current="ledger" />
      <h1>{t('ledger:entry.title', { id: r.entryId })}</h1>
      <DemoNotice t={t} show={r.demonstration} />
      <dl>
        {item(t('ledger:col.origin'), t(`ledger:origin.${r.origin}`))}
        {item(t('ledger:col.review'), r.review ? t(`ledger:review.${r.review}`) : '')}
        {item(t('ledger:col.provider'), r.providerName)}
        {item(t('ledger:col.recipient'), r.recipientName)}
        {item(t('ledger:col.year'), String(r.year))}
        {item(t('ledger:col.area'), areaLabel(t, r.area))}
        {item(t('ledger:col.type'), r.type ? t(`ledger:type.${r.type}`) : '')}
        {item(
          t('ledger:col.amount'),
          r.amount === null ? t('ledger:noAmount') : amountText(locale, r.amount, r.currency),
        )}
        {item(
          t('ledger:col.usd'),
          r.usd !== null ? usdText(locale, r.usd) : r.amount !== null ? t('ledger:notConverted') : '',
        )}
        {item(
          t('ledger:col.status'),
          `${t(`ledger:status.${r.status}`)}${r.counted ? '' : ` (${t('ledger:notCounted')})`}`,
        )}
        {item(t('ledger:field.channel'), r.channel ?? '')}
        {item(
          t('ledger:field.inResponseToRequest'),
          r.inResponseToRequest ? t('ledger:yes') : t('ledger:no'),
        )}
        {item(t('ledger:field.note'), p.note ?? '')}
      </dl>
      {p.canKeep && r.origin === 'isu' ? (
        <>
          <p>
            <a href={`/cooperation/ledger/entries/${r.entryId}/edit`}>{t('ledger:entry.edit')}</a>
          </p>
          <form method="post" action={`/cooperation/ledger/entries/${r.entryId}/remove`}>
            <button type="submit">{t('ledger:entry.remove')}</button>
          </form>
        </>
      ) : null}
      <p>
        <a href="/cooperation/ledger">{t('ledger:entry.back')}</a>
      </p>
    </>
  );
}

/* ---------- Rates ---------- */

export function RatesPage(p: {
  t: Translate;
  locale: Locale;
  rates: readonly Rate[];
  canKeep: boolean;
  currencies: readonly string[];
  values: Record<string, string>;
  errors?: FieldErrors;
}) {
  const { t, locale, values: v, errors } = p;
  return (
    <>
      <CooperationNav t={t} current="ledger" />
      <h1>{t('ledger:rates.title')}</h1>
      <DemoNotice t={t} show={p.rates.some(isDemoRate)} />
      <p>{t('ledger:rates.intro')}</p>
      {p.rates.length === 0 ? (
        <p>{t('ledger:rates.none')}</p>
      ) : (
        <table>
          <caption>{t('ledger:rates.caption', { count: p.rates.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('ledger:col.currency')}</th>
              <th scope="col">{t('ledger:col.year')}</th>
              <th scope="col">{t('ledger:rates.usdPerUnit')}</th>
              <th scope="col">{t('ledger:rates.source')}</th>
              <th scope="col">{t('ledger:rates.updated')}</th>
              {p.canKeep ? <th scope="col">{t('ledger:rates.actions')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {p.rates.map((r) => (
              <tr data-rate={`${r.currency}:${r.year}`}>
                <th scope="row">{r.currency}</th>
                <td>{r.year}</td>
                <td class="num">{formatNumber(locale, r.usdPerUnit, { maximumFractionDigits: 8 })}</td>
                <td>{r.source}</td>
                <td>{formatDate(locale, r.updatedAt)}</td>
                {p.canKeep ? (
                  <td>
                    <form method="post" action="/cooperation/rates/delete">
                      <input type="hidden" name="currency" value={r.currency} />
                      <input type="hidden" name="year" value={String(r.year)} />
                      <button type="submit">
                        {t('ledger:rates.delete', { currency: r.currency, year: r.year })}
                      </button>
                    </form>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {p.canKeep ? (
        <>
          <h2>{t('ledger:rates.setTitle')}</h2>
          <ErrorSummary errors={errors} title={t('errors:summary')} />
          <form method="post" action="/cooperation/rates" class="stack">
            <SelectField
              name="currency"
              label={t('ledger:col.currency')}
              value={v.currency}
              emptyLabel={t('ledger:field.choose')}
              options={p.currencies.map((c) => ({ value: c, label: c }))}
              errors={errors}
              required
            />
            <TextField name="year" label={t('ledger:col.year')} value={v.year} errors={errors} required />
            <TextField
              name="usdPerUnit"
              label={t('ledger:rates.usdPerUnit')}
              hint={t('ledger:rates.usdPerUnitHint')}
              value={v.usdPerUnit}
              errors={errors}
              required
            />
            <TextField
              name="source"
              label={t('ledger:rates.source')}
              hint={t('ledger:rates.sourceHint')}
              value={v.source}
              errors={errors}
              required
              maxLength={500}
            />
            <button type="submit">{t('ledger:rates.save')}</button>
          </form>
        </>
      ) : null}
    </>
  );
}

/* ---------- Reconciliation ---------- */

function SideCell({ t, locale, side }: { t: Translate; locale: Locale; side: SideTotal }) {
  if (side.rows.length === 0) return <td>—</td>;
  return (
    <td class="num">
      {side.usd !== null ? usdText(locale, side.usd) : t('ledger:reconcile.unknownAmount')}
      <br />
      <span class="hint">
        {side.rows.map((r, i) => (
          <>
            {i > 0 ? ', ' : ''}
            <a href={sourceHref(r)}>
              {r.source ? t('ledger:sourceRow', { form: r.source.form, row: r.source.row }) : r.key}
            </a>
          </>
        ))}
      </span>
    </td>
  );
}

export function ReconciliationPage(p: {
  t: Translate;
  locale: Locale;
  year: number | undefined;
  years: number[];
  result: Reconciliation;
  /** Some flow compared here is demonstration data. */
  demonstration: boolean;
}) {
  const { t, locale, result } = p;
  const pairRow = (x: ReconciliationPair) => (
    <tr data-status={x.status}>
      <td>{x.year}</td>
      <td>
        <a href={ledgerHref({ provider: x.providerIso3 })}>{x.providerName}</a>
      </td>
      <td>
        <a href={ledgerHref({ recipient: x.recipientIso3 })}>{x.recipientName}</a>
      </td>
      <td>{areaLabel(t, x.area)}</td>
      <td>{t(`ledger:reconcile.status.${x.status}`)}</td>
      <SideCell t={t} locale={locale} side={x.donor} />
      <SideCell t={t} locale={locale} side={x.recipient} />
      <td class="num">{x.difference === null ? '—' : usdText(locale, x.difference)}</td>
    </tr>
  );
  return (
    <>
      <CooperationNav t={t} current="ledger" />
      <h1>{t('ledger:reconcile.title')}</h1>
      <DemoNotice t={t} show={p.demonstration} />
      <p>{t('ledger:reconcile.intro')}</p>
      <form method="get" action="/cooperation/ledger/reconciliation" class="filters">
        <SelectField
          name="year"
          label={t('ledger:filter.year')}
          value={p.year === undefined ? '' : String(p.year)}
          emptyLabel={t('ledger:filter.any')}
          options={p.years.map((y) => ({ value: String(y), label: String(y) }))}
        />
        <button type="submit">{t('ledger:filter.show')}</button>
      </form>
      <ul>
        {(['matched', 'donor_only', 'recipient_only', 'unresolved'] as const).map((s) => (
          <li data-count={s}>{t(`ledger:reconcile.count.${s}`, { count: result.counts[s] })}</li>
        ))}
      </ul>
      {result.pairs.length === 0 ? (
        <p>{t('ledger:empty')}</p>
      ) : (
        <table>
          <caption>{t('ledger:reconcile.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('ledger:col.year')}</th>
              <th scope="col">{t('ledger:col.provider')}</th>
              <th scope="col">{t('ledger:col.recipient')}</th>
              <th scope="col">{t('ledger:col.area')}</th>
              <th scope="col">{t('ledger:reconcile.statusCol')}</th>
              <th scope="col">{t('ledger:reconcile.donorSays')}</th>
              <th scope="col">{t('ledger:reconcile.recipientSays')}</th>
              <th scope="col">{t('ledger:reconcile.difference')}</th>
            </tr>
          </thead>
          <tbody>{result.pairs.map(pairRow)}</tbody>
        </table>
      )}
      <h2>{t('ledger:reconcile.unresolvedTitle')}</h2>
      <p>{t('ledger:reconcile.unresolvedIntro')}</p>
      {result.unresolved.length === 0 ? (
        <p>{t('ledger:reconcile.noneUnresolved')}</p>
      ) : (
        <table>
          <caption>{t('ledger:reconcile.unresolvedCaption', { count: result.unresolved.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('ledger:col.year')}</th>
              <th scope="col">{t('ledger:col.origin')}</th>
              <th scope="col">{t('ledger:reconcile.reportingState')}</th>
              <th scope="col">{t('ledger:reconcile.asWritten')}</th>
              <th scope="col">{t('ledger:col.area')}</th>
              <th scope="col">{t('ledger:col.amount')}</th>
              <th scope="col">{t('ledger:col.source')}</th>
            </tr>
          </thead>
          <tbody>
            {result.unresolved.map((r) => (
              <tr data-key={r.key}>
                <td>{r.year}</td>
                <td>{t(`ledger:origin.${r.origin}`)}</td>
                <td>{r.origin === 'donor_report' ? r.providerName : r.recipientName}</td>
                <td>{r.counterpartText ?? t('ledger:reconcile.blank')}</td>
                <td>{areaLabel(t, r.area)}</td>
                <td class="num">
                  {r.amount === null ? t('ledger:noAmount') : amountText(locale, r.amount, r.currency)}
                </td>
                <td>
                  <a href={sourceHref(r)}>
                    {r.source ? t('ledger:sourceRow', { form: r.source.form, row: r.source.row }) : r.key}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

/* ---------- Donors year over year ---------- */

export function DonorsPage(p: {
  t: Translate;
  locale: Locale;
  trends: DonorTrend[];
  demonstration: boolean;
}) {
  const { t, locale } = p;
  return (
    <>
      <CooperationNav t={t} current="ledger" />
      <h1>{t('ledger:donors.title')}</h1>
      <DemoNotice t={t} show={p.demonstration} />
      <p>{t('ledger:donors.intro')}</p>
      {p.trends.length === 0 ? (
        <p>{t('ledger:empty')}</p>
      ) : (
        <table>
          <caption>{t('ledger:donors.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('ledger:col.provider')}</th>
              <th scope="col">{t('ledger:col.year')}</th>
              <th scope="col">{t('ledger:donors.total')}</th>
              <th scope="col">{t('ledger:donors.change')}</th>
              <th scope="col">{t('ledger:donors.delta')}</th>
            </tr>
          </thead>
          <tbody>
            {p.trends.flatMap((d) =>
              d.years.map((y, i) => (
                <tr data-donor={d.donorKey} data-year={y.year} data-change={y.change ?? 'first'}>
                  {i === 0 ? (
                    <th scope="rowgroup" rowspan={d.years.length}>
                      {d.providerIso3 ? (
                        <a href={ledgerHref({ provider: d.providerIso3 })}>{d.providerName}</a>
                      ) : (
                        d.providerName
                      )}
                    </th>
                  ) : null}
                  <td>{y.year}</td>
                  <td class="num">
                    {y.usd !== null
                      ? usdText(locale, y.usd)
                      : t('ledger:donors.unknown', {
                          known: usdText(locale, y.knownUsd),
                          count: y.unknownRows,
                        })}
                  </td>
                  <td>{y.change ? t(`ledger:donors.changes.${y.change}`) : t('ledger:donors.first')}</td>
                  <td class="num">{y.delta === null ? '—' : usdText(locale, y.delta)}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      )}
    </>
  );
}
