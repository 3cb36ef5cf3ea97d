import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { AppError } from '../../../kernel/errors.js';
import { type ExportColumn, exportTable } from '../../../kernel/export.js';
import { redirectWithSuccess, submitForm } from '../../../kernel/form-post.js';
import { readForm, translateErrors } from '../../../kernel/forms.js';
import { type AppContext, moduleRoutes, type RouteDeps, requireThat } from '../../../kernel/http.js';
import type { Locale, Translate } from '../../../kernel/i18n/index.js';
import { partyName } from '../../../kernel/i18n/state-names.js';
import { iso3Filter, ROW_ID_PATTERN, rowIdParam } from '../../../kernel/ids.js';
import { numberInputText } from '../../../kernel/numbers.js';
import { renderPage } from '../../../kernel/page.js';
import { demonstrationColumn } from '../../../kernel/views/demo-notice.js';
import { render } from '../../../kernel/views/render.js';
import { type StaleChange, staleChanges } from '../../../kernel/views/stale-record.js';
import { listStateNames } from '../../states/index.js';
import { assistanceEntries } from '../schema.js';
import { canKeepLedger } from '../shared/policy.js';
import { areas, ledgerOrigins } from '../shared/vocabulary.js';
import { deleteExchangeRate } from './delete-exchange-rate.js';
import { rateCurrencies } from './inputs.js';
import { entryRow, ledgerYears, loadLedger } from './queries.js';
import { loadRates } from './rates.js';
import { reconcile } from './reconcile.js';
import { recordLedgerEntry } from './record-ledger-entry.js';
import { removeLedgerEntry } from './remove-ledger-entry.js';
import { setExchangeRate } from './set-exchange-rate.js';
import { donorRecipientMatrix, flowsPerYear, ledgerTotals } from './summary.js';
import { donorTrends } from './trends.js';
import type { LedgerFilter, LedgerRow } from './types.js';
import { updateLedgerEntry } from './update-ledger-entry.js';
import { DonorsPage } from './views/donors-page.js';
import { EntryFormPage, entryFieldNames } from './views/entry-form-page.js';
import { EntryPage } from './views/entry-page.js';
import { flowsChartSvg } from './views/flows-chart.js';
import { LedgerPage } from './views/ledger-page.js';
import type { LedgerQueryValues } from './views/links.js';
import { RatesPage } from './views/rates-page.js';
import { receivedMapView } from './views/received-map.js';
import { ReconciliationPage } from './views/reconciliation-page.js';

const iso3 = iso3Filter;

/** Bad filter values are dropped, never an error: a stale bookmark still shows the ledger. */
export const LedgerQuery = z.object({
  year: z.coerce.number().int().min(1990).max(2100).optional().catch(undefined),
  state: iso3,
  provider: iso3,
  recipient: iso3,
  area: z.enum(areas).optional().catch(undefined),
  origin: z.enum(ledgerOrigins).optional().catch(undefined),
  proposed: z
    .preprocess((v) => v === '1' || v === 'true' || v === 'on', z.boolean())
    .optional()
    .catch(false),
  by: z.enum(['area', 'status']).optional().catch(undefined),
  format: z.enum(['csv', 'xlsx']).optional().catch(undefined),
});

export const filterOf = (q: LedgerQueryValues, signedIn: boolean): LedgerFilter => ({
  ...(q.year !== undefined ? { year: q.year } : {}),
  ...(q.state ? { stateIso3: q.state } : {}),
  ...(q.provider ? { providerIso3: q.provider } : {}),
  ...(q.recipient ? { recipientIso3: q.recipient } : {}),
  ...(q.area ? { area: q.area as LedgerFilter['area'] } : {}),
  ...(q.origin ? { origin: q.origin as LedgerFilter['origin'] } : {}),
  // Entries nobody has reviewed yet are for signed-in people only.
  ...(q.proposed && signedIn ? { includeUnreviewed: true } : {}),
});

