import { useCallback, useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { LetterFormat } from '../../../../../shared/contract/letters';
import type { LetterDocument } from '../../../../../shared/domain/letters/types';
import type { LetterFile, LetterRecord } from '../../../../../shared/domain/messages';
import { useClient } from '../../../api/context';
import { addLetterFile, getDb } from '../../../db';
import { useToasts } from '../../../stores/toasts';
import { areaPath, KIND_AREA } from '../../documents/areas';

export interface SaveFileInput {
  letterId: string;
  document: LetterDocument;
  fileName: string;
  kind: LetterFile['kind'];
}

/**
 * Saves the letter as a PDF or Word file into the document library (cover letters among
 * cover letters, others among documents), remembers it on the letter, and offers to open it.
 */
export function useSaveFile(onSaved: (files: LetterRecord['files']) => void) {
  const { t } = useTranslation();
  const client = useClient();
  const navigate = useNavigate();
  const [busy, setBusy] = useState<LetterFormat | null>(null);
  const save = useCallback(
    async (format: LetterFormat, input: SaveFileInput) => {
      const toasts = useToasts.getState();
      setBusy(format);
      try {
        const saved = await client.send('letters-save', { document: input.document, format, kind: input.kind, fileName: input.fileName });
        const letter = await addLetterFile(getDb(), input.letterId, { documentId: saved.documentId, versionId: saved.versionId, name: saved.name, format, kind: input.kind });
        onSaved(letter.files);
        toasts.show({
          tone: 'success',
          message: t(saved.existing ? 'letters.output.savedExisting' : 'letters.output.savedFile', { name: saved.name, format: t(`letters.output.formats.${format}`) }),
          action: { label: t('letters.output.openFile'), run: () => void navigate(areaPath(KIND_AREA[input.kind], saved.documentId)) },
          timeoutMs: 15_000,
        });
      } catch (err) {
        toasts.show({ tone: 'error', message: t('letters.output.saveFailed', { reason: (err as Error).message }) });
      } finally {
        setBusy(null);
      }
    },
    [client, navigate, onSaved, t],
  );
  return { save, busy };
}
