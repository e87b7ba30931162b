import { PDFDocument } from 'pdf-lib';
import type { ActivityPdf } from '../../../shared/contract/activity';
import type { ParsedArgs } from '../../../shared/contract';
import { UserError } from '../errors';
import { FONT_FILES, fontkit, loadFont } from './font';
import { formatDay, labelsFor, type LogLabels } from './labels';
import { drawWeek } from './log-table';
import { MARGIN, MUTED, PAPER, Pager, RULE, type Face, type TextStyle } from './pager';
import { wrapText } from './text-wrap';
import { daysBetween, groupByWeek, MAX_RANGE_DAYS } from './weeks';

export type ExportArgs = ParsedArgs<'activity-export-pdf'>;

/** Renders the job-search log for a date range as a PDF; `now` is when it says it was created. */
export async function exportActivityPdf(args: ExportArgs, now = new Date()): Promise<ActivityPdf & { bytes: Uint8Array }> {
  if (daysBetween(args.from, args.to) > MAX_RANGE_DAYS) {
    throw new UserError('That range is longer than three years. Choose a shorter range, such as your benefit year, and try again.');
  }
  const labels = labelsFor(args.language);
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  // Subset: only the glyphs used go in (a few dozen KB instead of 700). Ligatures off, so
  // "fi" stays two letters when the text is searched or copied.
  const embed = async (name: string): Promise<Face> => {
    const glyphs = await loadFont(name);
    return { glyphs, pdf: await doc.embedFont(glyphs.bytes, { subset: true, features: { liga: false } }) };
  };
  const [regular, boldFace] = await Promise.all([embed(FONT_FILES.regular), embed(FONT_FILES.bold)]);
  const body: TextStyle = { face: regular, size: 8.5 };
  const bold: TextStyle = { face: boldFace, size: 8.5 };
  const title = args.title ?? labels.title;
  const range = `${formatDay(args.from, labels.locale, 'long')} – ${formatDay(args.to, labels.locale, 'long')}`;
  const person = args.person?.name?.trim();

  const running = [title, person, range].filter(Boolean).join(' · ');
  const pager = new Pager(doc, PAPER[args.paper], {
    height: 20,
    draw(p) {
      const style = { ...body, color: MUTED };
      // One line only: a very long name or title is cut at the page width.
      p.text(wrapText(p.clean(running, style), p.contentWidth, p.measure(style))[0] ?? '', MARGIN.side, p.y, style);
      p.page.drawLine({ start: { x: MARGIN.side, y: p.y - 13 }, end: { x: p.width - MARGIN.side, y: p.y - 13 }, thickness: 0.5, color: RULE });
    },
  });
  pager.addPage();

  const weeks = groupByWeek(args.from, args.to, args.activities);
  const count = weeks.reduce((sum, week) => sum + week.activities.length, 0);
  const met = weeks.filter((week) => week.activities.length >= args.weeklyTarget).length;
  drawTitleBlock(pager, { body, bold }, [
    title,
    ...[person && `${labels.name}: ${person}`, args.person?.claimId && `${labels.claimId}: ${args.person.claimId}`].filter((l): l is string => !!l),
    `${labels.dates}: ${range}`,
    labels.requirement(args.weeklyTarget),
    `${labels.summary(count, weeks.length, met, args.weeklyTarget)} · ${labels.created} ${formatDay(localDay(now), labels.locale, 'short')}`,
  ]);

  if (count === 0) {
    drawTitleBlock(pager, { body, bold }, ['', labels.noneInRange(formatDay(args.from, labels.locale, 'long'), formatDay(args.to, labels.locale, 'long'))]);
  } else {
    for (const week of weeks) drawWeek({ pager, labels, body, bold, weeklyTarget: args.weeklyTarget }, week);
  }
  drawFooters(pager, labels, body);

  doc.setTitle(`${title} ${args.from} – ${args.to}`);
  if (person) doc.setAuthor(person);
  doc.setCreator('Career Organizer');
  doc.setProducer('Career Organizer (pdf-lib)');
  doc.setLanguage(labels.locale);
  doc.setCreationDate(now);
  const bytes = await doc.save();
  return {
    fileName: labels.fileName(args.from, args.to),
    base64: Buffer.from(bytes).toString('base64'),
    pages: pager.pages.length,
    activityCount: count,
    bytes,
  };
}

/** The first page's heading: the title large, then one line each for the person, dates and requirement. */
function drawTitleBlock(pager: Pager, styles: { body: TextStyle; bold: TextStyle }, lines: string[]): void {
  const [first, ...rest] = lines;
  if (first) {
    const big = { ...styles.bold, size: 16 };
    for (const line of wrapText(pager.clean(first, big), pager.contentWidth, pager.measure(big))) {
      pager.text(line, MARGIN.side, pager.y, big);
      pager.y -= 21;
    }
  } else {
    pager.y -= 8;
  }
  const style = { ...styles.body, size: 10 };
  for (const line of rest.flatMap((l) => wrapText(pager.clean(l, style), pager.contentWidth, pager.measure(style)))) {
    pager.text(line, MARGIN.side, pager.y, style);
    pager.y -= 13.5;
  }
  pager.y -= 10;
}

/** "Keep this record…" and "Page n of N" on every page, once the number of pages is known. */
function drawFooters(pager: Pager, labels: LogLabels, body: TextStyle): void {
  const style = { ...body, size: 8, color: MUTED };
  const total = pager.pages.length;
  pager.pages.forEach((page, index) => {
    const top = MARGIN.bottom - 14;
    page.drawLine({ start: { x: MARGIN.side, y: top + 4 }, end: { x: pager.width - MARGIN.side, y: top + 4 }, thickness: 0.5, color: RULE });
    pager.text(pager.clean(labels.keep, style), MARGIN.side, top, style, page);
    pager.textRight(labels.page(index + 1, total), pager.width - MARGIN.side, top, style, page);
  });
}

/** Today in the computer's own time zone, as YYYY-MM-DD. */
function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
