import { formatDate, formatNumber, type Locale, type Translate } from '../../../kernel/i18n/index.js';
import { reportRowHref } from '../../reports/index.js';
import type { Basis, Figure, Unit } from '../model.js';

/*
 * The words for the Progress Report's data: figures, units, answers, registry and meeting facts,
 * and what a basis says. Pages and the API read them here, so a figure reads the same everywhere.
 */

/** Every unit a figure may count in: a unit added to the model without a place here fails to compile. */
const units: Record<Unit, true> = {
  states: true,
  persons: true,
  delegations: true,
  requests: true,
  munitions: true,
  submunitions: true,
  cases: true,
};
export const unitNames = Object.keys(units) as Unit[];

/** What a report basis can say a State answered (read.ts and catalogue.ts). */
export const answerValues = [
  'yes',
  'no',
  'partly',
  'given',
  'not answered',
  'not asked',
  'form not filled',
  'no rows',
  'voluntary',
  'changed',
  'unchanged',
  'not_applicable',
] as const;

/** The reasons a basis of kind `none` gives (read.ts `noReport`, catalogue.ts LAP43). */
export const noneReasons = [
  'noReportInWindow',
  'noReport',
  'receivedDateUnknown',
  'notReceivedByCensus',
] as const;

/** The catalogue key of an answer: `not answered` → `progress:answers.not_answered`. */
const answerKey = (answer: string) => `progress:answers.${answer.replace(/ /g, '_')}`;

/** An answer in words; a year or a template name as the computations write them; anything else as written. */
export function answerText(t: Translate, answer: string): string {
  if (/^\d{4}$/.test(answer)) return t('progress:answers.covers', { year: answer });
  const template = /^template (.+)$/.exec(answer);
  if (template) return t('progress:answers.template', { id: template[1] });
  return t(answerKey(answer), { defaultValue: answer });
}

/** A `none` basis's reason in words. */
export const reasonText = (t: Translate, reason: string): string =>
  t(`progress:reasons.${reason}`, { defaultValue: reason });

/** A registry or meeting fact in words (`completion_declared`, `office:president:woman`, `head:man` …). */
export function factText(t: Translate, fact: string): string {
  const [head, a, b] = fact.split(':');
  const gender = (g: string | undefined) => t(`progress:genders.${g ?? 'not_known'}`, { defaultValue: g });
  if (head === 'office' && a)
    return t('progress:facts.office', {
      office: t(`progress:offices.${a}`, { defaultValue: a }),
      gender: gender(b),
    });
  if (head === 'delegate' || head === 'head') return t(`progress:facts.${head}`, { gender: gender(a) });
  if (head === 'costed_plan')
    return t('progress:facts.costedPlan', {
      costed: t(`progress:answers.${a}`, { defaultValue: a }),
      multiYear: t(`progress:answers.${b}`, { defaultValue: b }),
    });
  if (head === 'status' && a)
    return t('progress:facts.status', { status: t(`progress:statuses.${a}`, { defaultValue: a }) });
  const annual = /^annual_report_(.+)$/.exec(fact);
  if (annual)
    return t('progress:facts.annualReport', {
      status: t(`progress:reportStatus.${annual[1]}`, { defaultValue: annual[1] }),
    });
  return t(`progress:facts.${fact}`, { defaultValue: fact });
}

/** Where a report basis points, in the words of the template: the form, then the question or table and row. */
export function reportPlace(t: Translate, b: Extract<Basis, { kind: 'report' }>): string {
  // The computations read reports through the 2010 template's meanings; its labels name the places.
  const form = t(`template2010:forms.${b.form}.title`, { defaultValue: b.form });
  const field = b.question ?? b.table;
  const label = field
    ? t(`template2010:forms.${b.form}.fields.${field}.label`, { defaultValue: field })
    : undefined;
  const row = b.row !== undefined ? t('progress:basis.row', { row: b.row }) : undefined;
  return [form, label, row].filter(Boolean).join(' — ');
}

