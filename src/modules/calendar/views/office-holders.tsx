import type { Child } from 'hono/jsx';
import { formatDate, type Locale, type Translate } from '../../../kernel/i18n/index.js';
import { compareText, stateName } from '../../../kernel/i18n/state-names.js';
import { Table, type TableDefinition } from '../../../kernel/views/table.js';
import type { OfficeHolderView } from '../office-holders.js';
import type { OfficeHolderValues } from '../schema.js';
import { officeKinds } from '../vocabulary.js';
import { Known } from './parts.js';

function period(t: Translate, h: { periodFrom: string | null; periodTo: string | null }): string | null {
  if (h.periodFrom && h.periodTo) return t('calendar:offices.fromTo', { from: h.periodFrom, to: h.periodTo });
  if (h.periodTo) return t('calendar:offices.until', { to: h.periodTo });
  if (h.periodFrom) return t('calendar:offices.since', { from: h.periodFrom });
  return null;
}

const genderText = (t: Translate, g: OfficeHolderValues['gender']) =>
  g === 'not_known' ? null : t(`calendar:offices.genders.${g}`);

/** A record's values as one line each: what was recorded, or what a correction set. */
export function RecordedValues(p: { t: Translate; values: OfficeHolderValues }) {
  const { t, values: v } = p;
  return (
    <dl class="facts">
      <dt>{t('calendar:offices.officeField')}</dt>
      <dd>{t(`calendar:offices.officeName.${v.office}`)}</dd>
      {v.area ? (
        <>
          <dt>{t('calendar:offices.area')}</dt>
          <dd>{t(`calendar:offices.areas.${v.area}`)}</dd>
        </>
      ) : null}
      <dt>{t('calendar:offices.state')}</dt>
      <dd>
        <Known t={t} value={v.stateIso3} />
      </dd>
      <dt>{t('calendar:offices.person')}</dt>
      <dd>
        <Known t={t} value={v.personName} />
      </dd>
      <dt>{t('calendar:offices.gender')}</dt>
      <dd>
        <Known t={t} value={genderText(t, v.gender)} />
      </dd>
      <dt>{t('calendar:offices.period')}</dt>
      <dd>
        <Known t={t} value={period(t, v)} />
      </dd>
      <dt>{t('calendar:offices.source')}</dt>
      <dd>{v.sourceHref ? <a href={v.sourceHref}>{v.sourceTitle}</a> : v.sourceTitle}</dd>
    </dl>
  );
}

/** A record's history: as first recorded, then each correction with its reason, date and author. */
function History(p: { t: Translate; locale: Locale; holder: OfficeHolderView }) {
  const { t, locale, holder: h } = p;
  if (!h.corrections.length) return null;
  return (
    <details>
      <summary>{t('calendar:offices.history', { count: h.corrections.length })}</summary>
      <h3>{t('calendar:offices.asRecorded')}</h3>
      <RecordedValues t={t} values={h.recorded} />
      <ol>
        {h.corrections.map((c) => (
          <li>
            <p>
              <strong>{t(`calendar:offices.actions.${c.action}`)}</strong>, {formatDate(locale, c.recordedAt)}
              {c.recordedBy ? ` · ${c.recordedBy}` : ''}: {c.reason}
            </p>
            {c.values ? <RecordedValues t={t} values={c.values} /> : null}
          </li>
        ))}
      </ol>
    </details>
  );
}

function CorrectLink(p: { t: Translate; holder: OfficeHolderView }) {
  return (
    <p>
      <a href={`/meetings/office-holders/${p.holder.id}/correct`}>{p.t('calendar:offices.correctLink')}</a>
    </p>
  );
}

