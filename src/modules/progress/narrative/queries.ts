import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { progressReportVersions, type ReportVersionStatus } from '../schema.js';
import type { ReportContent } from './content.js';

export interface VersionView {
  number: number;
  status: ReportVersionStatus;
  note: string | null;
  by: string;
  at: Date;
}

/** The frozen versions of a meeting's report, oldest first. */
export async function listVersions(db: Executor, meeting: string): Promise<VersionView[]> {
  const v = progressReportVersions;
  const rows = await db
    .select({ number: v.number, status: v.status, note: v.note, by: v.issuedByLabel, at: v.issuedAt })
    .from(v)
    .where(eq(v.meetingCode, meeting))
    .orderBy(asc(v.number));
  return rows;
}

/** One frozen version with its content, or undefined. */
export async function getVersion(
  db: Executor,
  meeting: string,
  number: number,
): Promise<(VersionView & { content: ReportContent }) | undefined> {
  const v = progressReportVersions;
  const [row] = await db
    .select()
    .from(v)
    .where(and(eq(v.meetingCode, meeting), eq(v.number, number)));
  if (!row) return undefined;
  return {
    number: row.number,
    status: row.status,
    note: row.note,
    by: row.issuedByLabel,
    at: row.issuedAt,
    content: row.content as ReportContent,
  };
}
