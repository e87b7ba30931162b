import { rgb, type PDFDocument, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';
import { drawable, type LoadedFont } from './font';
import { measureWith, type Measure } from './text-wrap';

/** Landscape pages: six columns of a log read far better across the long side. */
export const PAPER = { letter: [792, 612], a4: [841.89, 595.28] } as const;
export const MARGIN = { side: 36, top: 36, bottom: 46 } as const;

export const INK = rgb(0.1, 0.1, 0.12);
export const MUTED = rgb(0.38, 0.38, 0.42);
export const RULE = rgb(0.7, 0.72, 0.76);

/** A font as the log uses it: the PDF font, and what it can draw. */
export interface Face {
  pdf: PDFFont;
  glyphs: LoadedFont;
}

export interface TextStyle {
  face: Face;
  size: number;
  color?: RGB;
}

/** The short header every page after the first repeats, and the height it takes. */
export interface RunningHeader {
  height: number;
  draw(pager: Pager): void;
}

/**
 * Pages and a cursor moving down them. Pages after the first get the running header;
 * the caller decides when a break is needed and what else repeats after it.
 */
export class Pager {
  readonly pages: PDFPage[] = [];
  page!: PDFPage;
  /** The top of the free space on the current page, in PDF points from the bottom. */
  y = 0;
  readonly width: number;
  readonly height: number;
  private readonly measures = new Map<string, Measure>();

  constructor(
    private readonly doc: PDFDocument,
    size: readonly [number, number],
    private readonly runningHeader: RunningHeader = { height: 0, draw: () => undefined },
  ) {
    [this.width, this.height] = size;
  }

  /** The width between the side margins. */
  get contentWidth(): number {
    return this.width - 2 * MARGIN.side;
  }

  /** Space left above the footer. */
  get room(): number {
    return this.y - MARGIN.bottom;
  }

  /** Space a new page offers below its running header: a block taller than this must be split. */
  get freshRoom(): number {
    return this.height - MARGIN.top - this.runningHeader.height - MARGIN.bottom;
  }

  /** Starts a page; from the second on, with the running header drawn. */
  addPage(): void {
    this.page = this.doc.addPage([this.width, this.height]);
    this.pages.push(this.page);
    this.y = this.height - MARGIN.top;
    if (this.pages.length > 1) {
      this.runningHeader.draw(this);
      this.y = this.height - MARGIN.top - this.runningHeader.height;
    }
  }

  /** Measures text as it will be drawn (after unknown characters become "?"). */
  measure(style: TextStyle): Measure {
    const key = `${style.face.pdf.name}/${style.size}`;
    let measure = this.measures.get(key);
    if (!measure) {
      measure = measureWith(style.face.pdf, style.size);
      this.measures.set(key, measure);
    }
    return measure;
  }

  /** Draws one line of text with its top at `top` (the baseline sits below by the font's ascent). */
  text(line: string, x: number, top: number, style: TextStyle, page: PDFPage = this.page): void {
    if (!line) return;
    page.drawText(line, { x, y: top - style.size * 0.93, size: style.size, font: style.face.pdf, color: style.color ?? INK });
  }

  /** Draws text right-aligned so it ends at `right`. */
  textRight(line: string, right: number, top: number, style: TextStyle, page: PDFPage = this.page): void {
    this.text(line, right - this.measure(style)(line), top, style, page);
  }

  /** Text as this face can draw it. */
  clean(text: string, style: TextStyle): string {
    return drawable(text, style.face.glyphs);
  }
}
