// The page every document is set on: A4 with 2.54 cm margins, in twips (1/1440 inch).
export const PAGE = {
  size: { width: 11906, height: 16838 },
  margin: { top: 1440, bottom: 1440, left: 1440, right: 1440 },
} as const;

/** The width of the text between the margins: 9,026 twips. */
export const TEXT_WIDTH_TWIPS = PAGE.size.width - PAGE.margin.left - PAGE.margin.right;
