import { AlignmentType, BorderStyle, Document, Packer, Paragraph, TextRun } from 'docx';
import { documentDefaults } from '../../../kernel/docx.js';
import { formatDate, type Locale, type Translate } from '../../../kernel/i18n/index.js';
import { stateName } from '../../../kernel/i18n/state-names.js';
import type { ReminderKind } from './rules.js';

export interface ReminderLetterInput {
  /** A translator for the letter's language (not necessarily the reader's). */
  t: Translate;
  locale: Locale;
  iso3: string;
  /** The registry's name: the letter names the State in its own language, this only when that has none. */
  stateName: string;
  /** The calendar year the annual report covers; unused by an initial-report reminder. */
  year: number;
  kind: ReminderKind;
  /** YYYY-MM-DD, or shorter when the registry knows the deadline only to the month or year. */
  dueDate: string;
  /** YYYY-MM-DD: the letter's date, and whether the deadline has passed. */
  today: string;
  baseUrl: string;
}

/**
 * The letter's reference: the year it is written, the State and the report it asks for, so a reply
 * quoting it finds the reminder (`CCM/ISU/2026/LBN/A7-2025`, or `A7-INITIAL`).
 */
export const letterReference = (p: Pick<ReminderLetterInput, 'today' | 'iso3' | 'kind' | 'year'>) =>
  `CCM/ISU/${p.today.slice(0, 4)}/${p.iso3.toUpperCase()}/A7-${p.kind === 'initial' ? 'INITIAL' : p.year}`;

/** Where a State prepares and submits its reports. */
export const reportsLink = (baseUrl: string, iso3: string) =>
  `${baseUrl.replace(/\/+$/, '')}/states/${iso3.toUpperCase()}/reports`;

/** The sentences every reminder is made of, in the letter's language; e-mail and letter frame them differently. */
function reminderParts(p: ReminderLetterInput) {
  const { t } = p;
  const params = {
    state: stateName(p.locale, p.iso3, p.stateName),
    year: p.year,
    due: formatDate(p.locale, p.dueDate),
    link: reportsLink(p.baseUrl, p.iso3),
  };
  // A partial deadline (`2011`) has surely passed only once its last day has.
  const overdue = p.today > p.dueDate.padEnd(10, '\uffff');
  const when = overdue ? 'overdue' : 'upcoming';
  return {
    subject: t(`compliance:letter.subject.${p.kind}`, params),
    paragraphs: [
      t(`compliance:letter.rule.${p.kind}`, params),
      `${t(`compliance:letter.status.${p.kind}.${when}`, params)} ${t(`compliance:letter.request.${when}`)}`,
      t('compliance:letter.online', params),
      t('compliance:letter.purpose'),
    ],
    signature: [t('compliance:letter.signature'), t('compliance:letter.signatureOrg')],
  };
}

/** The reminder e-mail (also shown on the page to copy): plain text, paragraphs separated by blank lines. */
export function reminderText(p: ReminderLetterInput): { subject: string; body: string } {
  const parts = reminderParts(p);
  const body = [
    p.t('compliance:mail.salutation'),
    ...parts.paragraphs,
    p.t('compliance:mail.closing'),
    parts.signature.join('\n'),
  ].join('\n\n');
  return { subject: parts.subject, body: `${body}\n` };
}

/** A4 with 2.5 cm margins, in twips; sizes in half-points. */
const PAGE = { width: 11906, height: 16838, margin: 1418 } as const;
const BODY_SIZE = 22;
const FONT = 'Times New Roman';

const para = (
  text: string,
  opts: { bold?: boolean; after?: number; align?: 'left' | 'right' | 'justified' } = {},
) =>
  new Paragraph({
    alignment:
      opts.align === 'right'
        ? AlignmentType.RIGHT
        : opts.align === 'justified'
          ? AlignmentType.JUSTIFIED
          : AlignmentType.LEFT,
    spacing: { after: opts.after ?? 200 },
    children: [new TextRun({ text, bold: opts.bold })],
  });

/**
 * The reminder as a formal one-page letter to the State's Permanent Mission, for when no focal point
 * is registered or a letter is wanted anyway: letterhead, place and date, addressee, subject, body,
 * closing, signature.
 */
export async function renderReminderDocx(p: ReminderLetterInput): Promise<Buffer> {
  const { t } = p;
  const parts = reminderParts(p);
  const letterhead = new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 480 },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '444444', space: 4 } },
    children: [new TextRun({ text: t('compliance:letter.letterhead'), size: 18, bold: true })],
  });
  const doc = new Document({
    creator: t('compliance:letter.signature'),
    title: parts.subject,
    styles: { default: { document: documentDefaults(p.locale, { font: FONT, size: BODY_SIZE }) } },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
          },
        },
        children: [
          letterhead,
          para(t('compliance:letter.reference', { reference: letterReference(p) }), { after: 0 }),
          para(t('compliance:letter.placeDate', { date: formatDate(p.locale, p.today) }), {
            align: 'right',
            after: 360,
          }),
          para(t('compliance:letter.addressee', { state: stateName(p.locale, p.iso3, p.stateName) }), {
            after: 360,
          }),
          new Paragraph({
            spacing: { after: 360 },
            children: [
              new TextRun({ text: `${t('compliance:letter.subjectLabel')} `, bold: true }),
              new TextRun({ text: parts.subject, bold: true }),
            ],
          }),
          para(t('compliance:letter.salutation')),
          ...parts.paragraphs.map((text) => para(text, { align: 'justified' })),
          para(t('compliance:letter.closing'), { align: 'justified', after: 720 }),
          ...parts.signature.map((line) => para(line, { after: 0 })),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
