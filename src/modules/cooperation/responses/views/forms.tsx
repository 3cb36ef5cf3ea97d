import type { Child } from 'hono/jsx';
import type { FieldErrors } from '../../../../kernel/errors.js';
import type { Locale, Translate } from '../../../../kernel/i18n/index.js';
import { SelectField, TextAreaField, TextField } from '../../../../kernel/views/fields.js';
import { CurrencyField } from '../../views/currency-field.js';
import { needNowIsValues } from '../inputs.js';
import { type FormStep, respondAction, stepAction } from './links.js';
import { money } from './money.js';

interface FormProps {
  t: Translate;
  values?: Record<string, string>;
  errors?: FieldErrors;
  /** Ids unique on a page that holds several of these forms; absent on a page with one form. */
  idp?: string;
}
const idOf = (p: FormProps, name: string) => (p.idp ? `${p.idp}-${name}` : undefined);

/** A handshake form: its fields, then the button named after its step. */
function StepForm(p: { t: Translate; step: FormStep; action: string; children: Child }) {
  return (
    <form method="post" action={p.action} class="stack">
      {p.children}
      <button type="submit">{p.t(`responses:action.${p.step}`)}</button>
    </form>
  );
}

/** The note a partner adds to its interest or its commitment. */
function NoteField(p: FormProps) {
  return (
    <TextAreaField
      name="note"
      id={idOf(p, 'note')}
      label={p.t('responses:form.note')}
      value={p.values?.note}
      errors={p.errors}
      maxLength={2000}
    />
  );
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
    <StepForm t={t} step="respond" action={respondAction(p.needId)}>
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
      <NoteField {...p} />
    </StepForm>
  );
}

export function CommitForm(p: FormProps & { responseId: number }) {
  const { t, values = {}, errors } = p;
  return (
    <StepForm t={t} step="commit" action={stepAction('commit', p.responseId)}>
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
      <NoteField {...p} />
    </StepForm>
  );
}

export function DeliverForm(p: FormProps & { responseId: number }) {
  const { t, values = {}, errors } = p;
  return (
    <StepForm t={t} step="deliver" action={stepAction('deliver', p.responseId)}>
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
    </StepForm>
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
    <StepForm t={t} step="confirm" action={stepAction('confirm', p.responseId)}>
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
    </StepForm>
  );
}
