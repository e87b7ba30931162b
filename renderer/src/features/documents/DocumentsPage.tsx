import { useCallback, useEffect, useRef, useState } from 'react';
import { Navigate, useLocation, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { FilePlus } from 'lucide-react';
import type { DocumentKind, ImportReport, LibraryDocument } from '../../../../shared/contract';
import type { PickedFile } from '../../api/transport';
import { useToasts } from '../../stores/toasts';
import { PageHeader } from '../../ui/PageHeader';
import { AddFilesButton } from './AddFilesButton';
import { AREA_KEY, AREA_KIND, KIND_AREA, areaPath, type Area } from './areas';
import { DetailPane } from './detail/DetailPane';
import { DropOverlay } from './dropping/DropOverlay';
import { useWindowDrop } from './dropping/use-window-drop';
import { ImportDetailsDialog } from './importing/ImportDetailsDialog';
import { ImportProgress } from './importing/ImportProgress';
import { useImporter, type ImportTarget } from './importing/use-importer';
import { LibraryBody } from './LibraryBody';
import { useListItems } from './list/use-list-items';
import { useDocuments } from './store';
import { useAddShortcut } from './use-add-shortcut';
import { useDeleteDocument } from './use-delete-document';
import { useLibrary } from './use-library';
import { useNarrow } from './use-narrow';
import { useUpdateDocument } from './use-update-document';
import './documents.css';

/** Where the list should put focus when the page shows it again (after Back or a delete). */
export interface ListFocusState {
  focusId?: string;
}

/**
 * Resumes, Cover letters or Documents: add files (button or drop anywhere on the window),
 * find them, and see one in the details pane. Wide windows show list and details side by
 * side; narrow ones show one at a time with a Back button.
 */
export function DocumentsPage({ area }: { area: Area }) {
  const { t } = useTranslation();
  const kind = AREA_KIND[area];
  const areaKey = AREA_KEY[area];
  const { documentId } = useParams();
  const navigate = useNavigate();
  const location = useLocation();
  const narrow = useNarrow();
  const reload = useLibrary();
  const update = useUpdateDocument();
  const selected = useDocuments((s) => (documentId ? s.byId[documentId] : undefined));
  const [query, setQuery] = useState('');
  const [tag, setTag] = useState<string | null>(null);
  const list = useListItems(kind, query, tag);
  const page = useRef<HTMLDivElement>(null);
  const focusDetail = useRef(false);

  // Imports outlive the page; only a page still open may move the user to what was added.
  const stillOpen = useRef(false);
  useEffect(() => {
    stillOpen.current = true;
    return () => {
      stillOpen.current = false;
    };
  }, []);
  // One new document from an import is shown at once; several stay in the list to look through.
  const onImported = useCallback(
    (report: ImportReport, target: ImportTarget) => {
      const added = report.outcomes.flatMap((o) => (o.status === 'added' ? [o.documentId] : []));
      if (stillOpen.current && !target.versionOf && added.length === 1 && useDocuments.getState().byId[added[0]]?.kind === kind) void navigate(areaPath(area, added[0]));
    },
    [area, kind, navigate],
  );
  const importer = useImporter(kind, onImported);
  const onDrop = useCallback(
    (files: PickedFile[], folderFailed: boolean) => {
      if (folderFailed) useToasts.getState().show({ tone: 'error', message: t('documents.importing.folderFailed') });
      if (files.length > 0) void importer.importFiles(files);
    },
    [importer, t],
  );
  const dragging = useWindowDrop(onDrop, !window.careerOrganizer);
  // The page's own Add files button (the one in the header), so N behaves exactly like a click on it.
  useAddShortcut(() => page.current?.querySelector<HTMLButtonElement>('.page-header__action .btn')?.click());

  const open = useCallback(
    (id: string, how: 'pointer' | 'keyboard' | 'enter') => {
      // Enter, or a click that replaces the list, takes focus into the details.
      const intoDetails = how === 'enter' || (how === 'pointer' && narrow);
      if (id === documentId) {
        if (intoDetails) requestAnimationFrame(() => page.current?.querySelector<HTMLElement>('.detail__title')?.focus());
        return;
      }
      focusDetail.current = intoDetails;
      void navigate(areaPath(area, id), { replace: how === 'keyboard' && Boolean(documentId) });
    },
    [area, documentId, narrow, navigate],
  );
  useEffect(() => {
    if (!focusDetail.current) return;
    focusDetail.current = false;
    requestAnimationFrame(() => page.current?.querySelector<HTMLElement>('.detail__title')?.focus());
  }, [documentId]);

  const backToList = useCallback(
    (focusId?: string) => void navigate(areaPath(area), { state: { focusId } satisfies ListFocusState }),
    [area, navigate],
  );
  const remove = useDeleteDocument(
    useCallback(
      (doc: LibraryDocument) => {
        // The neighbour takes the deleted document's place, so keyboard users carry on from there.
        const at = list.items.findIndex((item) => item.doc.id === doc.id);
        const next = at >= 0 ? (list.items[at + 1] ?? list.items[at - 1])?.doc.id : undefined;
        if (narrow || !next) backToList(next);
        else void navigate(areaPath(area, next), { replace: true, state: { focusId: next } satisfies ListFocusState });
      },
      [list.items, narrow, backToList, navigate, area],
    ),
  );
  const move = useCallback(
    async (doc: LibraryDocument, to: DocumentKind) => {
      const saved = await update(doc, { kind: to });
      if (saved) {
        const where = t(`documents.areas.${AREA_KEY[KIND_AREA[to]]}.title`);
        useToasts.getState().show({ tone: 'success', message: t('documents.detail.moved', { title: saved.title, area: where }) });
      }
    },
    [t, update],
  );

  // A document of another kind (moved here or elsewhere, or an old link) is shown in its own list.
  if (selected && selected.kind !== kind) return <Navigate to={areaPath(KIND_AREA[selected.kind], selected.id)} replace />;

  const addFiles = (
    <AddFilesButton
      label={t('documents.page.addFiles')}
      icon={<FilePlus />}
      variant="primary"
      onFiles={(files) => void importer.importFiles(files)}
      onDialog={() => void importer.importWithDialog()}
    />
  );
  const detail = (
    <DetailPane
      area={area}
      documentId={documentId}
      narrow={narrow}
      importer={importer}
      onBack={() => backToList(documentId)}
      onDelete={(doc) => void remove(doc)}
      onMove={(doc, to) => void move(doc, to)}
    />
  );
  return (
    <div className={`page documents-page${narrow ? ' documents-page--narrow' : ''}${narrow && documentId ? ' documents-page--detail' : ''}`} ref={page}>
      <PageHeader title={t(`documents.areas.${areaKey}.title`)} intro={t(`documents.areas.${areaKey}.intro`)} action={addFiles} />
      <ImportProgress />
      <LibraryBody
        area={area}
        documentId={documentId}
        narrow={narrow}
        list={list}
        query={query}
        onQuery={setQuery}
        tag={tag}
        onTag={setTag}
        focusId={(location.state as ListFocusState | null)?.focusId ?? null}
        addFiles={addFiles}
        detail={detail}
        onOpen={open}
        onRetry={reload}
      />
      <DropOverlay active={dragging} message={t(`documents.areas.${areaKey}.drop`)} />
      <ImportDetailsDialog />
    </div>
  );
}
