import { useCallback, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { STAGES, type SavedSearch } from '../../../../shared/domain/jobs';
import { addSavedSearch, getDb, updateSavedSearch } from '../../db';
import { useToasts } from '../../stores/toasts';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { Checkbox, TextField } from '../../ui/Field';
import { ErrorSummary, useFocusFirstField } from '../contacts/shared/ErrorSummary';
import { SelectField } from '../contacts/shared/fields';
import { useLiveQuery } from '../contacts/shared/use-live-query';
import { draftFromSearch, filterFromDraft, PAY_PERIODS, searchProblems, type SearchDraft } from './search-form';

export interface SearchEditor {
  open: boolean;
  /** The search being edited; null makes a new one. */
  search: SavedSearch | null;
  session: number;
}

export interface SearchDialogProps {
  editor: SearchEditor;
  onClose(): void;
  onSaved(search: SavedSearch, added: boolean): void;
}

/** Create or edit a saved search: a name and the filter (words, place, pay, stages, source). */
export function SearchDialog({ editor, onClose, onSaved }: SearchDialogProps) {
  const { t } = useTranslation();
  const formId = `search-form-${editor.session}`;
  return (
    <Dialog
      open={editor.open}
      title={editor.search ? t('savedSearches.form.editTitle') : t('savedSearches.form.addTitle')}
      closeLabel={t('savedSearches.form.close')}
      onClose={onClose}
      actions={
        <>
          <Button onClick={onClose}>{t('savedSearches.form.cancel')}</Button>
          <Button type="submit" form={formId} variant="primary">
            {editor.search ? t('savedSearches.form.save') : t('savedSearches.form.add')}
          </Button>
        </>
      }
    >
      {editor.open ? <SearchForm key={editor.session} id={formId} search={editor.search} onSaved={onSaved} /> : null}
    </Dialog>
  );
}

/** The sources of the user's jobs, offered as suggestions: a source must match exactly (case and accents aside). */
function useKnownSources(): string[] {
  const load = useCallback(async () => {
    const sources = new Set<string>();
    await getDb().jobs.each((job) => void (job.source.trim() && sources.add(job.source.trim())));
    return [...sources].sort((a, b) => a.localeCompare(b)).slice(0, 200);
  }, []);
  return useLiveQuery(load).value ?? [];
}

function SearchForm({ id, search, onSaved }: { id: string; search: SavedSearch | null; onSaved: SearchDialogProps['onSaved'] }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<SearchDraft>(() => draftFromSearch(search));
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstField(formRef);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const sources = useKnownSources();
  const problems = attempt > 0 ? searchProblems(draft) : [];
  const errorFor = (field: keyof SearchDraft) => {
    const problem = problems.find((p) => p.field === field);
    return problem ? t(`savedSearches.form.${problem.key}`) : undefined;
  };
  const set = (field: 'name' | 'text' | 'location' | 'payAmount' | 'source') => (event: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [field]: event.target.value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    if (busy || searchProblems(draft).length > 0) return;
    setBusy(true);
    setFailure(null);
    try {
      const input = { name: draft.name.trim(), filter: filterFromDraft(draft, search?.filter) };
      const saved = search ? await updateSavedSearch(getDb(), search.id, input) : await addSavedSearch(getDb(), input);
      const message = search ? t('savedSearches.form.saved', { name: saved.name }) : t('savedSearches.form.added', { name: saved.name });
      useToasts.getState().show({ tone: 'success', message });
      onSaved(saved, !search);
    } catch (err) {
      setFailure(t('savedSearches.form.failed', { reason: (err as Error).message }));
    } finally {
      setBusy(false);
    }
  };

  const sourceListId = `${id}-sources`;
  return (
    <form ref={formRef} id={id} className="form-dialog" onSubmit={(event) => void submit(event)} noValidate>
      <ErrorSummary
        title={t('savedSearches.form.problems')}
        attempt={attempt}
        problems={problems.map((p) => ({ field: p.field, message: t(`savedSearches.form.${p.key}`) }))}
      />
      {failure ? (
        <p className="form-dialog__failure" role="alert">
          {failure}
        </p>
      ) : null}
      <TextField name="name" label={t('savedSearches.form.name')} hint={t('savedSearches.form.nameHint')} error={errorFor('name')} value={draft.name} onChange={set('name')} autoComplete="off" />
      <TextField name="text" label={t('savedSearches.form.text')} hint={t('savedSearches.form.textHint')} error={errorFor('text')} value={draft.text} onChange={set('text')} autoComplete="off" />
      <TextField name="location" label={t('savedSearches.form.location')} hint={t('savedSearches.form.locationHint')} error={errorFor('location')} value={draft.location} onChange={set('location')} autoComplete="off" />
      <fieldset className="field field--group search-form__pay">
        <legend className="field__label">{t('savedSearches.form.minPay')}</legend>
        <p className="field__hint">{t('savedSearches.form.minPayHint')}</p>
        <div className="form-dialog__row">
          <TextField name="payAmount" label={t('savedSearches.form.amount')} error={errorFor('payAmount')} inputMode="decimal" value={draft.payAmount} onChange={set('payAmount')} autoComplete="off" />
          <SelectField
            name="payPeriod"
            label={t('savedSearches.form.period')}
            value={draft.payPeriod}
            onChange={(event) => setDraft((d) => ({ ...d, payPeriod: event.target.value as SearchDraft['payPeriod'] }))}
          >
            {PAY_PERIODS.map((period) => (
              <option key={period} value={period}>
                {t(`savedSearches.form.periods.${period}`)}
              </option>
            ))}
          </SelectField>
        </div>
      </fieldset>
      <fieldset className="field field--group">
        <legend className="field__label">{t('savedSearches.form.stages')}</legend>
        <p className="field__hint">{t('savedSearches.form.stagesHint')}</p>
        <div className="search-form__stages">
          {STAGES.map((stage) => (
            <Checkbox
              key={stage}
              name="stages"
              value={stage}
              label={t(`activity.stages.${stage}`)}
              checked={draft.stages.includes(stage)}
              onChange={(event) =>
                setDraft((d) => ({ ...d, stages: event.target.checked ? STAGES.filter((s) => s === stage || d.stages.includes(s)) : d.stages.filter((s) => s !== stage) }))
              }
            />
          ))}
        </div>
      </fieldset>
      <TextField name="source" label={t('savedSearches.form.source')} hint={t('savedSearches.form.sourceHint')} error={errorFor('source')} value={draft.source} onChange={set('source')} list={sourceListId} autoComplete="off" />
      <datalist id={sourceListId}>
        {sources.map((source) => (
          <option key={source} value={source} />
        ))}
      </datalist>
    </form>
  );
}
