import { addMonths, latestDay, type PartialDate } from '../../kernel/dates.js';
import type { RiskArticle, RiskProjection } from './risk.js';

/*
 * Early warning (decision 022): an obligation off track whose deadline falls within the next 24
 * months shows the dates that matter — the last meeting of States Parties the calendar holds
 * before the deadline, and the last day an extension request can be submitted to be considered
 * there: nine months before the meeting opens (Art 3(5) for stockpiles, Art 4(6) for clearance).
 * Pure. A meeting the calendar does not hold is never invented: the warning then says its date is
 * not known.
 */

export const WARNING_MONTHS = 24;
export const SUBMISSION_MONTHS_BEFORE = 9;

/** A meeting as the calendar holds it; only MSPs and Review Conferences decide extension requests. */
export interface MeetingDate {
  code: string;
  title: string;
  kind: string;
  startsOn: string | null;
}

const DECIDING_KINDS = new Set(['msp', 'review_conference']);

/** The article of the Convention that sets the nine months, as cited in the texts. */
export const submissionRule = (article: RiskArticle) => (article === 3 ? 'Art 3(5)' : 'Art 4(6)');

export interface EarlyWarning {
  article: RiskArticle;
  deadline: PartialDate;
  /** The last MSP or Review Conference before the deadline, from today on; null: not in the calendar. */
  meeting: { code: string; title: string; startsOn: string } | null;
  /** Nine months before that meeting opens; null when the meeting is not known. */
  submitBy: string | null;
  /** The day to submit by has already passed. */
  submitByPassed: boolean;
  rule: string;
}

/**
 * The warning for a projection, or null when none is due: only an obligation off track whose
 * deadline is still ahead and at most 24 months away.
 */
export function earlyWarning(
  p: RiskProjection,
  today: string,
  meetings: readonly MeetingDate[],
): EarlyWarning | null {
  if (p.status !== 'off_track' || p.deadline === null) return null;
  const last = latestDay(p.deadline);
  if (last < today || last > addMonths(today, WARNING_MONTHS)) return null;
  const candidates = meetings
    .filter((m): m is MeetingDate & { startsOn: string } => DECIDING_KINDS.has(m.kind) && m.startsOn !== null)
    .filter((m) => m.startsOn >= today && m.startsOn <= last)
    .sort((a, b) =>
      a.startsOn < b.startsOn ? -1 : a.startsOn > b.startsOn ? 1 : a.code.localeCompare(b.code),
    );
  const meeting = candidates.at(-1);
  const submitBy = meeting ? addMonths(meeting.startsOn, -SUBMISSION_MONTHS_BEFORE) : null;
  return {
    article: p.article,
    deadline: p.deadline,
    meeting: meeting ? { code: meeting.code, title: meeting.title, startsOn: meeting.startsOn } : null,
    submitBy,
    submitByPassed: submitBy !== null && submitBy < today,
    rule: submissionRule(p.article),
  };
}
