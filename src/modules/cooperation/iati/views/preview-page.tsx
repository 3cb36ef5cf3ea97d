import type { Translate } from '../../../../kernel/i18n/index.js';
import { Table } from '../../views/table.js';
import type { ActivityDecision, ProposedEntry } from '../extract.js';
import type { Amounts, Pairing, PairNote } from '../pairing.js';
import type { IatiReading } from '../preview.js';

/** What the confirm form sends back: the file itself (base64) and the choices it was read with. */
export interface PreviewForm {
  fileName: string;
  fileData: string;
  sectors: string[];
  otherArea: string;
  byWords: boolean;
}

export interface PreviewPageProps {
  t: Translate;
  locale: string;
  reading: IatiReading;
  form: PreviewForm;
  /** Entries a partner's upload would not propose (another publisher's), by index in `reading.entries`. */
  notTheirs: ReadonlySet<number>;
  /** Entries not proposed because the other side already reported the same money, by the same index. */
  pairing: Pairing;
}

/** A share (0–1) as a percentage, "51 %", "33.33 %". */
export const percent = (locale: string, share: number | null) =>
  share === null
    ? ''
    : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(share);

/** Why an activity is in or out, in words: the sectors or the words found, or what it lacked. */
export function reasonText(t: Translate, a: ActivityDecision): string {
  if (a.reason === 'sector') return t('iati:preview.bySector', { sectors: a.pickedSectors.join(', ') });
  if (a.reason === 'words')
    return t('iati:preview.byWords', {
      words: a.words.map((w) => `« ${w} »`).join(', '),
      sectors: a.sectors.join(', ') || '—',
    });
  return t(`iati:preview.out.${a.reason}`, { sectors: a.sectors.join(', ') || '—' });
}

/** The columns an entry shows in the preview and on an upload's page: who, through whom, to whom, when, which sector and what part. */
export const flowHeads = (t: Translate) => [
  t('iati:entry.provider'),
  t('iati:entry.channel'),
  t('iati:entry.recipient'),
  t('iati:entry.year'),
  t('iati:entry.sector'),
  t('iati:entry.share'),
];

/** One row per proposed entry: provider, channel, recipient, year, sector and split, status, amount. */
export function EntryCells({ t, locale, e }: { t: Translate; locale: string; e: ProposedEntry }) {
  const money = new Intl.NumberFormat(locale, { maximumFractionDigits: 2, minimumFractionDigits: 0 });
  return (
    <>
      <td>{e.providerName}</td>
      <td>{e.channel ?? ''}</td>
      <td>{e.recipientIso3}</td>
      <td>{e.year}</td>
      <td>{e.sector || '—'}</td>
      <td>{percent(locale, e.share)}</td>
      <td>{t(`iati:status.${e.status}`)}</td>
      <td>
        {money.format(e.amount)} {e.currency ?? ''}
      </td>
    </>
  );
}

/** Sums as written on one side, each in its currency: "500,000 USD", or "450,000 EUR + 20,000 USD". */
const amountsText = (locale: string, amounts: Amounts) => {
  const money = new Intl.NumberFormat(locale, { maximumFractionDigits: 2, minimumFractionDigits: 0 });
  return amounts.map((a) => `${money.format(a.amount)} ${a.currency ?? ''}`.trim()).join(' + ') || '—';
};

/**
 * Per activity, the money not proposed because the other end had reported it first: which end this
 * file is, the other end's activity, provider, recipient, year and kind, and both sides' amounts, so a
 * difference is seen before anyone confirms the entry that stands.
 */
