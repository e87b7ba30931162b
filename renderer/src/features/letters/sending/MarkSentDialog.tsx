import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isCalendarDate } from '../../../../../shared/domain/jobs';
import { MESSAGE_CHANNELS, type MessageChannel } from '../../../../../shared/domain/messages';
import { today } from '../../../db';
import { useLanguage } from '../../../i18n/use-language';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { RadioGroup, TextField } from '../../../ui/Field';
import { formatDay } from '../../contacts/shared/calendar';
import { ErrorSummary, useFocusFirstField } from '../../contacts/shared/ErrorSummary';

export interface MarkSentDialogProps {
  open: boolean;
  /** The channel it most likely went by: the one chosen in the wizard, else the letter type's. */
  channel: MessageChannel;
  onClose(): void;
  onConfirm(details: { at: string; channel: MessageChannel }): Promise<boolean>;
}

/** When and how the letter went; today and the likely channel are filled in. */
export function MarkSentDialog({ open, channel, onClose, onConfirm }: MarkSentDialogProps) {
  const { t } = useTranslation();
  const [session, setSession] = useState(0);
  const close = () => {
    onClose();
    setSession((n) => n + 1);
  };
  return (
    <Dialog
      open={open}
      title={t('letters.send.title')}
      closeLabel={t('letters.send.close')}
      onClose={close}
      actions={
        <>
          <Button onClick={close}>{t('letters.send.cancel')}</Button>
          <Button type="submit" form="mark-sent-form" variant="primary">
            {t('letters.send.save')}
          </Button>
        </>
      }
    >
      {open ? <MarkSentForm key={session} channel={channel} onConfirm={onConfirm} /> : null}
    </Dialog>
  );
}

function MarkSentForm({ channel: likely, onConfirm }: Pick<MarkSentDialogProps, 'channel' | 'onConfirm'>) {
  const { t } = useTranslation();
  const language = useLanguage();
  const now = today();
  const [at, setAt] = useState(now);
  const [channel, setChannel] = useState<MessageChannel>(likely);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstField(form);
  const example = formatDay(now, language, false);
  const problem = !isCalendarDate(at) ? t('letters.send.dateInvalid', { example }) : at > now ? t('letters.send.dateFuture') : null;
  const shown = attempt > 0 ? problem : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    if (problem || busy) return;
    setBusy(true);
    if (!(await onConfirm({ at, channel }))) setBusy(false);
  };

  return (
    <form ref={form} id="mark-sent-form" className="form-dialog" onSubmit={(event) => void submit(event)} noValidate>
      <p>{t('letters.send.intro')}</p>
      <ErrorSummary title={t('letters.send.problems')} attempt={attempt} problems={shown ? [{ field: 'sent-at', message: shown }] : []} />
      <TextField name="sent-at" type="date" max={now} label={t('letters.send.date')} hint={t('letters.send.dateHint', { example })} error={shown ?? undefined} value={at} onChange={(event) => setAt(event.target.value)} />
      <RadioGroup<MessageChannel>
        legend={t('letters.send.channel')}
        name="sent-channel"
        value={channel}
        choices={MESSAGE_CHANNELS.map((value) => ({ value, label: t(`messages.channels.${value}`) }))}
        onChange={setChannel}
      />
    </form>
  );
}
