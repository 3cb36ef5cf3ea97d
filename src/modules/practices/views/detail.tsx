import type { Locale, Translate } from '../../../kernel/i18n/index.js';
import { stateName } from '../../../kernel/i18n/state-names.js';
import { Facts } from '../../../kernel/views/facts.js';
import { languagesOf, type PracticeView, textFor } from '../queries.js';
import { actionText, dateText } from './table.js';

export function PracticePage(p: {
  t: Translate;
  locale: Locale;
  practice: PracticeView;
  canMaintain: boolean;
}) {
  const { t, locale, practice: g } = p;
  const x = textFor(g, locale);
  const sourceHref =
    g.source.kind === 'meeting_statement'
      ? `/meetings/${encodeURIComponent(g.source.reference)}`
      : /^https?:\/\//.test(g.source.reference)
        ? g.source.reference
        : null;
  return (
    <article>
      <p>
        <a href="/good-practices">{t('practices:detail.back')}</a>
      </p>
      <h1 lang={x.lang} dir="auto">
        {x.title}
      </h1>
      {g.status !== 'published' ? (
        <p class="notice" role="note">
          {t(`practices:detail.statusNote.${g.status}`)}
        </p>
      ) : null}
      {x.lang !== locale ? (
        <p class="hint">
          {t('practices:detail.notTranslated', { language: t(`practices:languageName.${x.lang}`) })}
        </p>
      ) : null}
      {/* The practice's words keep their language and direction; the headings are the reader's. */}
      <h2>{t('practices:field.done')}</h2>
      <p lang={x.lang} dir="auto">
        {x.done}
      </p>
      <h2>{t('practices:field.achieved')}</h2>
      {x.achieved ? (
        <p lang={x.lang} dir="auto">
          {x.achieved}
        </p>
      ) : (
        <p>{t('common:unknown')}</p>
      )}
      <h2>{t('practices:detail.facts')}</h2>
      <Facts
        facts={[
          [t('practices:col.area'), t(`practices:area.${g.area}`)],
          [
            t('practices:col.states'),
            g.states.length
              ? g.states.map((s, i) => (
                  <>
                    {i ? ', ' : ''}
                    <a href={`/states/${s.iso3}`}>{stateName(locale, s.iso3, s.name)}</a>
                  </>
                ))
              : t('practices:detail.noState'),
          ],
          [
            t('practices:col.partners'),
            g.partners.length ? g.partners.join(', ') : t('practices:detail.noPartner'),
          ],
          [t('practices:col.action'), actionText(t, g.lapAction)],
          [t('practices:col.date'), dateText(t, g.practiceOn)],
          [
            t('practices:col.languages'),
            languagesOf(g)
              .map(
                (l) =>
                  t(`practices:languageName.${l}`) +
                  (l === g.language ? ` (${t('practices:detail.original')})` : ''),
              )
              .join(', '),
          ],
          [
            t('practices:detail.source'),
            <>
              {t(`practices:sourceKind.${g.source.kind}`)}:{' '}
              {sourceHref ? <a href={sourceHref}>{g.source.reference}</a> : g.source.reference} —{' '}
              {g.source.title}
            </>,
          ],
          [
            t('practices:detail.enteredBy'),
            g.seeded ? t('practices:detail.seeded') : t('practices:detail.person'),
          ],
        ]}
      />
      {p.canMaintain && g.status !== 'withdrawn' ? (
        <div class="actions">
          <a class="button" href={`/good-practices/${g.id}/edit`}>
            {t('practices:detail.edit')}
          </a>
          <form method="post" action={`/good-practices/${g.id}/withdraw#errors`}>
            <button type="submit" class="secondary">
              {t('practices:detail.withdraw')}
            </button>
          </form>
        </div>
      ) : null}
    </article>
  );
}
