import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentVersion, LibraryDocument } from '../../../../../shared/contract';
import { useClient } from '../../../api/context';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { TextField } from '../../../ui/Field';
import { useToasts } from '../../../stores/toasts';
import { useDocuments } from '../store';
import { versionLabel } from './version-label';

export interface NewVersionDialogProps {
  doc: LibraryDocument;
  /** The version to copy; null when the dialog is closed. */
  basedOn: DocumentVersion | null;
  onClose(): void;
  onCreated(doc: LibraryDocument): void;
}

/** "Save as a new version based on this…": asks only for a name, such as "Warehouse lead". */
export function NewVersionDialog({ doc, basedOn, onClose, onCreated }: NewVersionDialogProps) {
  const { t } = useTranslation();
  const client = useClient();
  const [label, setLabel] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // A fresh, empty form every time the dialog opens for a version.
  const [openFor, setOpenFor] = useState<string | null>(null);
  if ((basedOn?.id ?? null) !== openFor) {
    setOpenFor(basedOn?.id ?? null);
    setLabel('');
    setError(null);
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const name = label.trim();
    if (!name) return setError(t('documents.versions.nameRequired'));
    if (name.length > 200) return setError(t('documents.versions.nameTooLong'));
    if (!basedOn) return;
    setBusy(true);
    try {
      const saved = await client.send('documents-version-create', { id: doc.id, basedOn: basedOn.id, label: name });
      useDocuments.getState().upsert([saved]);
      useToasts.getState().show({ tone: 'success', message: t('documents.versions.created', { label: name }) });
      onCreated(saved);
      onClose();
    } catch (err) {
      setError(t('documents.versions.failed', { reason: (err as Error).message }));
    } finally {
      setBusy(false);
    }
  };

  const formId = `new-version-${doc.id}`;
  return (
    <Dialog
      open={basedOn !== null}
      title={t('documents.versions.dialogTitle')}
      closeLabel={t('documents.detail.cancel')}
      onClose={onClose}
      actions={
        <>
          <Button onClick={onClose}>{t('documents.detail.cancel')}</Button>
          <Button type="submit" form={formId} variant="primary" disabled={busy}>
            {t('documents.versions.create')}
          </Button>
        </>
      }
    >
      {basedOn ? <p>{t('documents.versions.dialogBody', { label: versionLabel(doc, basedOn, t) })}</p> : null}
      <form id={formId} onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          label={t('documents.versions.nameLabel')}
          hint={t('documents.versions.nameHint')}
          error={error ?? undefined}
          value={label}
          maxLength={200}
          onChange={(event) => setLabel(event.target.value)}
          autoComplete="off"
        />
      </form>
    </Dialog>
  );
}
