import { useTranslation } from 'react-i18next';
import { ArrowLeft, FileSearch } from 'lucide-react';
import type { DocumentKind, LibraryDocument } from '../../../../../shared/contract';
import { Button } from '../../../ui/Button';
import { AREA_KEY, type Area } from '../areas';
import type { Importer } from '../importing/use-importer';
import { useDocuments } from '../store';
import { DocumentDetail } from './DocumentDetail';
import './detail.css';

export interface DetailPaneProps {
  area: Area;
  documentId: string | undefined;
  narrow: boolean;
  importer: Importer;
  onBack(): void;
  onDelete(doc: LibraryDocument): void;
  onMove(doc: LibraryDocument, kind: DocumentKind): void;
}

/** The right pane: the chosen document, or a hint to choose one, or why it can't be shown. */
export function DetailPane(props: DetailPaneProps) {
  const { t } = useTranslation();
  const doc = useDocuments((s) => (props.documentId ? s.byId[props.documentId] : undefined));
  const loaded = useDocuments((s) => s.loaded);
  const areaTitle = t(`documents.areas.${AREA_KEY[props.area]}.title`);
  const back = props.narrow ? (
    <Button variant="quiet" className="detail__back" icon={<ArrowLeft />} onClick={props.onBack}>
      {t('documents.detail.backTo', { area: areaTitle })}
    </Button>
  ) : null;

  if (!props.documentId) {
    return (
      <aside className="detail detail--empty" aria-label={t('documents.detail.label')}>
        <FileSearch aria-hidden="true" className="detail__empty-icon" />
        <p>{t('documents.detail.noSelection')}</p>
      </aside>
    );
  }
  if (!doc) {
    return (
      <section className="detail" aria-label={t('documents.detail.label')}>
        {back}
        {loaded ? (
          <>
            <h2>{t('documents.detail.notFoundTitle')}</h2>
            <p>{t('documents.detail.notFoundBody')}</p>
          </>
        ) : (
          <p role="status">{t('documents.page.loading')}</p>
        )}
      </section>
    );
  }
  return <DocumentDetail key={doc.id} doc={doc} back={back} {...props} />;
}
