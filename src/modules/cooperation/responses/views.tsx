import type { Child } from 'hono/jsx';
import type { FieldErrors } from '../../../kernel/errors.js';
import { formatDate, type Locale, type Translate } from '../../../kernel/i18n/index.js';
import { ErrorSummary, SelectField, TextAreaField, TextField } from '../../../kernel/views/fields.js';
import { CurrencyField } from '../views/currency-field.js';
import { CooperationNav } from '../views/sub-nav.js';
import { needNowIsValues } from './inputs.js';
import type { ResponseView } from './queries.js';

export type FormStep = 'respond' | 'commit' | 'deliver' | 'withdraw' | 'confirm';

export const needHref = (needId: number) => `/cooperation/needs/${needId}`;
export const stepAction = (step: Exclude<FormStep, 'respond'>, responseId: number) =>
  `/cooperation/responses/${responseId}/${step}`;
export const respondAction = (needId: number) => `/cooperation/needs/${needId}/responses`;

interface FormProps {
  t: Translate;
  values?: Record<string, string>;
  errors?: FieldErrors;
  /** Ids unique on a page that holds several of these forms; absent on a page with one form. */
  idp?: string;
}
const idOf = (p: FormProps, name: string) => (p.idp ? `${p.idp}-${name}` : undefined);

export function money(locale: Locale, amount: number | null, currency: string | null) {
  if (amount === null) return '';
  return `${new Intl.NumberFormat(locale).format(amount)} ${currency ?? ''}`.trim();
}

/** "We are interested": a partner for itself, or the ISU naming the partner it records this for. */
export function RespondForm(
  p: FormProps & {
    needId: number;
    offers: Array<{ id: number; title: string }>;
    /** Set for the ISU: the States it may name as the partner. */
    partnerStates?: Array<{ iso3: string; name: string }>;
  },
) {
  const { t, values = {}, errors } = p;
  return (
    <form method="post" action={respondAction(p.needId)} class="stack">
      {p.partnerStates ? (
        <>
          <SelectField
            name="partnerIso3"
            id={idOf(p, 'partnerIso3')}
            label={t('responses:form.partnerIso3')}
            hint={t('responses:form.partnerHint')}
            value={values.partnerIso3}
            options={p.partnerStates.map((s) => ({ value: s.iso3, label: s.name }))}
            emptyLabel={t('responses:form.noState')}
            errors={errors}
          />
          <TextField
            name="organisation"
            id={idOf(p, 'organisation')}
            label={t('responses:form.organisation')}
            value={values.organisation}
            errors={errors}
            maxLength={200}
          />
        </>
      ) : null}
      {p.offers.length ? (
        <SelectField
          name="offerId"
          id={idOf(p, 'offerId')}
          label={t('responses:form.offer')}
          value={values.offerId}
          options={p.offers.map((o) => ({ value: String(o.id), label: o.title }))}
          emptyLabel={t('responses:form.noOffer')}
          errors={errors}
        />
      ) : null}
      <TextAreaField
        name="note"
        id={idOf(p, 'note')}
        label={t('responses:form.note')}
        value={values.note}
        errors={errors}
        maxLength={2000}
      />
      <button type="submit">{t('responses:action.respond')}</button>
    </form>
  );
}

export function CommitForm(p: FormProps & { responseId: number }) {
  const { t, values = {}, errors } = p;
  return (
    <form method="post" action={stepAction('commit', p.responseId)} class="stack">
      <TextField
        name="amount"
        id={idOf(p, 'amount')}
        label={t('responses:form.amount')}
        hint={t('responses:form.amountHint')}
        value={values.amount}
        errors={errors}
        maxLength={20}
      />
      <CurrencyField
        t={t}
        id={idOf(p, 'currency')}
        label={t('responses:form.currency')}
        value={values.currency}
        errors={errors}
      />
      <TextAreaField
        name="note"
        id={idOf(p, 'note')}
        label={t('responses:form.note')}
        value={values.note}
        errors={errors}
        maxLength={2000}
      />
      <button type="submit">{t('responses:action.commit')}</button>
    </form>
  );
}

export function DeliverForm(p: FormProps & { responseId: number }) {
  const { t, values = {}, errors } = p;
  return (
    <form method="post" action={stepAction('deliver', p.responseId)} class="stack">
      <TextField
        name="deliveredOn"
        id={idOf(p, 'deliveredOn')}
        type="date"
        label={t('responses:form.deliveredOn')}
        hint={t('responses:form.dateHint')}
        value={values.deliveredOn}
        errors={errors}
        required
      />
      <button type="submit">{t('responses:action.deliver')}</button>
    </form>
  );
}

export function WithdrawForm(p: FormProps & { responseId: number }) {
  const { t } = p;
  return (
    <form method="post" action={stepAction('withdraw', p.responseId)} class="inline">
      <button type="submit" class="small">
        {t('responses:action.withdraw')}
      </button>
    </form>
  );
}

