import { PDFDocument, type PDFFont, PageSizes, StandardFontEmbedder, StandardFonts, rgb } from 'pdf-lib';
import { AWARD_LABEL, type AwardKind, formatLongDate, paragraphs, wrapWords } from './render-text';

export interface CertificateInput {
  programmeName: string;
  categoryName: string;
  kind: AwardKind;
  nomineeName: string;
  citation: string;
  date: Date;
  timeZone: string;
}

type FontRole = 'regular' | 'bold' | 'italic';
type Colour = 'accent' | 'ink' | 'muted';

/** One line as drawn: already WinAnsi-safe, wrapped and sized. */
export interface CertificateLine {
  text: string;
  font: FontRole;
  size: number;
  colour: Colour;
  /** Space above the line, in points, on top of the previous line's own height. */
  gapBefore: number;
}

const FONT_NAMES: Record<FontRole, StandardFonts> = {
  regular: StandardFonts.TimesRoman,
  bold: StandardFonts.TimesRomanBold,
  italic: StandardFonts.TimesRomanItalic,
};
const COLOURS = { accent: rgb(0.09, 0.2, 0.4), ink: rgb(0.1, 0.1, 0.1), muted: rgb(0.35, 0.35, 0.35) };

// A4 landscape: pdf-lib gives A4 as portrait [width, height].
const [PAGE_WIDTH, PAGE_HEIGHT] = [PageSizes.A4[1], PageSizes.A4[0]];
const BORDER_INSET = 28;
const TEXT_WIDTH = PAGE_WIDTH - 2 * 96;
// A narrower measure for the citation: long lines of small italic are hard to read.
const CITATION_WIDTH = 540;
const TEXT_HEIGHT = PAGE_HEIGHT - 2 * 72;
const LINE_HEIGHT = 1.25;
const CITATION_SIZES = [14, 13, 12, 11, 10];

// Layout needs font metrics without a document, so certificateLines stays pure and sync; the
// embedder holds the same AFM metrics the embedded PDFFont measures with.
// StandardFonts and the embedder's FontNames are twin enums with the same string values.
type EmbedderFontName = Parameters<typeof StandardFontEmbedder.for>[0];
const embedderFor = (role: FontRole): StandardFontEmbedder =>
  StandardFontEmbedder.for(FONT_NAMES[role] as unknown as EmbedderFontName);
let metrics: Record<FontRole, StandardFontEmbedder> | undefined;
function metricsFor(role: FontRole): StandardFontEmbedder {
  metrics ??= { regular: embedderFor('regular'), bold: embedderFor('bold'), italic: embedderFor('italic') };
  return metrics[role];
}

const widthOf = (text: string, role: FontRole, size: number): number => metricsFor(role).widthOfTextAtSize(text, size);

/**
 * Text the standard PDF fonts can draw. They only encode WinAnsi (Latin-1 plus curly quotes,
 * dashes, € and a few more), and pdf-lib throws on anything else. Accented letters outside it lose
 * their accent (ő → o); other characters, e.g. an emoji or CJK, become one '?' each, so a
 * certificate is never refused over a name.
 */
export function toWinAnsi(text: string): string {
  const encoding = metricsFor('regular').encoding;
  const encodable = (s: string): boolean =>
    [...s].every((ch) => encoding.canEncodeUnicodeCodePoint(ch.codePointAt(0)!));
  let out = '';
  // By grapheme, so a combined emoji (👍🏽, a family) is a single '?', and "Zoë" typed with a
  // combining diaeresis still becomes the one WinAnsi letter ë.
  for (const { segment } of new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text)) {
    const composed = segment.normalize('NFC');
    if (encodable(composed)) out += composed;
    else if (/^\s+$/u.test(composed)) out += ' ';
    else if (/^[\u2010-\u2012\u2212]$/u.test(composed)) out += '-';
    else if (/^\p{Cf}+$/u.test(composed))
      continue; // invisible: zero-width space, byte-order mark
    else {
      const bare = composed.normalize('NFD').replace(/\p{M}/gu, '');
      out += bare && encodable(bare) ? bare : '?';
    }
  }
  return out;
}

const singleLine = (text: string): string => toWinAnsi(text).replace(/\s+/g, ' ').trim();

/** Largest size (down to min) at which the text fits one line; else wrapped at the minimum. */
function fit(text: string, font: FontRole, sizes: [max: number, min: number], colour: Colour, gapBefore: number) {
  const [max, min] = sizes;
  for (let size = max; size >= min; size--) {
    if (widthOf(text, font, size) <= TEXT_WIDTH) return [{ text, font, size, colour, gapBefore }];
  }
  return wrapWords(text, (line) => widthOf(line, font, min) <= TEXT_WIDTH, true).map((line, i) => ({
    text: line,
    font,
    size: min,
    colour,
    gapBefore: i === 0 ? gapBefore : 0,
  }));
}

