import { formatDate, type Locale, type Translate } from '../../../kernel/i18n/index.js';
import { stateName } from '../../../kernel/i18n/state-names.js';
import type { TableDefinition } from '../../../kernel/views/table.js';
import type { Concerns, ContactView, FollowUpItem, WorklistRow } from '../queries.js';

/** The follow-ups pages, one line of links on each; the current one is marked for screen readers. */
const sections = [
  ['/follow-ups', 'mine'],
  ['/follow-ups/contacts', 'contacts'],
  ['/follow-ups/worklist', 'worklist'],
  ['/follow-ups/contacts/new', 'newContact'],
] as const;
export type FollowUpsSection = (typeof sections)[number][1];

export function FollowUpsNav({ t, current }: { t: Translate; current?: FollowUpsSection }) {
  return (
    <nav aria-label={t('followups:subnav.label')} class="subnav">
      <ul>
        {sections.map(([href, key]) => (
          <li>
            <a href={href} aria-current={key === current ? 'page' : undefined}>
              {t(`followups:subnav.${key}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function concernsText(t: Translate, locale: Locale, c: Concerns): string {
  if (c.kind === 'meeting') return `${t('followups:concerns.meeting')} ${c.code}: ${c.title}`;
  if (c.kind === 'contact')
    return t('followups:concerns.contact', {
      state: stateName(locale, c.state.iso3, c.state.name),
      date: formatDate(locale, c.contactedOn),
    });
  return t('followups:concerns.other');
}

export function ConcernsCell({ t, locale, c }: { t: Translate; locale: Locale; c: Concerns }) {
  if (c.kind === 'meeting') return <a href={`/meetings/${c.code}`}>{concernsText(t, locale, c)}</a>;
  if (c.kind === 'contact') return <a href={`/follow-ups/contacts/${c.id}`}>{concernsText(t, locale, c)}</a>;
  return <>{concernsText(t, locale, c)}</>;
}

const ownerText = (t: Translate, i: FollowUpItem) => {
  const kind = t(`calendar:ownerKind.${i.ownerKind}`);
  const name = i.ownerKind === 'state' ? i.ownerName : i.owner;
  return name ? `${kind}: ${name}` : kind;
};

/** The follow-ups list's columns, for the page and its CSV and XLSX files alike. */
export function followUpsTable(
  t: Translate,
  locale: Locale,
  back: string,
  canUpdate: boolean,
): TableDefinition<FollowUpItem> {
  return {
    columns: [
      { key: 'what', header: t('followups:col.what'), value: (i) => i.what, rowHeader: true },
      { key: 'owner', header: t('followups:col.owner'), value: (i) => ownerText(t, i) },
      { key: 'ownerPerson', header: t('followups:col.ownerPerson'), value: (i) => i.ownerPersonName },
      {
        key: 'due',
        header: t('followups:col.due'),
        value: (i) => i.dueOn,
        cell: (i) => (i.dueOn ? formatDate(locale, i.dueOn) : t('common:unknown')),
      },
      {
        key: 'status',
        header: t('followups:col.status'),
        value: (i) => t(`calendar:status.${i.status}`),
        cell: (i) => (
          <>
            {t(`calendar:status.${i.status}`)}
            {i.overdue ? (
              <>
                {' '}
                <span class="badge overdue">{t('followups:overdueFlag')}</span>
              </>
            ) : null}
          </>
        ),
      },
      {
        key: 'overdue',
        header: t('followups:col.overdue'),
        value: (i) => (i.overdue ? t('common:yes') : t('common:no')),
      },
      {
        key: 'concerns',
        header: t('followups:col.concerns'),
        value: (i) => concernsText(t, locale, i.concerns),
        cell: (i) => <ConcernsCell t={t} locale={locale} c={i.concerns} />,
      },
      {
        key: 'states',
        header: t('followups:col.states'),
        value: (i) => i.states.map((s) => stateName(locale, s.iso3, s.name)).join('; ') || null,
        cell: (i) =>
          i.states.length
            ? i.states.map((s, n) => (
                <>
                  {n ? ', ' : ''}
                  <a href={`/states/${s.iso3}`}>{stateName(locale, s.iso3, s.name)}</a>
                </>
              ))
            : t('common:none'),
      },
      {
        key: 'area',
        header: t('followups:col.area'),
        value: (i) => (i.area ? t(`calendar:offices.areas.${i.area}`) : null),
        cell: (i) => (i.area ? t(`calendar:offices.areas.${i.area}`) : t('common:unknown')),
      },
      { key: 'note', header: t('followups:col.note'), value: (i) => i.note },
      ...(canUpdate
        ? [
            {
              key: 'update',
              header: t('followups:col.update'),
              cell: (i: FollowUpItem) => (
                <a
                  href={`/follow-ups/items/${i.id}/status?back=${encodeURIComponent(back)}`}
                  aria-label={`${t('followups:updateStatus')}: ${i.what.slice(0, 80)}`}
                >
                  {t('followups:updateStatus')}
                </a>
              ),
            },
          ]
        : []),
    ],
    page: [
      'what',
      'owner',
      'ownerPerson',
      'due',
      'status',
      'concerns',
      'states',
      'area',
      ...(canUpdate ? ['update'] : []),
    ],
  };
}

/** The worklist's columns, for the page and its files. */
export function worklistTable(t: Translate, locale: Locale): TableDefinition<WorklistRow> {
  return {
    columns: [
      {
        key: 'state',
        header: t('followups:col.state'),
        value: (r) => stateName(locale, r.state.iso3, r.state.name),
        cell: (r) => <a href={`/states/${r.state.iso3}`}>{stateName(locale, r.state.iso3, r.state.name)}</a>,
        rowHeader: true,
      },
      {
        key: 'article',
        header: t('followups:col.article'),
        value: (r) => t('followups:worklist.article', { article: r.article }),
      },
      {
        key: 'deadline',
        header: t('followups:col.deadline'),
        value: (r) => r.deadline,
        cell: (r) => (r.deadline ? formatDate(locale, r.deadline) : t('common:unknown')),
      },
      {
        key: 'risk',
        header: t('followups:col.risk'),
        value: (r) => t(`risk:status.${r.risk}`),
        cell: (r) => (
          <a href={`/states/${r.state.iso3}#risk-article-${r.article}`}>
            {t(`risk:status.${r.risk}`)}
            {r.includesDemonstrationData ? ` (${t('common:demo.badge')})` : ''}
          </a>
        ),
      },
      {
        key: 'evidence',
        header: t('followups:col.evidence'),
        value: (r) => r.evidence?.mean ?? null,
        cell: (r) =>
          r.evidence ? (
            <a href={`/cooperation/needs?state=${r.state.iso3}`}>
              {t('followups:worklist.evidence', { mean: r.evidence.mean, count: r.evidence.needs })}
            </a>
          ) : (
            t('followups:worklist.noNeed')
          ),
      },
      {
        key: 'evidenceNeeds',
        header: t('followups:col.evidenceNeeds'),
        value: (r) => r.evidence?.needs ?? 0,
      },
      {
        key: 'coalition',
        header: t('followups:col.coalition'),
        value: (r) => r.coalition?.name ?? null,
        cell: (r) =>
          r.coalition ? (
            <a href={r.coalition.href}>{r.coalition.name}</a>
          ) : (
            <span title={t('followups:worklist.noCoalition')}>—</span>
          ),
      },
      {
        key: 'lastContact',
        header: t('followups:col.lastContact'),
        value: (r) => r.lastContact?.contactedOn ?? null,
        cell: (r) =>
          r.lastContact ? (
            <a href={`/follow-ups/contacts/${r.lastContact.id}`}>
              {formatDate(locale, r.lastContact.contactedOn)} (
              {t(`calendar:offices.areas.${r.lastContact.area}`)})
            </a>
          ) : (
            t('followups:worklist.never')
          ),
      },
      {
        key: 'lastContactArea',
        header: t('followups:col.lastContactArea'),
        value: (r) => (r.lastContact ? t(`calendar:offices.areas.${r.lastContact.area}`) : null),
      },
    ],
    page: ['state', 'article', 'deadline', 'risk', 'evidence', 'coalition', 'lastContact'],
  };
}

/** The contacts as a list: one definition for the page and its CSV/XLSX. */
export function contactsTable(t: Translate, locale: Locale): TableDefinition<ContactView> {
  return {
    columns: [
      {
        key: 'date',
        header: t('followups:col.date'),
        value: (c) => c.contactedOn,
        cell: (c) => <a href={`/follow-ups/contacts/${c.id}`}>{formatDate(locale, c.contactedOn)}</a>,
        rowHeader: true,
      },
      {
        key: 'state',
        header: t('followups:col.state'),
        value: (c) => stateName(locale, c.state.iso3, c.state.name),
        cell: (c) => (
          <a href={`/follow-ups/contacts?state=${c.state.iso3}`}>
            {stateName(locale, c.state.iso3, c.state.name)}
          </a>
        ),
      },
      { key: 'area', header: t('followups:col.area'), value: (c) => t(`calendar:offices.areas.${c.area}`) },
      { key: 'stateSide', header: t('followups:col.stateSide'), value: (c) => c.stateSide },
      {
        key: 'recordedBy',
        header: t('followups:col.recordedBy'),
        value: (c) => c.recordedBy?.name ?? null,
        cell: (c) => c.recordedBy?.name ?? t('common:unknown'),
      },
      { key: 'outcome', header: t('followups:col.outcome'), value: (c) => c.outcome },
      {
        key: 'nextStep',
        header: t('followups:col.nextStep'),
        value: (c) => c.nextStep,
        cell: (c) => c.nextStep ?? t('common:none'),
      },
    ],
  };
}
