/** Paper sizes in points. US Letter is the default: the app's users apply mostly in the US. */
export const PAPER_POINTS = { letter: [612, 792], a4: [595.28, 841.89] } as const;
export type Paper = keyof typeof PAPER_POINTS;

/** One inch all round: what US templates use, and enough for a printer's unprintable edge. */
export const MARGIN_POINTS = 72;