const heightOf = (lines: CertificateLine[]): number =>
  lines.reduce((sum, l) => sum + l.gapBefore + l.size * LINE_HEIGHT, 0);

/** Citation lines at the largest size that fits the space left; cut with an ellipsis if none does. */
function citationLines(citation: string, room: number, gapBefore: number): CertificateLine[] {
  const paras = paragraphs(toWinAnsi(citation));
  if (!paras.length) return [];
  const at = (size: number): CertificateLine[] =>
    paras
      .flatMap((p) => wrapWords(p, (line) => widthOf(line, 'italic', size) <= CITATION_WIDTH, true))
      .map((text, i) => ({ text, font: 'italic', size, colour: 'ink', gapBefore: i === 0 ? gapBefore : 0 }));
  for (const size of CITATION_SIZES) {
    const lines = at(size);
    if (heightOf(lines) <= room) return lines;
  }
  const size = CITATION_SIZES[CITATION_SIZES.length - 1];
  const lines = at(size);
  const keep = Math.max(1, Math.floor((room - gapBefore) / (size * LINE_HEIGHT)));
  const kept = lines.slice(0, keep);
  // Drop words from the last kept line until the ellipsis fits.
  const last = kept[kept.length - 1];
  let words = last.text.split(' ');
  while (words.length > 1 && widthOf(`${words.join(' ')}…`, 'italic', size) > CITATION_WIDTH)
    words = words.slice(0, -1);
  kept[kept.length - 1] = { ...last, text: `${words.join(' ')}…` };
  return kept;
}

/** The certificate's lines, top to bottom, with their fonts and sizes: what renderCertificate draws. */
export function certificateLayout(input: CertificateInput): CertificateLine[] {
  const label = AWARD_LABEL[input.kind];
  const title = input.kind === 'highly_commended' ? 'Certificate of Commendation' : 'Certificate of Achievement';
  const head: CertificateLine[] = [
    ...fit(title, 'bold', [34, 24], 'accent', 0),
    ...fit('awarded to', 'italic', [16, 16], 'muted', 18),
    ...fit(singleLine(input.nomineeName), 'bold', [40, 22], 'ink', 10),
    ...fit(singleLine(`${label} — ${input.categoryName}`), 'regular', [20, 14], 'accent', 16),
    ...fit(singleLine(input.programmeName), 'regular', [16, 12], 'ink', 6),
  ];
  const date = fit(formatLongDate(input.date, input.timeZone), 'regular', [13, 13], 'muted', 22);
  const room = TEXT_HEIGHT - heightOf(head) - heightOf(date);
  return [...head, ...citationLines(input.citation, room, 22), ...date];
}

/** The text of each drawn line, top to bottom. */
export function certificateLines(input: CertificateInput): string[] {
  return certificateLayout(input).map((line) => line.text);
}

export function certificateTitle(input: Pick<CertificateInput, 'categoryName' | 'kind' | 'nomineeName'>): string {
  return `${input.categoryName} — ${AWARD_LABEL[input.kind]} — ${input.nomineeName}`;
}

export async function renderCertificate(input: CertificateInput): Promise<Uint8Array> {
  const layout = certificateLayout(input);
  const doc = await PDFDocument.create();
  // Metadata is UTF-16 in the PDF, so the title keeps the name exactly as given.
  doc.setTitle(certificateTitle(input), { showInWindowTitleBar: true });
  doc.setSubject(input.programmeName);
  doc.setLanguage('en-GB');
  doc.setCreator('Commend');

  const fonts: Record<FontRole, PDFFont> = {
    regular: await doc.embedFont(FONT_NAMES.regular),
    bold: await doc.embedFont(FONT_NAMES.bold),
    italic: await doc.embedFont(FONT_NAMES.italic),
  };
  const page = doc.addPage([PAGE_WIDTH, PAGE_HEIGHT]);

  // A double rule frames the page; no images, so the file stays small and prints anywhere.
  for (const [inset, thickness] of [
    [BORDER_INSET, 2.5],
    [BORDER_INSET + 7, 0.75],
  ]) {
    page.drawRectangle({
      x: inset,
      y: inset,
      width: PAGE_WIDTH - 2 * inset,
      height: PAGE_HEIGHT - 2 * inset,
      borderColor: COLOURS.accent,
      borderWidth: thickness,
    });
  }

  // Centre the block vertically; each baseline sits one font size below the top of its line.
  let top = (PAGE_HEIGHT + heightOf(layout)) / 2;
  for (const line of layout) {
    top -= line.gapBefore;
    const font = fonts[line.font];
    page.drawText(line.text, {
      x: (PAGE_WIDTH - font.widthOfTextAtSize(line.text, line.size)) / 2,
      y: top - line.size,
      size: line.size,
      font,
      color: COLOURS[line.colour],
    });
    top -= line.size * LINE_HEIGHT;
  }

  // Classic cross-reference table rather than object streams: older PDF readers still open it.
  return doc.save({ useObjectStreams: false });
}
