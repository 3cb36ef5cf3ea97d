import type { FieldErrors } from '../../../../kernel/errors.js';
import { formatDate, type Locale, type Translate } from '../../../../kernel/i18n/index.js';
import { compareText, stateName } from '../../../../kernel/i18n/state-names.js';
import { TextField } from '../../../../kernel/views/fields.js';
import { PostForm } from '../../../../kernel/views/form-page.js';
import { Table, type TableDefinition, TableScroll } from '../../../../kernel/views/table.js';
import { sections } from '../../model.js';
import { sectionTitle } from '../../views/report.js';
import type { ContentParagraph, ReportContent } from '../content.js';
import type { FigureChange, ReportDiff } from '../diff.js';
import type { VersionView } from '../queries.js';
import { FigureSummary, FrozenFigureText, ParagraphView } from './parts.js';

const base = (meeting: string) => `/progress/${meeting}/versions`;

/** `/progress/{meeting}/versions`: the frozen versions, the live draft, and the ISU's forms to freeze one. */
export function VersionsPage(p: {
  t: Translate;
  locale: Locale;
  meeting: string;
  versions: VersionView[];
  canIssue: boolean;
  note: string;
  errors?: FieldErrors;
}) {
  const { t, locale, meeting, versions } = p;
  const final = versions.find((v) => v.status === 'final');
  return (
    <article>
      <p class="downloads">
        <a href={`/progress/${meeting}`}>{t('progressNarrative:section.back')}</a>
        <a href={`/progress/${meeting}/sections/A`}>{t('progressNarrative:section.sections')}</a>
      </p>
      <h1>{t('progressNarrative:versions.title', { meeting })}</h1>
      <p>{t('progressNarrative:versions.intro')}</p>
      {final ? (
        <p class="notice" role="note" data-final="true">
          {t('progressNarrative:versions.final', { n: final.number })}
        </p>
      ) : null}
      {versions.length === 0 ? <p>{t('progressNarrative:versions.none')}</p> : null}
      <TableScroll label={t('progressNarrative:versions.title', { meeting })}>
        <table class="versions">
          <thead>
            <tr>
              <th scope="col">{t('progressNarrative:versions.number')}</th>
              <th scope="col">{t('progressNarrative:versions.status')}</th>
              <th scope="col">{t('progressNarrative:versions.compare')}</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v, n) => (
              <tr data-version={v.number}>
                <th scope="row">
                  <a href={`${base(meeting)}/${v.number}`}>
                    {t('progressNarrative:versions.show', { n: v.number })}
                  </a>
                </th>
                <td>
                  <span class={v.status === 'final' ? 'badge ok' : 'badge'}>
                    {t(`progressNarrative:versionStatus.${v.status}`)}
                  </span>
                  <br />
                  <span class="hint">
                    {v.by}, {formatDate(locale, v.at)}
                  </span>
                  {v.note ? <p class="hint">{v.note}</p> : null}
                </td>
                <td>
                  {n > 0 ? (
                    <>
                      <a href={`${base(meeting)}/${versions[n - 1]!.number}/diff/${v.number}`}>
                        {t('progressNarrative:versions.diffPrevious', { n: versions[n - 1]!.number })}
                      </a>
                      <br />
                    </>
                  ) : null}
                  <a href={`${base(meeting)}/${v.number}/diff/draft`}>
                    {t('progressNarrative:versions.diffDraft')}
                  </a>
                </td>
              </tr>
            ))}
            <tr data-version="draft">
              <th scope="row">
                <a href={`/progress/${meeting}`}>{t('progressNarrative:versions.live')}</a>
              </th>
              <td>
                <span class="badge muted">{t('progressNarrative:versionStatus.draft')}</span>
                <p class="hint">{t('progressNarrative:versions.liveDetail')}</p>
              </td>
              <td />
            </tr>
          </tbody>
        </table>
      </TableScroll>
      {p.canIssue && !final ? (
        <>
          <h2>{t('progressNarrative:versions.issueTitle')}</h2>
          <PostForm
            t={t}
            errors={p.errors}
            action={`${base(meeting)}/circulate`}
            submit={t('progressNarrative:versions.circulate')}
          >
            <TextField
              id="f-circulate-note"
              name="note"
              label={t('progressNarrative:versions.noteLabel')}
              value={p.note}
              errors={p.errors}
              maxLength={2000}
            />
          </PostForm>
          <form method="post" action={`${base(meeting)}/finalise#errors`} class="stack" novalidate>
            <TextField
              id="f-finalise-note"
              name="note"
              label={t('progressNarrative:versions.noteLabel')}
              hint={t('progressNarrative:versions.finaliseHint')}
              value=""
              maxLength={2000}
            />
            <button type="submit" class="secondary">
              {t('progressNarrative:versions.finalise')}
            </button>
          </form>
        </>
      ) : null}
    </article>
  );
}