export function ledgerColumns(t: Translate, locale = 'en'): ExportColumn<LedgerRow>[] {
  return [
    { header: t('ledger:col.year'), value: (r) => r.year },
    { header: t('ledger:col.providerIso3'), value: (r) => r.providerIso3 },
    { header: t('ledger:col.provider'), value: (r) => partyName(locale, r.providerIso3, r.providerName) },
    { header: t('ledger:col.recipientIso3'), value: (r) => r.recipientIso3 },
    { header: t('ledger:col.recipient'), value: (r) => partyName(locale, r.recipientIso3, r.recipientName) },
    { header: t('ledger:col.area'), value: (r) => r.area },
    { header: t('ledger:col.type'), value: (r) => r.type },
    // An amount not given is unknown, never 0 nor an empty cell that a sum reads as 0 (decision 033).
    { header: t('ledger:col.amount'), value: (r) => r.amount ?? t('common:unknown') },
    { header: t('ledger:col.currency'), value: (r) => r.currency },
    { header: t('ledger:col.usd'), value: (r) => r.usd },
    { header: t('ledger:col.status'), value: (r) => r.status },
    { header: t('ledger:col.counted'), value: (r) => (r.counted ? 'yes' : 'no') },
    { header: t('ledger:col.origin'), value: (r) => r.origin },
    { header: t('ledger:col.review'), value: (r) => r.review },
    { header: t('ledger:col.nonPartyReport'), value: (r) => (r.nonPartyReport ? 'yes' : 'no') },
    { header: t('ledger:col.channel'), value: (r) => r.channel },
    { header: t('ledger:col.inResponseToRequest'), value: (r) => (r.inResponseToRequest ? 'yes' : 'no') },
    { header: t('ledger:col.source'), value: (r) => r.key },
    demonstrationColumn(t, (r) => r.demonstration),
  ];
}

const signedIn = (c: AppContext) => c.get('actor').kind !== 'anonymous';

