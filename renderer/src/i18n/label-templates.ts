// Labels in bulk. A month view words ~180 labels (every day and every chip), a table row a few,
// and i18next's t() costs tens of microseconds a call (key look-up, plural rules,
// interpolation, post-processing). A label differs from its neighbours only in the values
// put into it, so each message is asked of i18next once per translation function with
// markers in place of the values, and later labels are that text with the values put in.
// The words, plural forms and number formats are still i18next's own. (Values go in as they
// are, as i18next puts them in here: the app turns its escaping off, React escapes.)
import type { TFunction } from 'i18next';

// NUL never appears in a message or (in practice) in a value; where it does, t() answers.
const MARK = '\u0000';

/** A message split at its markers: text, value index, text, value index, … text. Null when it cannot be split safely. */
type Template = string[] | null;

const templates = new WeakMap<TFunction, Map<string, Template>>();

function templateOf(t: TFunction, key: string, fixed: Record<string, string | number>, names: readonly string[]): Template {
  let known = templates.get(t);
  if (!known) templates.set(t, (known = new Map()));
  const id = `${key}|${JSON.stringify(fixed)}|${names.join(',')}`;
  let template = known.get(id);
  if (template === undefined) {
    const marked: Record<string, string | number> = { ...fixed };
    names.forEach((name, i) => (marked[name] = `${MARK}${i}${MARK}`));
    const parts = (t as (key: string, options: object) => string)(key, marked).split(MARK);
    // Every value must come through untouched, once (in any order), for the split to be trusted.
    const used = parts.filter((_, i) => i % 2 === 1).sort();
    const intact = parts.length % 2 === 1 && used.length === names.length && used.every((part, i) => part === String(i));
    template = intact ? parts : null;
    known.set(id, template);
  }
  return template;
}

/**
 * What `t(key, { ...fixed, ...values })` says, for messages whose `values` are plain text put
 * in as they are (titles, dates and times already formatted). `fixed` holds what changes the
 * wording itself, such as a count that picks the plural form.
 */
export function label(t: TFunction, key: string, values: Record<string, string>, fixed: Record<string, string | number> = {}): string {
  const names = Object.keys(values);
  const template = templateOf(t, key, fixed, names);
  if (!template || names.some((name) => values[name].includes(MARK))) {
    return (t as (key: string, options: object) => string)(key, { ...fixed, ...values });
  }
  let text = template[0];
  for (let i = 1; i < template.length; i += 2) text += values[names[Number(template[i])]] + template[i + 1];
  return text;
}
