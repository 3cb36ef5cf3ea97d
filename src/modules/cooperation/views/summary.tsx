import type { Locale, Translate } from '../../../kernel/i18n/index.js';
import { localiseStates } from '../../../kernel/i18n/state-names.js';
import { DemoNotice } from '../../../kernel/views/demo-notice.js';
import { FilterForm } from '../../../kernel/views/list-page.js';
import { Table, type TableDefinition } from '../../../kernel/views/table.js';
import { reportRowHref } from '../../reports/index.js';
import type { Source } from '../derive.js';
import { roles } from '../published-claims.js';
import type { ClaimCheck, CooperationSummary, StateEntry } from '../queries.js';

export interface CooperationPageProps {
  t: Translate;
  /** The reader's language: States are named in it and listed in its order. */
  locale: Locale;
  summary: CooperationSummary;
  checks: ClaimCheck[];
}

const sourceHref = (s: Source) => reportRowHref(s);

/** Each State with links to every report row behind it: a count is only as good as its sources. */
function StateList({ t, locale, entries }: { t: Translate; locale: string; entries: StateEntry[] }) {
  if (entries.length === 0) return <p>{t('cooperation:none')}</p>;
  const named = localiseStates(locale, entries);
  return (
    <ul>
      {named.map((e) => (
        <li>
          <a href={`/states/${e.iso3}`}>{e.name}</a> ({e.iso3}){' '}
          {e.sources.map((s) => (
            <>
              {' '}
              <a href={sourceHref(s)}>
                {t('cooperation:sourceLink', {
                  form: s.form,
                  table: t(`cooperation:table.${s.table}`),
                  row: s.row,
                })}
              </a>
            </>
          ))}
        </li>
      ))}
    </ul>
  );
}

/** States given by ISO-3 code, named and ordered in the reader's language. */
const namesOf = (locale: string, codes: readonly string[]) =>
  localiseStates(
    locale,
    codes.map((iso3) => ({ iso3 })),
  )
    .map((s) => s.name)
    .join(', ');

/** Each published figure against the data: a page-only table. */
function claimTable(t: Translate, locale: Locale): TableDefinition<ClaimCheck> {
  return {
    columns: [
      { key: 'document', header: t('cooperation:claims.document'), value: (c) => c.claim.document },
      {
        key: 'measure',
        header: t('cooperation:claims.measure'),
        value: (c) => t(`cooperation:measure.${c.claim.measure}`),
      },
      { key: 'claimed', header: t('cooperation:claims.claimed'), cell: (c) => c.claimed },
      { key: 'named', header: t('cooperation:claims.named'), cell: (c) => c.named },
      { key: 'computed', header: t('cooperation:claims.computed'), cell: (c) => c.computed },
      {
        key: 'check',
        header: t('cooperation:claims.check'),
        cell: (c) => (
          <>
            {c.consistent ? (
              t('cooperation:claims.consistent')
            ) : (
              <>
                <strong class="badge">{t('cooperation:claims.inconsistent')}</strong>{' '}
                {t(`cooperation:claims.problem.${c.problem}`, {
                  claimed: c.claimed,
                  named: c.named,
                  computed: c.computed,
                })}
              </>
            )}
            {c.namedNotComputed.length > 0 &&
              ` ${t('cooperation:claims.namedNotComputed', { states: namesOf(locale, c.namedNotComputed) })}`}
            {c.computedNotNamed.length > 0 &&
              ` ${t('cooperation:claims.computedNotNamed', { states: namesOf(locale, c.computedNotNamed) })}`}
          </>
        ),
      },
    ],
  };
}

export function CooperationPage({ t, locale, summary: s, checks }: CooperationPageProps) {
  return (
    <section>
      <h1>{t('cooperation:title', { year: s.year })}</h1>
      <DemoNotice t={t} show={s.includesDemonstrationData} />
      <p>{t('cooperation:intro')}</p>
      <FilterForm t={t} action="/cooperation" submit={t('cooperation:show')}>
        <div class="field">
          <label for="year">{t('cooperation:year')}</label>
          <input id="year" name="year" type="number" min="2009" max="2100" value={String(s.year)} />
        </div>
      </FilterForm>

      {s.areas.map((a) => (
        <section id={a.area}>
          <h2>{t(`cooperation:area.${a.area}`)}</h2>
          {roles.map((role) => (
            <>
              <h3>{t(`cooperation:role.${role}`, { count: a[role].length })}</h3>
              <StateList t={t} locale={locale} entries={a[role]} />
            </>
          ))}
        </section>
      ))}

      <section id="any-area">
        <h2>{t('cooperation:anyArea')}</h2>
        <h3>{t('cooperation:role.providers', { count: s.providersAny.length })}</h3>
        <StateList t={t} locale={locale} entries={s.providersAny} />
        <h3>{t('cooperation:role.recipients', { count: s.recipientsAny.length })}</h3>
        <StateList t={t} locale={locale} entries={s.recipientsAny} />
      </section>

      <section id="non-parties">
        <h2>{t('cooperation:nonParties.title')}</h2>
        <p>{t('cooperation:nonParties.intro')}</p>
        {s.nonParties.length === 0 ? (
          <p>{t('cooperation:none')}</p>
        ) : (
          <ul>
            {localiseStates(locale, s.nonParties).map((n) => (
              <li>
                <a href={`/states/${n.iso3}`}>{n.name}</a> ({n.iso3}):{' '}
                {n.entries.map((e) => (
                  <>
                    {' '}
                    <a href={sourceHref(e.source)}>
                      {t(`cooperation:nonParties.${e.role}`, {
                        area: e.area ? t(`cooperation:areaShort.${e.area}`) : t('cooperation:areaShort.none'),
                      })}
                    </a>
                  </>
                ))}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section id="published-figures">
        <h2>{t('cooperation:claims.title')}</h2>
        <p>{t('cooperation:claims.intro')}</p>
        <Table
          definition={claimTable(t, locale)}
          rows={checks}
          locale={locale}
          label={t('cooperation:claims.title')}
          empty={t('cooperation:claims.none')}
          rowAttributes={(c) => ({ 'data-claim': c.claim.id })}
        />
      </section>
    </section>
  );
}