export function ReportedByOtherSide({
  t,
  locale,
  notes,
}: {
  t: Translate;
  locale: string;
  notes: PairNote[];
}) {
  if (notes.length === 0) return null;
  const count = notes.reduce((n, p) => n + p.entries, 0);
  return (
    <>
      <p>{t('iati:pairs.intro', { count })}</p>
      <Table
        caption={t('iati:pairs.caption', { count: notes.length })}
        heads={[
          t('iati:pairs.activity'),
          t('iati:pairs.counterpart'),
          t('iati:entry.provider'),
          t('iati:entry.recipient'),
          t('iati:entry.year'),
          t('iati:entry.status'),
          t('iati:pairs.entries'),
          t('iati:pairs.here'),
          t('iati:pairs.there'),
        ]}
      >
        {notes.map((p) => {
          const here = amountsText(locale, p.here);
          const there = amountsText(locale, p.there);
          return (
            <tr>
              <th scope="row">
                {p.activityId} ({t(`iati:pairs.side.${p.side}`)})
              </th>
              <td>{p.counterpartActivityId}</td>
              <td>{p.providerName}</td>
              <td>{p.recipientIso3}</td>
              <td>{p.year}</td>
              <td>{t(`iati:status.${p.status}`)}</td>
              <td>{p.entries}</td>
              <td>{here}</td>
              <td>
                {there}
                {here === there ? '' : ` (${t('iati:pairs.differ')})`}
              </td>
            </tr>
          );
        })}
      </Table>
    </>
  );
}

export function PreviewPage({ t, locale, reading, form, notTheirs, pairing }: PreviewPageProps) {
  return (
    <section>
      <h1>{t('iati:preview.title', { file: form.fileName })}</h1>
      <p>
        {t('iati:preview.summary', {
          version: reading.iatiVersion,
          read: reading.activitiesRead,
          kept: reading.activitiesKept,
          entries: reading.entries.length - notTheirs.size - pairing.paired.size,
        })}
      </p>
      <p>{t('iati:preview.nothingYet')}</p>
      <Table
        caption={t('iati:preview.activities', { count: reading.activities.length })}
        heads={[
          t('iati:entry.activity'),
          t('iati:preview.activityTitle'),
          t('iati:preview.inOut'),
          t('iati:preview.why'),
          t('iati:preview.funders'),
          t('iati:preview.entries'),
        ]}
      >
        {reading.activities.map((a) => (
          <tr>
            <th scope="row">{a.identifier || '—'}</th>
            <td>{a.title ?? ''}</td>
            <td>{a.kept ? t('iati:preview.in') : t('iati:preview.outShort')}</td>
            <td>{reasonText(t, a)}</td>
            <td>{a.funders.join(', ')}</td>
            <td>{a.entries}</td>
          </tr>
        ))}
      </Table>
      {reading.skipped.passedOn > 0 ? (
        <p>{t('iati:outcome.passedOn', { count: reading.skipped.passedOn })}</p>
      ) : null}
      {reading.skipped.recipientOwnFunds > 0 ? (
        <p>{t('iati:outcome.recipientOwnFunds', { count: reading.skipped.recipientOwnFunds })}</p>
      ) : null}
      <ReportedByOtherSide t={t} locale={locale} notes={pairing.notes} />
      {reading.entries.length > 0 ? (
        <Table
          caption={t('iati:preview.proposed', { count: reading.entries.length })}
          heads={[t('iati:entry.activity'), ...flowHeads(t), t('iati:entry.status'), t('iati:entry.amount')]}
        >
          {reading.entries.map((e, i) => (
            <tr class={notTheirs.has(i) || pairing.paired.has(i) ? 'muted' : undefined}>
              <th scope="row">
                {e.iatiActivityId}
                {notTheirs.has(i) ? ` (${t('iati:preview.notTheirs')})` : ''}
                {pairing.paired.has(i)
                  ? ` (${t('iati:preview.reportedByOtherSide', { activity: e.counterpartActivityId ?? '' })})`
                  : ''}
              </th>
              <EntryCells t={t} locale={locale} e={e} />
            </tr>
          ))}
        </Table>
      ) : null}
      <form method="post" action="/cooperation/iati/upload#errors" enctype="multipart/form-data">
        <input type="hidden" name="fileName" value={form.fileName} />
        <input type="hidden" name="fileData" value={form.fileData} />
        {form.sectors.map((s) => (
          <input type="hidden" name="sectors" value={s} />
        ))}
        <input type="hidden" name="otherArea" value={form.otherArea} />
        {form.byWords ? <input type="hidden" name="byWords" value="yes" /> : null}
        <button type="submit">{t('iati:preview.propose')}</button>{' '}
        <a href="/cooperation/iati">{t('iati:preview.cancel')}</a>
      </form>
    </section>
  );
}
