/**
 * How the cooperation tables mark demonstration records that have no column of their own (ledger
 * entries, needs, offers): their note or title starts with these words, which a query can match
 * (`like 'Demonstration data%'`). Reports carry a column (`reports.demonstration`).
 */
export const DEMO_MARK = 'Demonstration data';

export const isDemoText = (text: string | null | undefined): boolean =>
  typeof text === 'string' && text.startsWith(DEMO_MARK);

/** How a demonstration exchange rate says so: its source starts with these words (ledger/demo.ts). */
export const DEMO_RATE_MARK = 'Demonstration rate';

export const isDemoRate = (rate: { source: string }): boolean => rate.source.startsWith(DEMO_RATE_MARK);
