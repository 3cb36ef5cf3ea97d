import { formatDate, formatNumber, type Locale, type Translate } from '../../../../kernel/i18n/index.js';
import { compareText } from '../../../../kernel/i18n/state-names.js';
import { evidenceLabel, type Section, sections } from '../../model.js';
import { sectionTitle } from '../../views/report.js';
import type { ContentParagraph, FrozenFigure, WrittenText } from '../content.js';
import type { GeneratedParagraph, Param } from '../generate.js';

const listOf = (t: Translate, locale: Locale, items: string[]) =>
  items.length
    ? new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items)
    : t('progressNarrative:noneListed');

/**
 * One value of a generated paragraph, written out in the reader's language: States named in it and
 * in its alphabetical order.
 */
export function paramText(t: Translate, locale: Locale, p: Param): string {
  if ('n' in p) return formatNumber(locale, p.n);
  if ('figure' in p)
    return p.figure.denominator === null
      ? formatNumber(locale, p.figure.value)
      : t('progressNarrative:figureOf', {
          n: formatNumber(locale, p.figure.value),
          of: formatNumber(locale, p.figure.denominator),
        });
  if ('date' in p) return formatDate(locale, p.date);
  if ('list' in p) return listOf(t, locale, p.list);
  if ('units' in p) {
    const compare = compareText(locale);
    return listOf(t, locale, p.units.map((u) => evidenceLabel(locale, u)).sort(compare));
  }
  if ('ordinal' in p) return t('progressNarrative:ordinal', { count: p.ordinal, ordinal: true });
  return t(p.key);
}

/** A generated paragraph's text, from its catalogue key and its values. */
export function generatedText(t: Translate, locale: Locale, g: GeneratedParagraph): string {
  const params: Record<string, string | number> = Object.fromEntries(
    Object.entries(g.params).map(([k, v]) => [k, paramText(t, locale, v)]),
  );
  return t(g.textKey, g.count === null ? params : { ...params, count: g.count });
}

/** The indicators a generated paragraph rests on, each a link to its evidence page. */
export function EvidenceLinks(p: { t: Translate; meeting: string; ids: string[] }) {
  return (
    <p class="hint">
      {p.t('progressNarrative:section.evidence')}{' '}
      {p.ids.map((id, n) => (
        <>
          {n ? ', ' : ''}
          <a href={`/progress/${p.meeting}/${id}`} data-evidence={id}>
            {id}
          </a>
        </>
      ))}
    </p>
  );
}

/** A written text as paragraphs: a blank line starts a new one, a line break stays a line break. */
export function WrittenBody(p: { text: string; questions?: boolean }) {
  if (p.questions)
    return (
      <ol>
        {p.text
          .split(/\n+/)
          .map((l) => l.trim())
          .filter(Boolean)
          .map((l) => (
            <li>{l}</li>
          ))}
      </ol>
    );
  return (
    <>
      {p.text.split(/\n\s*\n/).map((para) => (
        <p>
          {para.split('\n').map((line, n) => (
            <>
              {n ? <br /> : null}
              {line}
            </>
          ))}
        </p>
      ))}
    </>
  );
}

export const StatusBadge = (p: { t: Translate; status: 'draft' | 'agreed' }) => (
  <span class={p.status === 'agreed' ? 'badge ok' : 'badge muted'} data-status={p.status}>
    {p.t(`progressNarrative:status.${p.status}`)}
  </span>
);

export const slotTitle = (t: Translate, key: string) => t(`progressNarrative:slots.${key}`);

/** A paragraph of a version (generated or written), with its evidence or its author. */
export function ParagraphView(p: {
  t: Translate;
  locale: Locale;
  meeting: string;
  paragraph: ContentParagraph;
}) {
  const { t, locale, paragraph: x } = p;
  if (x.kind === 'generated')
    return (
      <div class="paragraph" data-paragraph={`${x.section}.${x.key}`}>
        <p>{generatedText(t, locale, x)}</p>
        <EvidenceLinks t={t} meeting={p.meeting} ids={x.indicators} />
      </div>
    );
  return <WrittenView t={t} locale={locale} w={x} />;
}

export function WrittenView(p: { t: Translate; locale: Locale; w: WrittenText }) {
  const { t, locale, w } = p;
  return (
    <div class="paragraph" data-paragraph={`${w.section}.${w.key}`}>
      <h4>
        {slotTitle(t, w.key)} <StatusBadge t={t} status={w.status} />
      </h4>
      <WrittenBody text={w.text} questions={w.kind === 'questions'} />
      <p class="hint">
        {t('progressNarrative:section.writtenBy', {
          revision: w.revision,
          status: t(`progressNarrative:status.${w.status}`),
          by: w.by,
          at: formatDate(locale, new Date(w.at)),
        })}
      </p>
    </div>
  );
}

/** A frozen figure as printed: "x", "x of y", or unknown with its reason, never 0. */
export function FrozenFigureText(p: {
  t: Translate;
  locale: Locale;
  f: { value: number | null; denominator: number | null; noData: string | null };
}) {
  const { t, locale, f } = p;
  if (f.value === null)
    return (
      <span class="unconfirmed">
        {t('progressNarrative:figure.unknown')}
        {f.noData ? <span class="hint"> — {t(`progress:noData.${f.noData}`)}</span> : null}
      </span>
    );
  return (
    <span>
      {f.denominator === null
        ? formatNumber(locale, f.value)
        : t('progressNarrative:figureOf', {
            n: formatNumber(locale, f.value),
            of: formatNumber(locale, f.denominator),
          })}
    </span>
  );
}

export function FigureSummary(p: { t: Translate; locale: Locale; f: FrozenFigure }) {
  const { t, locale, f } = p;
  return (
    <>
      <FrozenFigureText t={t} locale={locale} f={f.shown} />{' '}
      <span class="hint">({t(`progressNarrative:figure.from.${f.shown.from}`)})</span>
      {f.agreed ? (
        <span class="hint">
          {' '}
          {t('progressNarrative:figure.agreedReason', { by: f.agreed.by, reason: f.agreed.reason })}
        </span>
      ) : null}
    </>
  );
}

/** The sections, each a link to its narrative page. */
export function SectionNav(p: { t: Translate; meeting: string; current?: Section }) {
  return (
    <nav aria-label={p.t('progressNarrative:section.sections')}>
      <ul class="downloads">
        {sections.map((s) => (
          <li>
            <a
              href={`/progress/${p.meeting}/sections/${s}`}
              aria-current={s === p.current ? 'page' : undefined}
            >
              {sectionTitle(p.t, s)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
