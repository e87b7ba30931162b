import { rgb } from 'pdf-lib';
import { formatDay, type LogLabels } from './labels';
import { MARGIN, MUTED, RULE, type Pager, type TextStyle } from './pager';
import { shorten, wrapText } from './text-wrap';
import type { LogWeek } from './weeks';

/** What drawing the weekly tables needs. */
export interface TableContext {
  pager: Pager;
  labels: LogLabels;
  body: TextStyle;
  bold: TextStyle;
  weeklyTarget: number;
}

// Shares of the width per column: date | type | employer | contact | position | result.
const COLUMNS = [0.085, 0.125, 0.16, 0.17, 0.14, 0.32];
const PAD = 4;
const LINE = 10.6;
const WEEK_GAP = 12;
// No cell can hold more than a few pages of text; beyond this it is shortened, and says so.
const MAX_CELL_CHARS = 6000;
const HEAD_FILL = rgb(0.86, 0.89, 0.93);
const WEEK_FILL = rgb(0.93, 0.95, 0.98);
const ZEBRA = rgb(0.975, 0.978, 0.985);

type Cells = string[][];

/** Draws one week: its heading with done-vs-target, the column header and a row per activity. */
export function drawWeek(ctx: TableContext, week: LogWeek): void {
  const { pager } = ctx;
  const widths = COLUMNS.map((share) => share * pager.contentWidth);
  const rows: Cells[] = week.activities.map((a) =>
    [formatDay(a.date, ctx.labels.locale, 'row'), a.type, a.employer, [a.contactPerson, a.contactMethod].filter((t) => t.trim()).join('\n'), a.position, a.result].map(
      (text, i) => wrapText(pager.clean(shorten(text.trim(), MAX_CELL_CHARS, ctx.labels.shortened), ctx.body), widths[i] - 2 * PAD, pager.measure(ctx.body)),
    ),
  );
  const header = ctx.labels.columns.map((label, i) => wrapText(pager.clean(label, ctx.bold), widths[i] - 2 * PAD, pager.measure(ctx.bold)));
  const heading = (continued: boolean) => weekHeading(ctx, week, continued);
  const firstRow = rows.length > 0 ? Math.min(height(rows[0]), height([['', '', '']])) : height([['']]);
  // Keep the heading with the column header and the start of the first row.
  if (pager.room < heading(false).height + height(header) + firstRow) pager.addPage();
  const startTable = (continued: boolean) => {
    heading(continued).draw();
    drawRow(ctx, header, widths, HEAD_FILL, ctx.bold);
  };
  startTable(false);
  // What a page offers a row once the heading and column header are repeated on it.
  const freshTableRoom = pager.freshRoom - heading(true).height - height(header);
  if (rows.length === 0) {
    const none = [wrapText(pager.clean(ctx.labels.noneThisWeek, ctx.body), pager.contentWidth - 2 * PAD, pager.measure(ctx.body))];
    drawRow(ctx, none, [pager.contentWidth], undefined, { ...ctx.body, color: MUTED });
  }
  rows.forEach((row, index) => {
    let rest = row;
    for (let breaks = 0; breaks < 10_000; breaks++) {
      const needed = height(rest);
      if (needed <= pager.room) break;
      const fits = Math.floor((pager.room - 2 * PAD) / LINE);
      // A short row moves to the next page whole. A tall one is split where the page ends,
      // rather than leave most of a page empty (or when it could never fit on one page).
      if ((needed > freshTableRoom && fits >= 2) || (needed > freshTableRoom / 4 && fits >= 3)) {
        drawRow(ctx, rest.map((cell) => cell.slice(0, fits)), widths, index % 2 ? ZEBRA : undefined, ctx.body);
        // The date repeats beside the rest of the row, so each page reads on its own.
        rest = rest.map((cell, i) => (i === 0 && cell.length <= fits ? row[0] : cell.slice(fits)));
      }
      pager.addPage();
      startTable(true);
    }
    drawRow(ctx, rest, widths, index % 2 ? ZEBRA : undefined, ctx.body);
  });
  pager.y -= WEEK_GAP;
}

const height = (cells: Cells) => Math.max(1, ...cells.map((lines) => lines.length)) * LINE + 2 * PAD;

/** Draws a row of cells at the cursor with thin borders, and moves the cursor below it. */
function drawRow(ctx: TableContext, cells: Cells, widths: number[], fill: ReturnType<typeof rgb> | undefined, style: TextStyle): void {
  const { pager } = ctx;
  const rowHeight = height(cells);
  let x = MARGIN.side;
  cells.forEach((lines, i) => {
    pager.page.drawRectangle({ x, y: pager.y - rowHeight, width: widths[i], height: rowHeight, color: fill, borderColor: RULE, borderWidth: 0.5 });
    lines.forEach((line, n) => pager.text(line, x + PAD, pager.y - PAD - n * LINE - 0.8, style));
    x += widths[i];
  });
  pager.y -= rowHeight;
}

/** The band above a week's table: its dates (and "continued" after a page break) and done vs target. */
function weekHeading(ctx: TableContext, week: LogWeek, continued: boolean) {
  const { pager, labels } = ctx;
  const done = labels.weekDone(week.activities.length, ctx.weeklyTarget);
  const partial = week.shownFrom !== week.start || week.shownTo !== week.end;
  const title = [
    labels.weekOf(formatDay(week.start, labels.locale, 'long'), formatDay(week.end, labels.locale, 'long')),
    partial ? `(${labels.partial(formatDay(week.shownFrom, labels.locale, 'short'), formatDay(week.shownTo, labels.locale, 'short'))})` : '',
    continued ? labels.continued : '',
  ]
    .filter(Boolean)
    .join(' ');
  const size = { ...ctx.bold, size: ctx.bold.size + 1 };
  const short = week.activities.length < ctx.weeklyTarget;
  const doneStyle = { ...ctx.body, size: size.size, color: short ? rgb(0.62, 0.16, 0.1) : rgb(0.1, 0.42, 0.2) };
  const doneText = pager.clean(done, doneStyle);
  const room = pager.contentWidth - pager.measure(doneStyle)(doneText) - 24;
  const lines = wrapText(pager.clean(title, size), room, pager.measure(size));
  const bandHeight = lines.length * (size.size + 3) + 8;
  return {
    height: bandHeight,
    draw() {
      pager.page.drawRectangle({ x: MARGIN.side, y: pager.y - bandHeight, width: pager.contentWidth, height: bandHeight, color: WEEK_FILL });
      lines.forEach((line, n) => pager.text(line, MARGIN.side + 6, pager.y - 4 - n * (size.size + 3), size));
      pager.textRight(doneText, MARGIN.side + pager.contentWidth - 6, pager.y - 4, doneStyle);
      pager.y -= bandHeight;
    },
  };
}
