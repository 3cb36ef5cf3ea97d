/**
 * How a row of next year's report is recognised as the same need: its area and its description,
 * lower-cased, with runs of white space made one space, trimmed (Unicode NFC so an accent typed two
 * ways is one). Punctuation and wording still count: a rewritten description is a new need.
 */
export const normaliseText = (s: string) => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

export const matchKeyOf = (area: string, description: string) => `${area}|${normaliseText(description)}`;
