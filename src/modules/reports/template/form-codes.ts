/** The forms of an Article 7 report, in the template's order; meanings and content both name them. */
export type FormCode = 'cover' | 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H' | 'I' | 'J';
export const formCodes: readonly FormCode[] = ['cover', 'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J'];
