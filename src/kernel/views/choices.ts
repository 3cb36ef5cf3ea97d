import type { Translate } from '../i18n/index.js';

/**
 * The options of a choice, one per word of a vocabulary, each labelled by its catalogue key: the
 * `prefix` (ending in a dot, as `'calendar:kind.'`) followed by the word.
 */
export function vocabularyOptions(t: Translate, words: readonly string[], prefix: `${string}.`) {
  return words.map((value) => ({ value, label: t(`${prefix}${value}`) }));
}

/** The options of a choice of State, by ISO3 code and name. */
export function stateOptions(states: ReadonlyArray<{ iso3: string; name: string }>) {
  return states.map((s) => ({ value: s.iso3, label: s.name }));
}
