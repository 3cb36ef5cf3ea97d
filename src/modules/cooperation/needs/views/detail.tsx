import type { Child } from 'hono/jsx';
import type { FieldErrors } from '../../../../kernel/errors.js';
import type { Locale, Translate } from '../../../../kernel/i18n/index.js';
import { DemoNotice } from '../../../../kernel/views/demo-notice.js';
import { Facts } from '../../../../kernel/views/facts.js';
import { TextAreaField } from '../../../../kernel/views/fields.js';
import { PostForm } from '../../../../kernel/views/form-page.js';
import type { NeedView } from '../types.js';
import { areaLabel, day, EvidenceScore, money, needHref, StatusBadge, sourceHref } from './parts.js';

export interface NeedPageProps {
  t: Translate;
  locale: Locale;
  need: NeedView;
  /** The ISU, or a focal point of the need's State. */
  mayWrite: boolean;
  /** Sections other cooperation features add (matching, responses), already rendered. */
  sections: Child[];
  /** The withdraw form after a refused submission (422). */
  withdraw?: { values: Record<string, string>; errors?: FieldErrors };
}

/** One button posting to one action of the need: no script, works everywhere. */
function Action(p: { id: number; action: string; label: string; fields?: Record<string, string> }) {
  return (
    <form method="post" action={`${needHref(p.id)}/${p.action}#errors`} class="inline">
      {Object.entries(p.fields ?? {}).map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
      <button type="submit">{p.label}</button>
    </form>
  );
}

export function NeedPage(p: NeedPageProps) {
  const { t, locale, need: n } = p;
  const none = t('needs:detail.notGiven');
  const closed = n.status === 'met' || n.status === 'withdrawn';
  return (
    <section>
      <h1>{t('needs:detail.title', { state: n.stateName, area: areaLabel(t, n) })}</h1>
      <DemoNotice t={t} show={n.demonstration} />
      <p class="text-value">{n.description}</p>
      <p>
        <StatusBadge t={t} status={n.status} />{' '}
        {n.lapseReason === 'expired'
          ? t('needs:detail.lapsedExpired', { date: day(locale, n.lapsesOn) })
          : n.lapseReason === 'left_out'
            ? t('needs:detail.lapsedLeftOut')
            : closed
              ? null
              : t('needs:detail.lapsesOn', { date: day(locale, n.lapsesOn) })}
      </p>

      <Facts
        class="facts"
        facts={[
          [t('needs:col.state'), <a href={`/states/${n.stateIso3}`}>{n.stateName}</a>],
          [t('needs:col.area'), areaLabel(t, n)],
          [t('needs:col.type'), n.type ? t(`needs:type.${n.type}`) : none],
          [
            t('needs:col.activitiesTimeframe'),
            <span class="text-value">{n.activitiesTimeframe ?? none}</span>,
          ],
          [
            t('needs:col.estimatedCost'),
            money(t, locale, n.estimatedCost, n.currency) || t('common:unknown'),
          ],
          [
            t('needs:col.nationalContribution'),
            money(t, locale, n.nationalContribution, n.currency) || t('common:unknown'),
          ],
          [t('needs:col.planReference'), n.planReference ?? none],
          [t('needs:col.lastConfirmed'), day(locale, n.lastConfirmedOn)],
          [t('needs:col.lapsesOn'), day(locale, n.lapsesOn)],
          [
            t('needs:col.source'),
            n.source ? (
              <a href={sourceHref(n.source)}>
                {t('needs:detail.sourceLink', { version: n.source.version, row: n.source.row })}
              </a>
            ) : (
              t('needs:detail.direct')
            ),
          ],
          [t('needs:col.public'), n.isPublic ? t('needs:consent.public') : t('needs:consent.private')],
        ]}
      />

      <section id="evidence" aria-labelledby="evidence-title">
        <h2 id="evidence-title">
          {t('needs:evidence.title')}: <EvidenceScore t={t} evidence={n.evidence} />
        </h2>
        {n.evidence.missing.length === 0 ? (
          <p>{t('needs:evidence.allMet')}</p>
        ) : (
          <>
            <p>{t('needs:evidence.missingIntro')}</p>
            <ul>
              {n.evidence.missing.map((c) => (
                <li data-missing={c}>
                  <strong>{t(`needs:evidence.criterion.${c}`)}</strong>: {t(`needs:evidence.howTo.${c}`)}
                </li>
              ))}
            </ul>
          </>
        )}
        {n.evidence.met.length > 0 ? (
          <p class="hint">
            {t('needs:evidence.metList', {
              list: n.evidence.met.map((c) => t(`needs:evidence.criterion.${c}`)).join(', '),
            })}
          </p>
        ) : null}
      </section>

      {p.mayWrite ? <NeedActions {...p} /> : null}

      {p.sections}
    </section>
  );
}

function NeedActions(p: NeedPageProps) {
  const { t, need: n } = p;
  return (
    <section id="actions" aria-labelledby="actions-title">
      <h2 id="actions-title">{t('needs:actions.title')}</h2>
      <div class="actions">
        {n.storedStatus !== 'met' ? (
          <Action id={n.id} action="reconfirm" label={t('needs:actions.reconfirm')} />
        ) : null}
        <a href={`${needHref(n.id)}/edit`}>{t('needs:actions.edit')}</a>
        {n.storedStatus !== 'open' ? (
          <Action id={n.id} action="status" label={t('needs:actions.markOpen')} fields={{ status: 'open' }} />
        ) : null}
        {n.storedStatus !== 'partly_met' ? (
          <Action
            id={n.id}
            action="status"
            label={t('needs:actions.markPartlyMet')}
            fields={{ status: 'partly_met' }}
          />
        ) : null}
        {n.storedStatus !== 'met' ? (
          <Action id={n.id} action="status" label={t('needs:actions.markMet')} fields={{ status: 'met' }} />
        ) : null}
      </div>

      <h3>{t('needs:consent.title')}</h3>
      <p>{n.isPublic ? t('needs:consent.publicLong') : t('needs:consent.privateLong')}</p>
      {n.isPublic ? (
        <Action
          id={n.id}
          action="consent"
          label={t('needs:actions.unpublish')}
          fields={{ isPublic: 'false' }}
        />
      ) : (
        <>
          <p class="hint">{t('needs:consent.publishWording')}</p>
          <Action
            id={n.id}
            action="consent"
            label={t('needs:actions.publish')}
            fields={{ isPublic: 'true' }}
          />
        </>
      )}

      {n.storedStatus !== 'withdrawn' ? (
        <>
          <h3>{t('needs:actions.withdrawTitle')}</h3>
          <PostForm
            t={t}
            errors={p.withdraw?.errors}
            action={`${needHref(n.id)}/withdraw`}
            submit={t('needs:actions.withdraw')}
            validate
          >
            <TextAreaField
              name="reason"
              label={t('needs:actions.withdrawReason')}
              hint={t('needs:actions.withdrawHint')}
              value={p.withdraw?.values.reason}
              errors={p.withdraw?.errors}
              maxLength={1000}
            />
          </PostForm>
        </>
      ) : null}
    </section>
  );
}