/** The holders of one office: the area only for thematic coordinators; the source with the record's history. */
function holderTable(
  t: Translate,
  locale: Locale,
  office: string,
  canWrite: boolean,
): TableDefinition<OfficeHolderView> {
  const known = (header: string, value: (h: OfficeHolderView) => Child) => ({
    key: header,
    header: t(`calendar:offices.${header}`),
    cell: (h: OfficeHolderView) => <Known t={t} value={value(h)} />,
  });
  return {
    columns: [
      ...(office === 'thematic_coordinator'
        ? [
            {
              key: 'area',
              header: t('calendar:offices.area'),
              cell: (h: OfficeHolderView) => (h.area ? t(`calendar:offices.areas.${h.area}`) : null),
            },
          ]
        : []),
      known('state', (h) =>
        h.state ? (
          <a href={`/states/${h.state.iso3}`}>{stateName(locale, h.state.iso3, h.state.name)}</a>
        ) : null,
      ),
      known('person', (h) => h.personName),
      known('gender', (h) => genderText(t, h.gender)),
      known('period', (h) => period(t, h)),
      {
        key: 'source',
        header: t('calendar:offices.source'),
        cell: (h) => (
          <>
            {h.source.href ? <a href={h.source.href}>{h.source.title}</a> : h.source.title}
            {h.corrections.length ? (
              <p>
                <strong>{t('calendar:offices.corrected')}</strong>
              </p>
            ) : null}
            <History t={t} locale={locale} holder={h} />
            {canWrite ? <CorrectLink t={t} holder={h} /> : null}
          </>
        ),
      },
    ],
  };
}

/** Who held the Convention's offices, grouped by office, each with its period and source. */
export function OfficeHoldersPage(p: {
  t: Translate;
  locale: Locale;
  holders: OfficeHolderView[];
  canWrite?: boolean;
}) {
  const { t, locale } = p;
  const standing = p.holders.filter((h) => !h.withdrawn);
  const withdrawn = p.holders.filter((h) => h.withdrawn);
  return (
    <section>
      <h1>{t('calendar:offices.title')}</h1>
      <p>{t('calendar:offices.intro')}</p>
      <p>
        <a href="/meetings">{t('calendar:meeting.back')}</a>
        {p.canWrite ? (
          <>
            {' · '}
            <a href="/meetings/office-holders/new">{t('calendar:offices.newTitle')}</a>
          </>
        ) : null}
      </p>
      {officeKinds.map((office) => {
        // Co-holders of the same area and period in the reader's order of their States' names.
        const compare = compareText(locale);
        const stateOf = (h: OfficeHolderView) =>
          h.state ? stateName(locale, h.state.iso3, h.state.name) : '';
        const rows = standing
          .filter((h) => h.office === office)
          .sort(
            (a, b) =>
              (a.area ?? '').localeCompare(b.area ?? '') ||
              (a.periodTo ?? '').localeCompare(b.periodTo ?? '') ||
              compare(stateOf(a), stateOf(b)) ||
              a.id - b.id,
          );
        return (
          <section aria-labelledby={`office-${office}`}>
            <h2 id={`office-${office}`}>{t(`calendar:offices.office.${office}`)}</h2>
            <Table
              definition={holderTable(t, locale, office, p.canWrite ?? false)}
              rows={rows}
              locale={locale}
              label={t(`calendar:offices.office.${office}`)}
              empty={t('calendar:offices.none')}
              rowAttributes={(h) => ({ id: `holder-${h.id}` })}
            />
          </section>
        );
      })}
      {withdrawn.length ? (
        <section aria-labelledby="office-withdrawn">
          <h2 id="office-withdrawn">{t('calendar:offices.withdrawnTitle')}</h2>
          <p class="hint">{t('calendar:offices.withdrawnHelp')}</p>
          <ul>
            {withdrawn.map((h) => (
              <li id={`holder-${h.id}`}>
                {t(`calendar:offices.officeName.${h.office}`)}
                {h.area ? ` (${t(`calendar:offices.areas.${h.area}`)})` : ''} —{' '}
                {[h.state?.name, h.personName].filter(Boolean).join(' · ')}
                {period(t, h) ? `, ${period(t, h)}` : ''}
                <History t={t} locale={locale} holder={h} />
                {p.canWrite ? <CorrectLink t={t} holder={h} /> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </section>
  );
}