export function ConfirmForm(
  p: FormProps & {
    locale: Locale;
    responseId: number;
    entries: Array<{
      id: number;
      providerName: string;
      year: number;
      amount: number | null;
      currency: string | null;
    }>;
  },
) {
  const { t, values = {}, errors } = p;
  return (
    <form method="post" action={stepAction('confirm', p.responseId)} class="stack">
      <SelectField
        name="needNowIs"
        id={idOf(p, 'needNowIs')}
        label={t('responses:form.needNowIs')}
        value={values.needNowIs}
        options={needNowIsValues.map((v) => ({ value: v, label: t(`responses:needNowIs.${v}`) }))}
        emptyLabel={t('responses:form.choose')}
        errors={errors}
        required
      />
      {p.entries.length ? (
        <SelectField
          name="ledgerEntryId"
          id={idOf(p, 'ledgerEntryId')}
          label={t('responses:form.ledgerEntry')}
          hint={t('responses:form.ledgerEntryHint')}
          value={values.ledgerEntryId}
          options={p.entries.map((e) => ({
            value: String(e.id),
            label: t('responses:form.entryLabel', {
              id: e.id,
              provider: e.providerName,
              year: e.year,
              amount: money(p.locale, e.amount, e.currency) || '—',
            }),
          }))}
          emptyLabel={t('responses:form.newEntry')}
          errors={errors}
        />
      ) : null}
      <button type="submit">{t('responses:action.confirm')}</button>
    </form>
  );
}

/** The table of responses, on the need page and on the responses page. */
export function ResponsesTable(p: {
  t: Translate;
  locale: Locale;
  caption: string;
  rows: ResponseView[];
  /** Adds a column with the need each response answers (the responses page). */
  withNeed?: boolean;
}) {
  const { t, locale } = p;
  return (
    <div class="table-wrap">
      <table>
        <caption>{p.caption}</caption>
        <thead>
          <tr>
            {p.withNeed ? <th scope="col">{t('responses:col.need')}</th> : null}
            <th scope="col">{t('responses:col.partner')}</th>
            <th scope="col">{t('responses:col.stage')}</th>
            <th scope="col">{t('responses:col.amount')}</th>
            <th scope="col">{t('responses:col.dates')}</th>
            <th scope="col">{t('responses:col.ledger')}</th>
          </tr>
        </thead>
        <tbody>
          {p.rows.map((r) => (
            <tr id={`response-${r.id}`} data-stage={r.stage}>
              {p.withNeed ? (
                <td>
                  <a href={needHref(r.needId)}>{r.needStateName}</a>: {r.needDescription}
                </td>
              ) : null}
              <th scope="row">
                {r.partnerName}
                {r.offerTitle ? (
                  <>
                    <br />
                    <span class="hint">{t('responses:offer', { title: r.offerTitle })}</span>
                  </>
                ) : null}
              </th>
              <td>{t(`responses:stage.${r.stage}`)}</td>
              <td>{money(locale, r.amount, r.currency)}</td>
              <td>
                {t('responses:dates.since', {
                  date: formatDate(locale, r.createdAt.toISOString().slice(0, 10)),
                })}
                {r.deliveredOn ? (
                  <>
                    <br />
                    {t('responses:dates.delivered', { date: formatDate(locale, r.deliveredOn) })}
                  </>
                ) : null}
                {r.confirmedAt ? (
                  <>
                    <br />
                    {t('responses:dates.confirmed', {
                      date: formatDate(locale, r.confirmedAt.toISOString().slice(0, 10)),
                    })}
                  </>
                ) : null}
              </td>
              <td>{r.ledgerEntryId ? t('responses:ledgerEntry', { id: r.ledgerEntryId }) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Stages in the order a reader works through them: what waits on someone first. */
export const stageOrder = ['delivered', 'commitment', 'interest', 'confirmed', 'withdrawn'] as const;

/** /cooperation/responses: the responses this person works on, grouped by stage. */
export function ResponsesPage(p: {
  t: Translate;
  locale: Locale;
  rows: ResponseView[];
  /** A focal point: deliveries wait on its confirmation. */
  confirmer: boolean;
}) {
  const { t } = p;
  return (
    <>
      <CooperationNav t={t} current="responses" />
      <h1>{t('responses:list.title')}</h1>
      <p class="hint">{t('responses:list.intro')}</p>
      {p.rows.length === 0 ? <p>{t('responses:list.none')}</p> : null}
      {stageOrder.map((stage) => {
        const rows = p.rows.filter((r) => r.stage === stage);
        if (!rows.length) return null;
        const heading =
          stage === 'delivered' && p.confirmer
            ? t('responses:list.awaitingYou', { count: rows.length })
            : t(`responses:list.group.${stage}`, { count: rows.length });
        return (
          <section id={`stage-${stage}`}>
            <h2>{heading}</h2>
            <ResponsesTable t={t} locale={p.locale} caption={heading} rows={rows} withNeed />
          </section>
        );
      })}
    </>
  );
}

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
      <CooperationNav t={t} current="needs" />
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
