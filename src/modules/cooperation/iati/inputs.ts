import { z } from 'zod';
import { AppError } from '../../../kernel/errors.js';
import { rowId } from '../../../kernel/ids.js';
import { areas } from '../shared/vocabulary.js';
import { MINE_ACTION_SECTOR, type Skipped } from './extract.js';
import type { PairNote } from './pairing.js';

/** A file the import will not read: the message says why (size, declarations, XML error with its place, version). */
export class IatiFileRefused extends AppError {
  constructor(key: string, params: Record<string, string | number> = {}) {
    super('IATI.FILE_REFUSED', 422, key, params);
  }
}

export class IatiEntryNotFound extends AppError {
  constructor(id: number) {
    super('NOT_FOUND', 404, 'iati:entryNotFound', { id });
  }
}

const DacCode = z.string().regex(/^\d{5}$/, 'iati:form.badSector');

export const ImportIatiInput = z.object({
  fileName: z.string().trim().min(1).max(255),
  bytes: z.instanceof(Uint8Array),
  sectors: z.array(DacCode).min(1, 'iati:form.noSector').max(20).default([MINE_ACTION_SECTOR]),
  otherArea: z.enum(areas).default('other'),
  /** Also keep activities whose title or description speaks of mine action (words.ts). */
  byWords: z.boolean().default(true),
});

export interface ImportOutcome {
  importId: number;
  iatiVersion: string;
  activitiesRead: number;
  activitiesKept: number;
  entriesAdded: number;
  entriesAlreadyKnown: number;
  /** Transactions a partner's file attributes to another publisher: never stored in its name. */
  entriesOfOtherPublishers: number;
  skipped: Skipped;
  /** Per activity, the money not proposed because the other side had reported it first. */
  reportedByOtherSide: PairNote[];
}

export const ReviewIatiInput = z.object({
  entryId: rowId,
  decision: z.enum(['confirm', 'reject']),
});
