/**
 * The documents the reference data and the demonstration data were compiled from, as a reader
 * can find them: title, date and symbol (null where the document's text gives none; a symbol is
 * never guessed). `key` is the project's internal file name, which no page shows.
 */
export interface SourceDocument {
  key: string;
  title: string;
  date: string;
  symbol: string | null;
}

export const sourceDocuments: readonly SourceDocument[] = [
  {
    key: '000_9435b1897e4db641.txt',
    title:
      'CCM Thematic Working Group on International Cooperation and Assistance, Work Plan 2022–2023: Enhancing Implementation of Article 6 of the Convention on Cluster Munitions up to the 11th Meeting of States Parties',
    date: '2022',
    symbol: null,
  },
  {
    key: '001_5e6951d749adb3e0.txt',
    title:
      'CCM International Cooperation and Assistance Concept Note: Enhancing Implementation of Action 5 of the Dubrovnik Action Plan up to the 8th Meeting of States Parties',
    date: '2017',
    symbol: null,
  },
  {
    key: '002_dd5bf634daed7fd8.txt',
    title:
      'Review of the Vientiane Action Plan, VIII. International cooperation and assistance (First Preparatory Meeting for the First Review Conference)',
    date: '2014-12-23',
    symbol: null,
  },
  {
    key: '003_77dd118f9aeb0cef.txt',
    title:
      'Informal Meeting on Enhancing International Cooperation and Assistance under the Convention on Cluster Munitions: Meeting Summary',
    date: '2018-06-08',
    symbol: null,
  },
  {
    key: '004_923d4e8164d0663d.txt',
    title:
      'Convention on Cluster Munitions 11MSP Progress Report: Monitoring progress in implementing the Lausanne Action Plan',
    date: '2023-07-17',
    symbol: null,
  },
];

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "Title (CCM/…, 17 July 2023)": how a page names a source document. */
export function citationOf(doc: SourceDocument): string {
  const [y, m, d] = doc.date.split('-');
  const when =
    d && m ? `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}` : m ? `${MONTHS[Number(m) - 1]} ${y}` : y;
  return `${doc.title} (${doc.symbol ? `${doc.symbol}, ` : ''}${when})`;
}

const byNumber = new Map(sourceDocuments.map((d) => [d.key.slice(0, 3), d]));
export const progressReport11MSP = byNumber.get('004') as SourceDocument;

/**
 * Rewrites the compilers' references to internal files ("seed 004_….txt (11MSP Progress Report,
 * 17 Jul 2023)", "seed 004 para 65", a bare "(seed)") into the document's citation, so the
 * reference files can stay verbatim copies of the shared dataset. A bare "seed" in that dataset
 * always meant the 11MSP Progress Report, the only one it draws on.
 */
export function citeSources(text: string): string {
  return text
    .replace(/\bseed (00\d)(?:_[0-9a-f]+\.txt)?(?: \([^)]*\))?/gi, (whole, n: string) => {
      const doc = byNumber.get(n);
      return doc ? citationOf(doc) : whole;
    })
    .replace(/\bthe seed\b|\bseed\b/gi, citationOf(progressReport11MSP));
}

/**
 * Documents of the Convention's meetings that the reference data cites for a decision or a
 * request, as the meeting's page lists them: symbol, title, meeting and the address of that page.
 * Only documents a stored public page names are here; none is inferred from a numbering pattern.
 */
export interface MeetingDocument {
  meeting: string;
  symbol: string;
  title: string;
  url: string;
}

const page12MSP = 'https://www.clusterconvention.org/12msp/';
const page13MSP = 'https://www.clusterconvention.org/13msp';
const analysis13MSP = (state: string) =>
  `Analysis and draft decision of ${state}'s deadline extension request under Article 4.1 (advance copy)`;

export const meetingDocuments: readonly MeetingDocument[] = [
  {
    meeting: '12MSP',
    symbol: 'CCM/MSP/2024/4',
    title: 'Analysis of the Article 4 extension request submitted by Chad',
    url: page12MSP,
  },
  {
    meeting: '12MSP',
    symbol: 'CCM/MSP/2024/5',
    title: 'Analysis of the Article 4 extension request submitted by Germany',
    url: page12MSP,
  },
  {
    meeting: '12MSP',
    symbol: 'CCM/MSP/2024/6',
    title: 'Analysis of the Article 4 extension request submitted by Lao PDR',
    url: page12MSP,
  },
  {
    meeting: '12MSP',
    symbol: 'CCM/MSP/2024/11',
    title: 'Twelfth Meeting of States Parties, final report (advance copy)',
    url: page12MSP,
  },
  { meeting: '13MSP', symbol: 'CCM/MSP/2025/3', title: analysis13MSP('Afghanistan'), url: page13MSP },
  { meeting: '13MSP', symbol: 'CCM/MSP/2025/4', title: analysis13MSP('Chile'), url: page13MSP },
  { meeting: '13MSP', symbol: 'CCM/MSP/2025/5', title: analysis13MSP('Lebanon'), url: page13MSP },
  { meeting: '13MSP', symbol: 'CCM/MSP/2025/6', title: analysis13MSP('Mauritania'), url: page13MSP },
  { meeting: '13MSP', symbol: 'CCM/MSP/2025/7', title: analysis13MSP('Somalia'), url: page13MSP },
];
