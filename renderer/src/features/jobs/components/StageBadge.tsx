import { useTranslation } from 'react-i18next';
import { STAGE_ICON, stageLabel, type StageId } from '../stages';
import './stages.css';

/** A stage as its icon and name on a tinted tag: never colour alone. */
export function StageBadge({ stage, id }: { stage: StageId; id?: string }) {
  const { t } = useTranslation();
  const Icon = STAGE_ICON[stage];
  return (
    <span className={`stage-badge stage--${stage}`} id={id}>
      <Icon aria-hidden="true" />
      {stageLabel(t, stage)}
    </span>
  );
}
