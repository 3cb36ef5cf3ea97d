/**
 * Each status a need may have today, and whether it still asks for help in it: a need open or
 * partly met takes responses and is matched to partners; one met, withdrawn or lapsed neither.
 */
export const needStatusesAskingForHelp = [
  ['open', true],
  ['partly_met', true],
  ['met', false],
  ['withdrawn', false],
  ['lapsed', false],
] as const;
