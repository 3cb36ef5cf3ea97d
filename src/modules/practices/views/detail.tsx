import type { Locale, Translate } from '../../../kernel/i18n/index.js';
import { stateName } from '../../../kernel/i18n/state-names.js';
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
      <dl>
        <dt>{t('practices:col.area')}</dt>
        <dd>{t(`practices:area.${g.area}`)}</dd>
        <dt>{t('practices:col.states')}</dt>
        <dd>
          {g.states.length
            ? g.states.map((s, i) => (
                <>
                  {i ? ', ' : ''}
                  <a href={`/states/${s.iso3}`}>{stateName(locale, s.iso3, s.name)}</a>
                </>
              ))
            : t('practices:detail.noState')}
        </dd>
        <dt>{t('practices:col.partners')}</dt>
        <dd>{g.partners.length ? g.partners.join(', ') : t('practices:detail.noPartner')}</dd>
        <dt>{t('practices:col.action')}</dt>
        <dd>{actionText(t, g.lapAction)}</dd>
        <dt>{t('practices:col.date')}</dt>
        <dd>{dateText(t, g.practiceOn)}</dd>
        <dt>{t('practices:col.languages')}</dt>
        <dd>
          {languagesOf(g)
            .map(
              (l) =>
                t(`practices:languageName.${l}`) +
                (l === g.language ? ` (${t('practices:detail.original')})` : ''),
            )
            .join(', ')}
        </dd>
        <dt>{t('practices:detail.source')}</dt>
        <dd>
          {t(`practices:sourceKind.${g.source.kind}`)}:{' '}
          {sourceHref ? <a href={sourceHref}>{g.source.reference}</a> : g.source.reference} — {g.source.title}
        </dd>
        <dt>{t('practices:detail.enteredBy')}</dt>
        <dd>{g.seeded ? t('practices:detail.seeded') : t('practices:detail.person')}</dd>
      </dl>
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
