/**
 * Finding mine action by what publishers write: words of titles and descriptions, in the languages
 * publishers write them. Sector codes alone miss real money (UNDP codes its Lao UXO programme and its
 * CCM Trust Fund activity 99810, "sectors not specified"), so an activity whose words say it is mine
 * action is found too, and the preview shows which words matched.
 *
 * Matching ignores case and accents ("déminage" = "deminage", "Minenräumung" = "minenraumung") and
 * starts at the beginning of a word ("landmines" matches "landmine", "determine action" does not
 * match "mine action"). Lao is written without spaces between words: its terms match anywhere.
 */
export const MINE_ACTION_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: [
    'mine action',
    'demining',
    'de-mining',
    'landmine',
    'land mine',
    'mine clearance',
    'mine risk education',
    'unexploded',
    'uxo',
    'cluster munition',
    'explosive remnants of war',
    'explosive ordnance',
  ],
  fr: [
    'déminage',
    'action contre les mines',
    'lutte antimines',
    'mines antipersonnel',
    'restes explosifs',
    'armes à sous-munitions',
    'sous-munitions',
    'munitions non explosées',
    'engins explosifs',
  ],
  es: [
    'desminado',
    'acción contra las minas',
    'minas antipersonal',
    'minas terrestres',
    'municiones en racimo',
    'restos explosivos',
    'municiones sin explotar',
    'artefactos explosivos',
  ],
  pt: [
    'desminagem',
    'ação contra minas',
    'minas terrestres',
    'munições cluster',
    'munições de fragmentação',
    'restos explosivos',
    'munições não detonadas',
    'engenhos explosivos',
  ],
  de: [
    'minenräumung',
    'humanitäres minenräumen',
    'antipersonenminen',
    'landminen',
    'streumunition',
    'blindgänger',
    'kampfmittelräumung',
    'explosive kriegsreste',
  ],
  // Lao for UXO ("bombs not yet exploded"), the term of the Lao names of UXO bodies; written from
  // general knowledge, not from a sourced glossary: to be checked by a Lao reader.
  lo: ['ລະເບີດບໍ່ທັນແຕກ'],
};

/** Lower case, accents and other combining marks dropped, runs of spaces and dashes as one space. */
export function foldText(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s\u00a0\-‐-―]+/gu, ' ')
    .trim();
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One pattern per term: Latin terms from the start of a word, others anywhere. */
const patterns = Object.values(MINE_ACTION_WORDS)
  .flat()
  .map((term) => {
    const folded = foldText(term);
    const latin = /^[\p{Script=Latin}\s]+$/u.test(folded);
    return { term, re: new RegExp(`${latin ? '(?<![\\p{L}\\p{N}])' : ''}${escapeRegExp(folded)}`, 'u') };
  });

/** The terms (as listed) found in any of the texts, each once, in the list's order. */
export function mineActionWordsIn(texts: readonly string[]): string[] {
  const folded = texts.map(foldText);
  const found: string[] = [];
  for (const { term, re } of patterns)
    if (!found.includes(term) && folded.some((t) => re.test(t))) found.push(term);
  return found;
}