/** Which record a registry basis comes from: the States registry, the office holders, the reporting record. */
const registrySource = (fact: string) =>
  fact.startsWith('office:')
    ? 'progress:basis.offices'
    : fact.startsWith('annual_report_')
      ? 'progress:basis.reporting'
      : fact === 'country_coalition'
        ? 'progress:basis.coalitions'
        : fact.startsWith('costed_plan:')
          ? 'progress:basis.analysisGroup'
          : 'progress:basis.registry';

/** A basis in words, one line: what it is and what it says. */
export function basisText(t: Translate, locale: Locale, b: Basis): string {
  switch (b.kind) {
    case 'report': {
      const head = t('progress:basis.report', {
        kind: t('progress:basis.reportKind'),
        year: b.year,
        version: b.version,
        received: b.receivedOn ? formatDate(locale, b.receivedOn) : t('progress:basis.receivedUnknown'),
      });
      const answer = b.answer !== undefined ? `: ${answerText(t, b.answer)}` : '';
      return `${head}. ${reportPlace(t, b)}${answer}`;
    }
    case 'registry':
      return [
        `${t(registrySource(b.fact))}: ${factText(t, b.fact)}`,
        b.article !== null ? t('progress:basis.article', { article: b.article }) : null,
        b.on ? formatDate(locale, b.on) : t('progress:basis.dateNotRecorded'),
        b.meeting ? t('progress:basis.atMeeting', { meeting: b.meeting }) : null,
      ]
        .filter(Boolean)
        .join(', ');
    case 'meeting':
      return [
        `${t('progress:basis.meeting', { meeting: b.meeting })}: ${factText(t, b.fact)}`,
        b.on ? formatDate(locale, b.on) : null,
      ]
        .filter(Boolean)
        .join(', ');
    case 'ledger':
      return [
        t('progress:basis.ledger', { id: b.entryId }),
        b.year !== null ? t('progress:basis.ledgerYear', { year: b.year }) : null,
        factText(t, b.fact),
      ]
        .filter(Boolean)
        .join(', ');
    case 'none':
      return reasonText(t, b.reason);
  }
}

/** A figure in words: "14 of 17", "199 cluster munitions / 15,539 submunitions", or "Unknown" — never 0 for unknown. */
export function figureText(t: Translate, locale: Locale, f: Figure): string {
  if (f.value === null) return t('progress:report.unknown');
  if (f.parts?.length)
    return f.parts
      .map((p) => `${formatNumber(locale, p.value)} ${t(`progress:units.${p.unit}`)}`)
      .join(' / ');
  const value = formatNumber(locale, f.value);
  return f.denominator !== null
    ? t('progress:report.outOf', { value, denominator: formatNumber(locale, f.denominator) })
    : value;
}

/** Why a figure is unknown, in words; null when it is known. */
export const noDataText = (t: Translate, f: Figure): string | null =>
  f.noData ? t(`progress:noData.${f.noData}`, { defaultValue: f.noData }) : null;

/**
 * Where a basis rests, on this website: the report version's row (or form), the State's registry
 * page, the meeting, the ledger entry. A `none` basis rests on nothing and links nowhere.
 */
export function basisHref(b: Basis, iso3: string | null): string | null {
  switch (b.kind) {
    case 'report':
      return b.table !== undefined && b.row !== undefined
        ? reportRowHref({
            reportId: b.reportId,
            version: b.version,
            form: b.form,
            table: b.table,
            row: b.row,
          })
        : `/reports/${b.reportId}/versions/${b.version}#form-${b.form}`;
    case 'registry':
      if (b.fact.startsWith('office:')) return '/meetings/office-holders';
      if (b.fact.startsWith('annual_report_')) return iso3 ? `/states/${iso3}/reports` : null;
      if (b.fact === 'country_coalition') return iso3 ? `/states/${iso3}#coalitions` : '/coalitions';
      return iso3 ? `/states/${iso3}` : b.meeting ? `/meetings/${b.meeting}` : null;
    case 'meeting':
      return `/meetings/${b.meeting}`;
    case 'ledger':
      return `/cooperation/ledger/entries/${b.entryId}`;
    case 'none':
      return null;
  }
}
