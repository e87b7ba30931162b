import { isStageId, STAGE_LABELS_EN, type StageId } from '../../../../../../shared/domain/jobs';
import { foldText } from '../../../../../../shared/domain/text/fold';

// Checked in order: "Not applied yet" is Saved before "applied" can claim it, "No response"
// before anything else, "Declined by employer" is a rejection before "declined" means the user's no.
const PATTERNS: [StageId, RegExp][] = [
  ['no-response', /\bno (response|reply|answer)|ghost|never heard|sin respuesta|no (contestaron|respondieron)/],
  ['saved', /\bnot (yet )?applied|\bto apply\b|\bpor aplicar|\bsin aplicar/],
  ['withdrawn', /withdr[ae]w|\bretir/],
  ['rejected', /reject|not selected|not moving forward|declined by|turned down|unsuccessful|\bdenied|rechaz|no seleccionad|descartad/],
  ['declined', /declin/],
  ['accepted', /accept|\bhired\b|contratad|aceptad|acepte/],
  ['offer', /offer|oferta/],
  ['interviewing', /interview|screen|entrevista/],
  ['applied', /appl|submitted|\bsent\b|aplic|postul|solicit|enviad/],
  ['saved', /saved|interested|wish ?list|bookmark|guardad|interesad|pendiente/],
];

/** The stage a status cell names ("Applied", "Interview", "Ghosted", "Rechazado" ...), or null when unknown. */
export function stageFromStatus(text: string): StageId | null {
  const folded = foldText(text).replace(/[\p{P}\p{S}_]+/gu, ' ').replace(/\s+/g, ' ').trim();
  if (folded === '') return null;
  if (isStageId(folded.replace(/ /g, '-'))) return folded.replace(/ /g, '-') as StageId;
  for (const [stage, label] of Object.entries(STAGE_LABELS_EN)) if (foldText(label) === folded) return stage as StageId;
  for (const [stage, pattern] of PATTERNS) if (pattern.test(folded)) return stage;
  return null;
}

/** One distinct status in a file, how often it appears, and the stage suggested for it. */
export interface StatusValue {
  text: string;
  count: number;
  stage: StageId | null;
}

/** The distinct status texts in a column (trimmed), most common first, each with a suggested stage. */
export function distinctStatuses(rows: readonly (readonly string[])[], column: number): StatusValue[] {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const text = (row[column] ?? '').trim();
    if (text) counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  return [...counts].map(([text, count]) => ({ text, count, stage: stageFromStatus(text) })).sort((a, b) => b.count - a.count);
}
