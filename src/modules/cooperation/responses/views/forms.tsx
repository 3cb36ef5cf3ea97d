import type { Child } from 'hono/jsx';
import type { FieldErrors } from '../../../../kernel/errors.js';
import type { Locale, Translate } from '../../../../kernel/i18n/index.js';
import { partyName } from '../../../../kernel/i18n/state-names.js';
import { stateOptions } from '../../../../kernel/views/choices.js';
import { bindFields, SelectField, TextAreaField, TextField } from '../../../../kernel/views/fields.js';
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
/** A field's name, id (unique on the page), value as typed and the errors. */
const fieldsOf = (p: FormProps) => {
  const bound = bindFields(p.values ?? {}, p.errors);
  return (name: string) => ({ ...bound(name), id: p.idp ? `${p.idp}-${name}` : undefined });
};

/** A handshake form: its fields, then the button named after its step. */
function StepForm(p: { t: Translate; step: FormStep; action: string; children: Child }) {
  return (
    <form method="post" action={`${p.action}#errors`} class="stack">
      {p.children}
      <button type="submit">{p.t(`responses:action.${p.step}`)}</button>
    </form>
  );
}

/** The note a partner adds to its interest or its commitment. */
function NoteField(p: FormProps) {
  return <TextAreaField {...fieldsOf(p)('note')} label={p.t('responses:form.note')} maxLength={2000} />;
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
  const { t } = p;
  const field = fieldsOf(p);
  return (
    <StepForm t={t} step="respond" action={respondAction(p.needId)}>
      {p.partnerStates ? (
        <>
          <SelectField
            {...field('partnerIso3')}
            label={t('responses:form.partnerIso3')}
            hint={t('responses:form.partnerHint')}
            options={stateOptions(p.partnerStates)}
            emptyLabel={t('responses:form.noState')}
          />
          <TextField {...field('organisation')} label={t('responses:form.organisation')} maxLength={200} />
        </>
      ) : null}
      {p.offers.length ? (
        <SelectField
          {...field('offerId')}
          label={t('responses:form.offer')}
          options={p.offers.map((o) => ({ value: String(o.id), label: o.title }))}
          emptyLabel={t('responses:form.noOffer')}
        />
      ) : null}
      <NoteField {...p} />
    </StepForm>
  );
}

export function CommitForm(p: FormProps & { responseId: number }) {
  const { t } = p;
  const field = fieldsOf(p);
  return (
    <StepForm t={t} step="commit" action={stepAction('commit', p.responseId)}>
      <TextField
        {...field('amount')}
        label={t('responses:form.amount')}
        hint={t('responses:form.amountHint')}
        maxLength={20}
      />
      <CurrencyField t={t} {...field('currency')} label={t('responses:form.currency')} />
      <NoteField {...p} />
    </StepForm>
  );
}

export function DeliverForm(p: FormProps & { responseId: number }) {
  const { t } = p;
  const field = fieldsOf(p);
  return (
    <StepForm t={t} step="deliver" action={stepAction('deliver', p.responseId)}>
      <TextField
        {...field('deliveredOn')}
        type="date"
        label={t('responses:form.deliveredOn')}
        hint={t('responses:form.dateHint')}
        required
      />
    </StepForm>
  );
}

export function WithdrawForm(p: FormProps & { responseId: number }) {
  const { t } = p;
  return (
    <form method="post" action={`${stepAction('withdraw', p.responseId)}#errors`} class="inline">
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
      providerIso3?: string | null;
      providerName: string;
      year: number;
      amount: number | null;
      currency: string | null;
    }>;
  },
) {
  const { t } = p;
  const field = fieldsOf(p);
  return (
    <StepForm t={t} step="confirm" action={stepAction('confirm', p.responseId)}>
      <SelectField
        {...field('needNowIs')}
        label={t('responses:form.needNowIs')}
        options={needNowIsValues.map((v) => ({ value: v, label: t(`responses:needNowIs.${v}`) }))}
        emptyLabel={t('responses:form.choose')}
        required
      />
      {p.entries.length ? (
        <SelectField
          {...field('ledgerEntryId')}
          label={t('responses:form.ledgerEntry')}
          hint={t('responses:form.ledgerEntryHint')}
          options={p.entries.map((e) => ({
            value: String(e.id),
            label: t('responses:form.entryLabel', {
              id: e.id,
              provider: partyName(p.locale, e.providerIso3, e.providerName),
              year: e.year,
              amount: money(p.locale, e.amount, e.currency) || '—',
            }),
          }))}
          emptyLabel={t('responses:form.newEntry')}
        />
      ) : null}
    </StepForm>
  );
}
