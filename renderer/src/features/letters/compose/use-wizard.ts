import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { letterText, letterType, renderLetter } from '../../../../../shared/domain/letters';
import type { LetterBody, LetterContext, LetterLanguage, MyDetails } from '../../../../../shared/domain/letters/types';
import type { LetterDraft, LetterRecord } from '../../../../../shared/domain/messages';
import { getDb } from '../../../db';
import { useToasts } from '../../../stores/toasts';
import { useAdviceLanguage } from '../data/letter-language';
import { letterContext, loadLetterLinks, type LetterLinks } from '../data/letter-context';
import { useLetterDraft } from './use-letter-draft';
import { useRoleTitle } from './use-role-title';
import { missingFields, MY_DETAILS_STEP, remergeValues, stepIndex, wizardSteps } from './wizard-steps';

/**
 * The wizard's state and moves: the draft (autosaved), its steps and where the user is,
 * the context the letter merges from, and every change the steps and the editor make.
 */
export function useWizard(initial: LetterRecord, initialMe: MyDetails, initialLinks: LetterLinks) {
  const { t } = useTranslation();
  const adviceLanguage = useAdviceLanguage();
  const def = letterType(initial.type);
  const guide = letterText(adviceLanguage).guides[def.id];
  // Decided once: the step must not vanish from under the user the moment they save a name.
  const [needsDetails] = useState(() => !initialMe.name.trim() && initial.status === 'draft');
  // Without a name there is no letter, so a draft opens on "Your details" until one is given.
  const { letter, update, flush, save, absorb } = useLetterDraft(needsDetails ? { ...initial, step: MY_DETAILS_STEP } : initial);
  const [me, setMe] = useState(initialMe);
  const steps = useMemo(() => wizardSteps(def, needsDetails), [def, needsDetails]);
  const [links, setLinks] = useState(initialLinks);
  const roleTitle = useRoleTitle();
  const contextFor = useCallback(
    (language: LetterLanguage, who: MyDetails = me, linked: LetterLinks = links): LetterContext => letterContext(who, linked, (role) => roleTitle(role, language)),
    [me, links, roleTitle],
  );
  const ctx = useMemo(() => contextFor(letter.language), [contextFor, letter.language]);
  const sent = letter.status === 'sent';
  const index = sent ? steps.length - 1 : stepIndex(steps, letter.step);
  const step = steps[index];
  const [furthest, setFurthest] = useState(index);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);

  // Each new step's heading takes focus, so keyboard and screen-reader users start reading there.
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    heading.current?.focus();
  }, [index]);

  const fresh = (values: Record<string, string>, context: LetterContext, language: LetterLanguage) => renderLetter(def, values, context, language);

  const goTo = (target: number, context: LetterContext = ctx, values: Record<string, string> = letter.values) => {
    const next = steps[target];
    const patch: Partial<LetterDraft> = { step: next.id };
    // Until the user edits the letter by hand, it follows their answers.
    if (next.kind === 'letter' && (!letter.edited || !letter.body)) patch.body = fresh(values, context, letter.language);
    update(patch);
    void flush();
    setErrors({});
    setAttempt(0);
    setFurthest((f) => Math.max(f, target));
    moved.current = true;
  };

  const next = () => {
    const missing = missingFields(def, step, letter.values);
    if (missing.length > 0) {
      setErrors(Object.fromEntries(missing.map((id) => [id, t('letters.wizard.required', { label: guide.fields[id]?.label ?? id })])));
      setAttempt((n) => n + 1);
      return;
    }
    goTo(index + 1);
  };

  const setValue = (id: string, value: string) => {
    update({ values: { ...letter.values, [id]: value } });
    if (errors[id] && value.trim()) setErrors(({ [id]: _gone, ...rest }) => rest);
  };

  const toggle = (key: string, on: boolean) => update({ checked: on ? [...new Set([...letter.checked, key])] : letter.checked.filter((k) => k !== key) });

  /** A new job or person: fields still as merged take the new record's values; a letter not edited follows. */
  const relink = async (jobId: string | null, contactId: string | null) => {
    const nextLinks = await loadLetterLinks(getDb(), jobId, contactId);
    const nextCtx = contextFor(letter.language, me, nextLinks);
    const values = remergeValues(def, letter.values, ctx, nextCtx);
    const patch: Partial<LetterDraft> = { jobId, contactId, values };
    if (step.kind === 'letter' && !letter.edited) patch.body = fresh(values, nextCtx, letter.language);
    setLinks(nextLinks);
    update(patch);
  };

  /** Offers Undo for a change that replaced text the user wrote. */
  const undoable = (message: string, before: Partial<LetterDraft>) =>
    useToasts.getState().show({ tone: 'info', message, action: { label: t('toast.undo'), run: () => update(before) }, timeoutMs: 15_000 });

  const changeLanguage = (language: LetterLanguage) => {
    if (!letter.body) return update({ language });
    const before = { language: letter.language, body: letter.body, edited: letter.edited };
    update({ language, body: fresh(letter.values, contextFor(language), language), edited: false });
    if (before.edited) undoable(t('letters.about.rewritten', { language: t(`letters.about.languages.${language}`) }), before);
  };

  const changeBody = (body: LetterBody) => update({ body, edited: true });

  const removeParagraph = (at: number) => {
    if (!letter.body) return;
    const before = { body: letter.body, edited: letter.edited };
    update({ body: { ...letter.body, paragraphs: letter.body.paragraphs.filter((_, i) => i !== at) }, edited: true });
    undoable(t('letters.editor.removed', { n: at + 1 }), before);
  };

  const rewrite = () => {
    if (!letter.body) return;
    undoable(t('letters.editor.rewritten'), { body: letter.body, edited: letter.edited });
    update({ body: fresh(letter.values, ctx, letter.language), edited: false });
  };

  /** My details saved on the first step: fields merged from my name follow, then on to the next step. */
  const detailsSaved = (details: MyDetails) => {
    const nextCtx = contextFor(letter.language, details);
    const values = remergeValues(def, letter.values, ctx, nextCtx);
    setMe(details);
    update({ values });
    goTo(index + 1, nextCtx, values);
  };

  return {
    def, guide, letter, save, flush, absorb, me, ctx, steps, index, step, furthest, errors, attempt, heading, adviceLanguage,
    goTo, next, setValue, toggle, relink, changeLanguage, changeBody, removeParagraph, rewrite, detailsSaved,
  };
}

export type Wizard = ReturnType<typeof useWizard>;
