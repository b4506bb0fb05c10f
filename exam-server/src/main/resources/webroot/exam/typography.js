// French typography for text set from scripts: the space before : ; ? ! » and after « must not break, or a line
// would start with a colon or a closing quote.

/** The text with the spaces French keeps against its punctuation made unbreakable. */
export function french(text) {
  return String(text).replace(/ ([:;?!»])/g, '\u00a0$1').replace(/« /g, '«\u00a0');
}
