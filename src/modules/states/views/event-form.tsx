import type { FieldErrors } from '../../../kernel/errors.js';
import type { Locale, Translate } from '../../../kernel/i18n/index.js';
import { FieldList, type FieldSpec } from '../../../kernel/views/field-list.js';
import { FormPage } from '../../../kernel/views/form-page.js';
import type { ObligationView, StateView } from '../queries.js';
import type { ObligationEventKind } from '../rules.js';
import { eventFormHref } from './hrefs.js';
import { CurrentDeadline, PendingRequestFact } from './parts.js';

export type Field =
  | 'declaredOn'
  | 'documentTitle'
  | 'documentSymbol'
  | 'documentUrl'
  | 'outcome'
  | 'newDeadline'
  | 'requestedDeadline'
  | 'occurredOn'
  | 'meeting'
  | 'confirmed'
  | 'note'
  | 'source';

/** Where a decision or a declaration is written down: its document. */
const DOCUMENT = ['documentTitle', 'documentSymbol', 'documentUrl'] as const;

/** The fields each kind of fact carries, in the order the form asks for them (as the verb's input has them). */
export const eventFields: Record<ObligationEventKind, readonly Field[]> = {
  extension_requested: [
    'occurredOn',
    'meeting',
    'requestedDeadline',
    ...DOCUMENT,
    'confirmed',
    'note',
    'source',
  ],
  extension_decided: [
    'outcome',
    'newDeadline',
    'occurredOn',
    'meeting',
    ...DOCUMENT,
    'confirmed',
    'note',
    'source',
  ],
  completion_declared: ['occurredOn', 'declaredOn', 'meeting', ...DOCUMENT, 'confirmed', 'note', 'source'],
  obligation_reopened: ['newDeadline', 'occurredOn', 'meeting', ...DOCUMENT, 'confirmed', 'note', 'source'],
  initial_report_submitted: ['occurredOn', 'confirmed', 'note', 'source'],
};

export const eventKinds = Object.keys(eventFields) as ObligationEventKind[];

const PARTIAL_DATE_PATTERN = '\\d{4}(-\\d{2}(-\\d{2})?)?';

interface EventFormProps {
  t: Translate;
  locale: Locale;
  state: StateView;
  obligation: ObligationView;
  kind: ObligationEventKind;
  values: Record<string, string>;
  errors?: FieldErrors;
}

/** The obligation as it stands, so the person recording a fact sees what it will change. */
function ObligationSummary(p: {
  t: Translate;
  locale: Locale;
  state: StateView;
  obligation: ObligationView;
}) {
  const { t, locale, obligation: o } = p;
  return (
    <dl class="facts">
      <dt>{t('states:col.state')}</dt>
      <dd>
        <a href={`/states/${p.state.iso3}`}>{p.state.name}</a>
      </dd>
      <dt>{t('states:col.article')}</dt>
      <dd>{t(`states:articles.${o.article}.title`)}</dd>
      {o.timeBound ? (
        <>
          <dt>{t('states:col.currentDeadline')}</dt>
          <dd>
            <CurrentDeadline t={t} locale={locale} o={o} />
          </dd>
        </>
      ) : null}
      {o.article === 3 || o.article === 4 ? (
        <PendingRequestFact t={t} locale={locale} e={o.pendingRequest} />
      ) : null}
    </dl>
  );
}

/** One field of a fact's form, for a new fact and for a correction alike. */
export function eventFieldSpec(t: Translate, kind: ObligationEventKind, name: Field): FieldSpec {
  const partial = (label: string, hint: string): FieldSpec => ({
    kind: 'text',
    name,
    label,
    hint,
    pattern: PARTIAL_DATE_PATTERN,
    maxLength: 10,
  });
  const text = (maxLength: number): FieldSpec => ({
    kind: 'text',
    name,
    label: t(`states:eventForm.${name}`),
    hint: t(`states:eventForm.${name}Hint`),
    maxLength,
  });
  switch (name) {
    case 'declaredOn':
      return partial(t('states:eventForm.declaredOn'), t('states:eventForm.declaredOnHint'));
    case 'documentTitle':
      return text(500);
    case 'documentSymbol':
      return text(80);
    case 'documentUrl':
      return text(1000);
    case 'outcome':
      return {
        kind: 'select',
        name,
        label: t('states:eventForm.outcome'),
        emptyLabel: t('states:eventForm.choose'),
        options: ['granted', 'granted_shorter', 'refused'].map((x) => ({
          value: x,
          label: t(`states:outcome.${x}`),
        })),
        required: true,
      };
    case 'newDeadline':
      return partial(
        t('states:eventForm.newDeadline'),
        t(kind === 'extension_decided' ? 'states:eventForm.newDeadlineHint' : 'states:eventForm.partialHint'),
      );
    case 'requestedDeadline':
      return partial(t('states:eventForm.requestedDeadline'), t('states:eventForm.partialHint'));
    case 'occurredOn':
      return partial(t(`states:eventForm.occurredOn.${kind}`), t('states:eventForm.partialHint'));
    case 'meeting':
      return {
        kind: 'text',
        name,
        label: t('states:eventForm.meeting'),
        hint: t('states:eventForm.meetingHint'),
        maxLength: 40,
      };
    case 'confirmed':
      return {
        kind: 'select',
        name,
        label: t('states:eventForm.confirmed'),
        hint: t('states:eventForm.confirmedHint'),
        initial: 'yes',
        options: [
          { value: 'yes', label: t('common:yes') },
          { value: 'no', label: t('common:no') },
        ],
      };
    case 'note':
      return { kind: 'textarea', name, label: t('states:eventForm.note'), maxLength: 2000 };
    case 'source':
      return {
        kind: 'textarea',
        name,
        label: t('states:eventForm.source'),
        hint: t('states:eventForm.sourceHint'),
        maxLength: 2000,
      };
  }
}

/** The fields of a fact of this kind, in the order the form asks for them. */
export const eventFieldSpecs = (t: Translate, kind: ObligationEventKind) =>
  eventFields[kind].map((name) => eventFieldSpec(t, kind, name));

export function EventFormPage(p: EventFormProps) {
  const { t, kind, errors } = p;
  const { state: s, obligation: o } = p;
  return (
    <FormPage
      t={t}
      title={t(`states:eventForm.title.${kind}`)}
      intro={
        <>
          <ObligationSummary t={t} locale={p.locale} state={s} obligation={o} />
          <p class="hint">{t(`states:eventForm.help.${kind}`)}</p>
        </>
      }
      errors={errors}
      errorTitle={t('errors:summary')}
      action={eventFormHref(s.iso3, o.article, kind)}
      submit={t('states:eventForm.submit')}
      cancel={`/states/${s.iso3}#article-${o.article}`}
      validate
    >
      <FieldList fields={eventFieldSpecs(t, kind)} values={p.values} errors={errors} />
    </FormPage>
  );
}

/** Reached without a kind (after signing in, for instance): offer the facts this person may record. */
export function EventKindChooser(p: {
  t: Translate;
  locale: Locale;
  state: StateView;
  obligation: ObligationView;
  kinds: ObligationEventKind[];
}) {
  const { t, state: s, obligation: o } = p;
  return (
    <section>
      <h1>{t('states:eventForm.chooseTitle')}</h1>
      <ObligationSummary t={t} locale={p.locale} state={s} obligation={o} />
      {p.kinds.length ? (
        <ul>
          {p.kinds.map((k) => (
            <li>
              <a href={eventFormHref(s.iso3, o.article, k)}>{t(`states:actions.${k}`)}</a>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('states:eventForm.nothingToRecord')}</p>
      )}
    </section>
  );
}
