import { z } from 'zod';
import { requiredText } from '../../../kernel/input-fields.js';
import { recordVersion } from '../../../kernel/record-version.js';
import { sections } from '../model.js';

/* The inputs of the narrative verbs: every message is a catalogue key shown at its field. */

const meeting = z
  .string({ message: 'progressNarrative:errors.meeting' })
  .trim()
  .min(1, 'progressNarrative:errors.meeting')
  .max(40, 'progressNarrative:errors.meeting');

const section = z.enum(sections, { message: 'progressNarrative:errors.section' });

const key = z
  .string({ message: 'progressNarrative:errors.key' })
  .trim()
  .min(1, 'progressNarrative:errors.key')
  .max(60, 'progressNarrative:errors.key');

const text = requiredText('progressNarrative:errors.text', 20_000);

/** The revision the form was read at: 0 when nothing had been written yet. */
const revision = recordVersion;

export const WriteParagraphInput = z.object({ meeting, section, key, text, revision });
export type WriteParagraphInput = z.output<typeof WriteParagraphInput>;

export const AgreeParagraphInput = z.object({ meeting, section, key, revision });
export type AgreeParagraphInput = z.output<typeof AgreeParagraphInput>;

export const WriteQuestionsInput = z.object({ meeting, section, text, revision });
export type WriteQuestionsInput = z.output<typeof WriteQuestionsInput>;

export const AgreeQuestionsInput = z.object({ meeting, section, revision });
export type AgreeQuestionsInput = z.output<typeof AgreeQuestionsInput>;

export const IssueVersionInput = z.object({
  meeting,
  note: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z
      .string()
      .trim()
      .max(2000, 'errors:tooLong')
      .optional()
      .transform((v) => v ?? null),
  ),
});
export type IssueVersionInput = z.output<typeof IssueVersionInput>;
