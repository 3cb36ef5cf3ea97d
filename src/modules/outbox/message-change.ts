import type { AuditRecord } from '../../kernel/audit/record.js';

/** The audit entry of a change to one message, filed under the State it concerns (if any). */
export const messageChange = (
  id: number,
  stateIso3: string | null,
  before: unknown,
  after: unknown,
): AuditRecord => ({ subjectType: 'outbox_message', subjectId: String(id), stateIso3, before, after });
