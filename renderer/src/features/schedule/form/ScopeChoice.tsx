import { useTranslation } from 'react-i18next';
import { RadioGroup } from '../../../ui/Field';
import type { SeriesScope } from '../data/save-event';

export interface ScopeChoiceProps {
  value: SeriesScope;
  onChange(value: SeriesScope): void;
  /** 'change' or 'delete': the question is worded for what is about to happen. */
  action: 'change' | 'delete';
  /** The occurrence, in words ("Tuesday, December 9"). */
  when: string;
  /** False when the repetition itself changed: one occurrence can't repeat on its own. */
  allowThis?: boolean;
}

/** "This event is part of a series": change or delete only this one, this and the following, or all of them. */
export function ScopeChoice({ value, onChange, action, when, allowThis = true }: ScopeChoiceProps) {
  const { t } = useTranslation();
  const choices: { value: SeriesScope; label: string }[] = [
    ...(allowThis ? [{ value: 'this' as const, label: t('schedule.scope.this', { when }) }] : []),
    { value: 'following', label: t('schedule.scope.following', { when }) },
    { value: 'all', label: t('schedule.scope.all') },
  ];
  return (
    <RadioGroup<SeriesScope>
      legend={action === 'change' ? t('schedule.scope.changeQuestion') : t('schedule.scope.deleteQuestion')}
      hint={allowThis ? undefined : t('schedule.scope.repeatChanged')}
      name={`scope-${action}`}
      value={value}
      onChange={onChange}
      choices={choices}
    />
  );
}
