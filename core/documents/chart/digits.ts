// A 5×7 pixel font for the digits, the decimal marks and the per-cent sign: enough for the PNG
// fallback to print each bar's value as the table does, since an application that cannot draw the
// SVG gets no text from it otherwise. Other characters (a locale's spaces, say) are skipped.
const GLYPHS: Record<string, readonly string[]> = {
  '0': ['01110', '10001', '10011', '10101', '11001', '10001', '01110'],
  '1': ['00100', '01100', '00100', '00100', '00100', '00100', '01110'],
  '2': ['01110', '10001', '00001', '00010', '00100', '01000', '11111'],
  '3': ['11110', '00001', '00001', '01110', '00001', '00001', '11110'],
  '4': ['00010', '00110', '01010', '10010', '11111', '00010', '00010'],
  '5': ['11111', '10000', '11110', '00001', '00001', '10001', '01110'],
  '6': ['00110', '01000', '10000', '11110', '10001', '10001', '01110'],
  '7': ['11111', '00001', '00010', '00100', '01000', '01000', '01000'],
  '8': ['01110', '10001', '10001', '01110', '10001', '10001', '01110'],
  '9': ['01110', '10001', '10001', '01111', '00001', '00010', '01100'],
  '%': ['11001', '11010', '00010', '00100', '01000', '01011', '10011'],
  '.': ['0', '0', '0', '0', '0', '1', '1'],
  ',': ['0', '0', '0', '0', '1', '1', '1'],
};

export const GLYPH_WIDTH = 5;
export const GLYPH_HEIGHT = 7;

/** Calls `dot(column, row)` for every lit pixel of `text`, glyphs one pixel apart; unknown characters are skipped. */
export function eachDot(text: string, dot: (x: number, y: number) => void): void {
  let left = 0;
  for (const ch of text) {
    const glyph = GLYPHS[ch];
    if (!glyph) continue;
    glyph.forEach((row, y) => {
      for (let x = 0; x < row.length; x++) if (row[x] === '1') dot(left + x, y);
    });
    left += (glyph[0]?.length ?? GLYPH_WIDTH) + 1;
  }
}