function ParagraphsBySection(p: { t: Translate; locale: Locale; meeting: string; content: ReportContent }) {
  const { t } = p;
  return (
    <>
      {sections.map((s) => {
        const own = p.content.paragraphs.filter((x) => x.section === s);
        if (!own.length) return null;
        return (
          <section>
            <h3>{sectionTitle(t, s)}</h3>
            {own.map((x) => (
              <ParagraphView t={t} locale={p.locale} meeting={p.meeting} paragraph={x} />
            ))}
          </section>
        );
      })}
    </>
  );
}

/** `/progress/{meeting}/versions/{n}`: one frozen version, its figures and paragraphs as they stood. */
export function VersionPage(p: {
  t: Translate;
  locale: Locale;
  meeting: string;
  version: VersionView & { content: ReportContent };
}) {
  const { t, locale, meeting, version: v } = p;
  return (
    <article>
      <p class="downloads">
        <a href={base(meeting)}>{t('progressNarrative:section.versions')}</a>
        <a href={`${base(meeting)}/${v.number}/diff/draft`}>{t('progressNarrative:version.diffDraft')}</a>
      </p>
      <h1>{t('progressNarrative:version.title', { meeting, n: v.number })}</h1>
      <p data-status={v.status}>
        {t('progressNarrative:version.issued', {
          status: t(`progressNarrative:versionStatus.${v.status}`),
          by: v.by,
          at: formatDate(locale, v.at),
        })}
      </p>
      {v.note ? <p>{v.note}</p> : null}
      <h2>{t('progressNarrative:version.figures')}</h2>
      <TableScroll label={t('progressNarrative:version.figures')}>
        <table class="figures">
          <thead>
            <tr>
              <th scope="col">{t('progressNarrative:version.indicator')}</th>
              <th scope="col">{t('progressNarrative:version.shown')}</th>
            </tr>
          </thead>
          <tbody>
            {v.content.figures.map((f) => (
              <tr id={`figure-${f.id}`}>
                <th scope="row">
                  <a href={`/progress/${meeting}/${f.id}`}>{f.id}</a>
                </th>
                <td>
                  <FigureSummary t={t} locale={locale} f={f} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <h2>{t('progressNarrative:version.paragraphs')}</h2>
      <ParagraphsBySection t={t} locale={locale} meeting={meeting} content={v.content} />
    </article>
  );
}

function Side(p: { t: Translate; locale: Locale; meeting: string; x: ContentParagraph | null }) {
  return p.x ? <ParagraphView t={p.t} locale={p.locale} meeting={p.meeting} paragraph={p.x} /> : <p>—</p>;
}

/** A figure on one side of a change: as shown, and as computed. */
function FigureSide(p: { t: Translate; locale: Locale; f: FigureChange['before'] }) {
  return (
    <>
      <FigureSummary t={p.t} locale={p.locale} f={p.f} />
      <br />
      <span class="hint">
        {p.t('progressNarrative:version.computed')}:{' '}
        <FrozenFigureText t={p.t} locale={p.locale} f={p.f.computed} />
      </span>
    </>
  );
}

/** The figures that changed between two versions: each before and after, and the States added or removed. */
function figureChangeTable(t: Translate, locale: Locale, meeting: string): TableDefinition<FigureChange> {
  // A frozen figure counts States by ISO-3 code: each named in the reader's language, in its order.
  const list = (xs: string[]) =>
    new Intl.ListFormat(locale, { type: 'conjunction' }).format(
      xs.map((x) => (/^[A-Z]{3}$/.test(x) ? stateName(locale, x) : x)).sort(compareText(locale)),
    );
  return {
    columns: [
      {
        key: 'indicator',
        header: t('progressNarrative:version.indicator'),
        rowHeader: true,
        cell: (c) => (
          <>
            <a href={`/progress/${meeting}/${c.id}`}>{c.id}</a>
            <br />
            <span class="hint">{c.what.map((w) => t(`progressNarrative:diff.what.${w}`)).join(', ')}</span>
          </>
        ),
      },
      {
        key: 'before',
        header: t('progressNarrative:diff.before'),
        cellClass: () => 'before',
        cell: (c) => <FigureSide t={t} locale={locale} f={c.before} />,
      },
      {
        key: 'after',
        header: t('progressNarrative:diff.after'),
        cellClass: () => 'after',
        cell: (c) => (
          <>
            <FigureSide t={t} locale={locale} f={c.after} />
            {c.added.length ? (
              <p class="hint">{t('progressNarrative:diff.statesAdded', { list: list(c.added) })}</p>
            ) : null}
            {c.removed.length ? (
              <p class="hint">{t('progressNarrative:diff.statesRemoved', { list: list(c.removed) })}</p>
            ) : null}
          </>
        ),
      },
    ],
  };
}

/** `/progress/{meeting}/versions/{a}/diff/{b}`: figures that changed, paragraphs added, changed or removed. */
export function DiffPage(p: {
  t: Translate;
  locale: Locale;
  meeting: string;
  a: string;
  b: string;
  diff: ReportDiff;
}) {
  const { t, locale, meeting, diff } = p;
  return (
    <article>
      <p class="downloads">
        <a href={base(meeting)}>{t('progressNarrative:section.versions')}</a>
      </p>
      <h1>{t('progressNarrative:diff.title', { meeting, a: p.a, b: p.b })}</h1>
      <h2>{t('progressNarrative:diff.figures')}</h2>
      <Table
        definition={figureChangeTable(t, locale, meeting)}
        rows={diff.figures}
        locale={locale}
        class="figure-changes"
        label={t('progressNarrative:diff.figures')}
        empty={t('progressNarrative:diff.noFigures')}
        rowAttributes={(c) => ({ 'data-figure': c.id })}
      />
      <h2>{t('progressNarrative:diff.paragraphs')}</h2>
      {diff.paragraphs.length === 0 ? <p>{t('progressNarrative:diff.noParagraphs')}</p> : null}
      {diff.paragraphs.map((c) => (
        <section data-change={c.change} data-paragraph={c.id}>
          <h3>
            {c.id} — {t(`progressNarrative:diff.change.${c.change}`)}
          </h3>
          {c.change === 'changed' ? (
            <>
              <h4>{t('progressNarrative:diff.before')}</h4>
              <del>
                <Side t={t} locale={locale} meeting={meeting} x={c.before} />
              </del>
              <h4>{t('progressNarrative:diff.after')}</h4>
              <ins>
                <Side t={t} locale={locale} meeting={meeting} x={c.after} />
              </ins>
            </>
          ) : (
            <Side t={t} locale={locale} meeting={meeting} x={c.after ?? c.before} />
          )}
        </section>
      ))}
    </article>
  );
}
