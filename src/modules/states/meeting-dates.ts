/*
 * The days on which the Convention's formal meetings ended, so a decision recorded only with its
 * meeting ("granted at the 2RC") can be placed in time. A decision is adopted by the close of the
 * meeting; a meeting held in two parts counts from the day its last part ended. Only meetings
 * whose dates a named source gives are here; a meeting missing from this table leaves its
 * decisions undated, never guessed. The calendar of meetings will take this table over.
 */

export type MeetingDates = { code: string; from: string; to: string; venue: string; source: string };

export const MEETING_DATES: readonly MeetingDates[] = [
  {
    code: '3MSP',
    from: '2012-09-11',
    to: '2012-09-14',
    venue: 'Oslo',
    source: 'CCM/MSP/2012/5, Third Meeting of States Parties, Final document (15 October 2012)',
  },
  {
    code: '9MSP',
    from: '2019-09-02',
    to: '2019-09-04',
    venue: 'Geneva, Palais des Nations',
    source: 'https://wvcbl.org/?p=1557',
  },
  {
    code: '2RC',
    from: '2020-11-25',
    to: '2021-09-21',
    venue:
      'virtual (first part, 25–27 November 2020); Geneva, Palais des Nations (second part, 20–21 September 2021)',
    source:
      'https://www.clusterconvention.org/second-review-conference/; https://gichd.org/the-gichd/news/highlights-of-the-second-part-of-the-2nd-review-conference-of-the-convention-on-cluster-munitions-2rc-cm-20-21-september-2021',
  },
  {
    code: '10MSP',
    from: '2022-08-30',
    to: '2022-09-02',
    venue: 'Geneva',
    source: '11MSP Progress Report (17 July 2023), §85',
  },
  {
    code: '11MSP',
    from: '2023-09-11',
    to: '2023-09-14',
    venue: 'Geneva',
    source: '11MSP Progress Report (17 July 2023), cover page',
  },
  {
    code: '12MSP',
    from: '2024-09-10',
    to: '2024-09-13',
    venue: 'Geneva, Palais des Nations',
    source: 'https://clusterconvention.org/12msp-int; https://meetings.unoda.org/meeting/72122',
  },
  {
    code: '13MSP',
    from: '2025-09-16',
    to: '2025-09-19',
    venue: 'Geneva, Palais des Nations (Tempus Building)',
    source: 'https://www.clusterconvention.org/13msp-int',
  },
];

const byCode = new Map(MEETING_DATES.map((m) => [m.code, m]));

/** The day a meeting's decisions were adopted (its last day), or null when no source gives it. */
export function meetingClosed(code: string | null): string | null {
  return code ? (byCode.get(code)?.to ?? null) : null;
}
