import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as fontkit from 'fontkit';

/**
 * The binder's typeface: Noto Sans, embedded (pdfkit subsets it, so a PDF carries only the
 * glyphs it uses). The standard PDF fonts speak WinAnsi only, which would misspell names such as
 * Łucja Wróbel, Αλεξάνδρα or Дарья; Noto Sans covers Latin, Greek and Cyrillic in full.
 */
const FILES = {
  regular: '400Regular/NotoSans_400Regular.ttf',
  bold: '700Bold/NotoSans_700Bold.ttf',
  italic: '400Regular_Italic/NotoSans_400Regular_Italic.ttf',
} as const;

export type FontStyle = keyof typeof FILES;

/** The names the layout kit asks pdfkit for; registered on every new document. */
export const FONT = { regular: 'Binder', bold: 'Binder-Bold', italic: 'Binder-Italic' } as const;

// The Electron build copies the files beside its bundle (build/build-electron.mjs); from source
// (CLI, browser shell, tests) they come from the font package.
function fontFile(rel: string): string {
  const beside = fileURLToPath(new URL(`./fonts/${path.basename(rel)}`, import.meta.url));
  if (existsSync(beside)) return beside;
  return createRequire(import.meta.url).resolve(`@expo-google-fonts/noto-sans/${rel}`);
}

let loaded: { data: Record<FontStyle, Buffer>; covers: (codePoint: number) => boolean } | null = null;

function fonts() {
  if (!loaded) {
    const data = {
      regular: readFileSync(fontFile(FILES.regular)),
      bold: readFileSync(fontFile(FILES.bold)),
      italic: readFileSync(fontFile(FILES.italic)),
    };
    const face = fontkit.create(data.regular);
    if (!('hasGlyphForCodePoint' in face)) throw new Error('The binder font file is a collection, not one face');
    loaded = { data, covers: (cp) => face.hasGlyphForCodePoint(cp) };
  }
  return loaded;
}

export function registerFonts(doc: PDFKit.PDFDocument): void {
  const { data } = fonts();
  doc.registerFont(FONT.regular, data.regular);
  doc.registerFont(FONT.bold, data.bold);
  doc.registerFont(FONT.italic, data.italic);
}

/** Whether the binder's typeface draws this character (all three styles share one coverage). */
export function fontCovers(codePoint: number): boolean {
  return fonts().covers(codePoint);
}
