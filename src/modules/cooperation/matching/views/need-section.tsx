import type { Executor } from '../../../../db/client.js';
import { isoDay } from '../../../../kernel/clock.js';
import { DemoNotice } from '../../../../kernel/views/demo-notice.js';
import type { NeedSection } from '../../needs/types.js';
import { matchesForNeed } from '../load.js';
import { matchableNeedStatuses } from '../score.js';
import { closedSentence, PartnerTable, UrgencyBlock } from './parts.js';

/**
 * The matching section of a need's page: the partners ranked for an open need, each score
 * explained, the need's urgency and the small-gap-near-deadline flag. A need that is met, withdrawn
 * or lapsed gets a sentence instead. The public sees nothing: matching is for States and partners.
 */
export function matchingSection(deps: { db: Executor; now: () => Date }): NeedSection {
  return async (c, need) => {
    if (c.get('actor').kind === 'anonymous') return null;
    const t = c.get('t');
    const locale = c.get('locale');
    if (!matchableNeedStatuses.includes(need.status)) {
      return (
        <section id="matching" aria-labelledby="matching-title">
          <h2 id="matching-title">{t('matching:need.title')}</h2>
          <p data-matching="closed">{closedSentence(t, need.status)}</p>
        </section>
      );
    }
    const today = isoDay(deps.now());
    const { urgency, matches, includesDemonstrationData } = await matchesForNeed(
      deps.db,
      need,
      today,
      locale,
    );
    return (
      <section id="matching" aria-labelledby="matching-title">
        <h2 id="matching-title">{t('matching:need.title')}</h2>
        {/* The need itself may be real while the partners or flows behind this section are not. */}
        <DemoNotice t={t} show={includesDemonstrationData && !need.demonstration} />
        <p>{t('matching:need.intro')}</p>
        <UrgencyBlock t={t} locale={locale} u={urgency} />
        <PartnerTable t={t} locale={locale} matches={matches} />
      </section>
    );
  };
}
