import type { Db } from '../../../db/client.js';
import type { AppDeps } from '../../../kernel/http.js';
import { partyName } from '../../../kernel/i18n/state-names.js';
import { listStateNames } from '../../states/index.js';
import type { NeedSection } from '../needs/types.js';
import {
  canConfirmDeliveryTo,
  canWritePartnerItem,
  mayActForAnyPartner,
  partnerKeyOf,
} from '../shared/policy.js';
import { countConfirmed, linkableEntries, listResponsesToNeed, offersOf } from './queries.js';
import { needTakesResponses } from './rules.js';
import { CommitForm, ConfirmForm, DeliverForm, RespondForm, WithdrawForm } from './views/forms.js';
import { ResponsesTable } from './views/responses-table.js';

/**
 * The handshake on a need's page. Signed-in people see every response (partner, stage, amount,
 * dates, ledger entry) and the forms for the steps they may take; the public only how many
 * deliveries the State confirmed, and nothing when there are none.
 */
export function responsesSection(deps: Pick<AppDeps, 'database'>): NeedSection {
  const db = deps.database.db as Db;
  return async (c, need) => {
    const t = c.get('t');
    const locale = c.get('locale');
    const actor = c.get('actor');
    if (actor.kind === 'anonymous') {
      const confirmed = await countConfirmed(db, need.id);
      if (!confirmed) return null;
      return (
        <section id="responses">
          <h2>{t('responses:section.title')}</h2>
          <p>{t('responses:section.publicCount', { count: confirmed })}</p>
        </section>
      );
    }

    const rows = await listResponsesToNeed(db, need.id);
    const key = partnerKeyOf(actor);
    const isu = mayActForAnyPartner(actor);
    const ownLive = key ? rows.find((r) => r.ownerKey === key && r.stage !== 'withdrawn') : undefined;
    const mayRespond =
      needTakesResponses(need.status) &&
      (isu || (key !== null && !ownLive && key !== `state:${need.stateIso3}`));
    const confirmer = canConfirmDeliveryTo(actor, need.stateIso3);
    const [offers, partnerStates, entries] = await Promise.all([
      key && mayRespond ? offersOf(db, key) : Promise.resolve([]),
      isu && mayRespond ? listStateNames(db, c.get('locale')) : Promise.resolve(undefined),
      confirmer && rows.some((r) => r.stage === 'delivered')
        ? linkableEntries(db, need.stateIso3)
        : Promise.resolve([]),
    ]);
    // The forms each live response offers this person: its partner moves it on, the State confirms it.
    const actions = rows
      .filter((r) => r.stage !== 'withdrawn' && r.stage !== 'confirmed')
      .map((r) => {
        const mine = canWritePartnerItem(actor, r.ownerKey);
        const idp = `r${r.id}`;
        const forms = [
          mine && r.stage === 'interest' && needTakesResponses(need.status) ? (
            <CommitForm t={t} responseId={r.id} idp={`${idp}-commit`} />
          ) : null,
          mine && r.stage === 'commitment' ? (
            <DeliverForm t={t} responseId={r.id} idp={`${idp}-deliver`} />
          ) : null,
          confirmer && r.stage === 'delivered' ? (
            <ConfirmForm
              t={t}
              locale={locale}
              responseId={r.id}
              entries={entries.filter((e) => e.ownerKey === r.ownerKey)}
              idp={`${idp}-confirm`}
            />
          ) : null,
          mine ? <WithdrawForm t={t} responseId={r.id} /> : null,
        ].filter((f) => f !== null);
        if (!forms.length) return null;
        return (
          <div class="panel" id={`response-${r.id}-actions`}>
            <h3>
              {t('responses:section.actionsFor', {
                partner: partyName(locale, r.partnerIso3, r.partnerName),
                stage: t(`responses:stage.${r.stage}`),
              })}
            </h3>
            {forms}
          </div>
        );
      })
      .filter((a) => a !== null);

    return (
      <section id="responses">
        <h2>{t('responses:section.title')}</h2>
        {rows.length ? (
          <ResponsesTable t={t} locale={locale} caption={t('responses:section.caption')} rows={rows} />
        ) : (
          <p>{t('responses:section.none')}</p>
        )}
        {actions}
        {mayRespond ? (
          <div class="panel">
            <h3>{isu ? t('responses:section.respondForPartner') : t('responses:section.respond')}</h3>
            <RespondForm t={t} needId={need.id} offers={offers} partnerStates={partnerStates} idp="respond" />
          </div>
        ) : null}
      </section>
    );
  };
}