export function ledgerRoutes(deps: RouteDeps) {
  const { app, db, ctxOf } = moduleRoutes(deps);

  app.get('/cooperation/ledger', async (c) => {
    const t = c.get('t');
    const locale = c.get('locale');
    const { format, ...q } = LedgerQuery.parse(c.req.query());
    const rows = await loadLedger(db, filterOf(q, signedIn(c)), locale);
    if (format)
      return exportTable(
        c,
        {
          filename: `ledger${q.year ? `-${q.year}` : ''}`,
          sheetName: t('ledger:title'),
          columns: ledgerColumns(t, locale),
          rows,
        },
        format,
      );
    const [years, states] = await Promise.all([ledgerYears(db), listStateNames(db, c.get('locale'))]);
    const series = flowsPerYear(rows, q.by ?? 'area');
    // The chart and map are read without the page around them (screen readers, a saved SVG): their
    // own description says when the figures include demonstration data.
    const demoFigures = rows.some((r) => r.demonstration) ? ` ${t('common:demo.figures')}` : '';
    return renderPage(c, 'ledger:title', LedgerPage, {
      q,
      years,
      states,
      signedIn: signedIn(c),
      canKeep: canKeepLedger(c.get('actor')),
      rows,
      totals: ledgerTotals(rows),
      series,
      chartSvg: flowsChartSvg(t, locale, series, q.by, demoFigures),
      matrix: donorRecipientMatrix(rows, locale),
      map: receivedMapView(t, locale, rows, demoFigures),
    });
  });

  app.get('/cooperation/ledger/reconciliation', async (c) => {
    const { year } = LedgerQuery.parse(c.req.query());
    const [rows, years] = await Promise.all([loadLedger(db), ledgerYears(db)]);
    return renderPage(c, 'ledger:reconcile.title', ReconciliationPage, {
      year,
      years,
      result: reconcile(rows, year, c.get('locale')),
      demonstration: rows.some((r) => r.demonstration && (year === undefined || r.year === year)),
    });
  });

  app.get('/cooperation/ledger/donors', async (c) => {
    const rows = await loadLedger(db);
    return renderPage(c, 'ledger:donors.title', DonorsPage, {
      trends: donorTrends(rows, { locale: c.get('locale') }),
      demonstration: rows.some((r) => r.demonstration),
    });
  });

  // ISU entries: new, view, edit, remove.
  const formPage = async (
    c: AppContext,
    opts: {
      values: Record<string, string>;
      errors?: Record<string, string[]>;
      action: string;
      title: string;
      version?: number;
      stale?: StaleChange[];
    },
    status: 200 | 409 | 422 = 200,
  ) => {
    const t = c.get('t');
    return render(
      c,
      opts.title,
      <EntryFormPage
        t={t}
        states={await listStateNames(db, c.get('locale'))}
        values={opts.values}
        errors={translateErrors(t, opts.errors)}
        action={opts.action}
        title={opts.title}
        version={opts.version}
        stale={opts.stale}
      />,
      status,
    );
  };
  const pick = (form: Record<string, string>) =>
    Object.fromEntries(entryFieldNames.map((k) => [k, form[k] ?? ''])) as Record<string, string>;

  app.get('/cooperation/ledger/new', async (c) => {
    requireThat(c, canKeepLedger(c.get('actor')));
    const values = pick({ year: String(deps.now().getUTCFullYear() - 1), status: 'disbursed' });
    return formPage(c, {
      values,
      action: '/cooperation/ledger/new',
      title: c.get('t')('ledger:form.newTitle'),
    });
  });

  app.post('/cooperation/ledger/new', async (c) => {
    requireThat(c, canKeepLedger(c.get('actor')));
    const values = pick(await readForm(c));
    return submitForm(c, {
      save: () => recordLedgerEntry(ctxOf(c), values),
      again: (errors) => {
        const title = c.get('t')('ledger:form.newTitle');
        return formPage(c, { values, errors, action: '/cooperation/ledger/new', title }, 422);
      },
      flash: 'ledger:flash.recorded',
      location: (saved) => `/cooperation/ledger/entries/${saved.id}`,
    });
  });

  const findEntry = async (c: AppContext) => {
    const id = rowIdParam(c);
    if (!Number.isInteger(id) || id <= 0) return undefined;
    const [e] = await db.select().from(assistanceEntries).where(eq(assistanceEntries.id, id));
    return e;
  };
  const notFound = (c: AppContext) => {
    throw new AppError('LEDGER.ENTRY_NOT_FOUND', 404, 'ledger:errors.entryNotFound', {
      id: c.req.param('id'),
    });
  };

  app.get(`/cooperation/ledger/entries/:id${ROW_ID_PATTERN}`, async (c) => {
    const e = await findEntry(c);
    if (!e) return notFound(c);
    // Unreviewed IATI entries are for signed-in people, as on the ledger.
    if (e.review !== 'confirmed') requireThat(c, signedIn(c));
    const [names, rates] = await Promise.all([listStateNames(db, c.get('locale')), loadRates(db)]);
    const row = entryRow(e, new Map(names.map((n) => [n.iso3, n.name])), rates);
    return renderPage(c, (t) => t('ledger:entry.title', { id: e.id }), EntryPage, {
      row,
      note: e.note,
      canKeep: canKeepLedger(c.get('actor')),
    });
  });

  const editValues = (e: typeof assistanceEntries.$inferSelect, locale?: Locale): Record<string, string> => ({
    providerIso3: e.providerIso3 ?? '',
    providerName: e.providerIso3 ? '' : e.providerName,
    recipientIso3: e.recipientIso3,
    year: String(e.year),
    area: e.area,
    type: e.type ?? '',
    amount: e.amount === null ? '' : numberInputText(e.amount, locale),
    currency: e.currency ?? '',
    status: e.status,
    channel: e.channel ?? '',
    inResponseToRequest: e.inResponseToRequest ? 'yes' : '',
    needId: e.needId === null ? '' : String(e.needId),
    note: e.note ?? '',
  });

  app.get(`/cooperation/ledger/entries/:id${ROW_ID_PATTERN}/edit`, async (c) => {
    requireThat(c, canKeepLedger(c.get('actor')));
    const e = await findEntry(c);
    if (e?.origin !== 'isu') return notFound(c);
    const title = c.get('t')('ledger:form.editTitle', { id: e.id });
    return formPage(c, {
      values: editValues(e, c.get('locale')),
      action: `/cooperation/ledger/entries/${e.id}/edit`,
      title,
      version: e.version,
    });
  });

  app.post(`/cooperation/ledger/entries/:id${ROW_ID_PATTERN}/edit`, async (c) => {
    requireThat(c, canKeepLedger(c.get('actor')));
    const id = rowIdParam(c);
    const form = await readForm(c);
    const values = pick(form);
    const parsed = Number.parseInt(form.version ?? '', 10);
    const version = Number.isNaN(parsed) ? undefined : parsed;
    const t = c.get('t');
    const title = t('ledger:form.editTitle', { id });
    const action = `/cooperation/ledger/entries/${id}/edit`;
    return submitForm(c, {
      save: () => updateLedgerEntry(ctxOf(c), { ...values, id, version: form.version ?? '' }),
      again: (errors) => formPage(c, { values, errors, action, title, version }, 422),
      stale: async () => {
        // The typed values stay, with the version they were typed against: never the newer one silently.
        const now = await findEntry(c);
        const stale = now
          ? staleChanges(editValues(now, c.get('locale')), values, entryFieldNames, (f) =>
              t(`ledger:field.${f}`),
            )
          : [];
        return formPage(c, { values, action, title, version, stale }, 409);
      },
      flash: 'ledger:flash.updated',
      location: () => `/cooperation/ledger/entries/${id}`,
    });
  });

  app.post(`/cooperation/ledger/entries/:id${ROW_ID_PATTERN}/remove`, async (c) => {
    requireThat(c, canKeepLedger(c.get('actor')));
    await removeLedgerEntry(ctxOf(c), { id: c.req.param('id') });
    return redirectWithSuccess(c, 'ledger:flash.removed', '/cooperation/ledger');
  });

  // Exchange rates: everyone reads them with their sources; the ISU keeps them.
  const ratesPage = async (
    c: AppContext,
    values: Record<string, string> = {},
    errors?: Record<string, string[]>,
    status: 200 | 422 = 200,
  ) => {
    const rates = await loadRates(db);
    return renderPage(
      c,
      'ledger:rates.title',
      RatesPage,
      {
        rates: rates.list,
        canKeep: canKeepLedger(c.get('actor')),
        currencies: rateCurrencies,
        values,
        errors: translateErrors(c.get('t'), errors),
      },
      status,
    );
  };

  app.get('/cooperation/rates', (c) => ratesPage(c));

  app.post('/cooperation/rates', async (c) => {
    requireThat(c, canKeepLedger(c.get('actor')));
    const form = await readForm(c);
    const values = {
      currency: form.currency ?? '',
      year: form.year ?? '',
      usdPerUnit: form.usdPerUnit ?? '',
      source: form.source ?? '',
    };
    return submitForm(c, {
      save: () => setExchangeRate(ctxOf(c), values),
      again: (errors) => ratesPage(c, values, errors, 422),
      flash: 'ledger:flash.rateSet',
      location: () => '/cooperation/rates',
    });
  });

  app.post('/cooperation/rates/delete', async (c) => {
    requireThat(c, canKeepLedger(c.get('actor')));
    const form = await readForm(c);
    await deleteExchangeRate(ctxOf(c), { currency: form.currency ?? '', year: form.year ?? '' });
    return redirectWithSuccess(c, 'ledger:flash.rateDeleted', '/cooperation/rates');
  });

  return app;
}
