import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckCircle2, Info, TriangleAlert, X } from 'lucide-react';
import { useToasts, type Toast } from '../stores/toasts';
import './toasts.css';

const ICONS = { info: Info, success: CheckCircle2, error: TriangleAlert };

/** Where toasts appear. Polite for news, assertive for errors, so screen readers hear both. */
export function ToastRegion() {
  const { t } = useTranslation();
  const toasts = useToasts((s) => s.toasts);
  return (
    <section className="toasts" aria-label={t('toast.region')}>
      <div role="status" aria-live="polite" className="toasts__list">
        {toasts.filter((x) => x.tone !== 'error').map((toast) => <ToastItem key={toast.id} toast={toast} />)}
      </div>
      <div role="alert" aria-live="assertive" className="toasts__list">
        {toasts.filter((x) => x.tone === 'error').map((toast) => <ToastItem key={toast.id} toast={toast} />)}
      </div>
    </section>
  );
}

function ToastItem({ toast }: { toast: Toast }) {
  const { t } = useTranslation();
  const dismiss = useToasts((s) => s.dismiss);
  const Icon = ICONS[toast.tone];
  useEffect(() => {
    if (!toast.timeoutMs) return;
    const timer = setTimeout(() => dismiss(toast.id), toast.timeoutMs);
    return () => clearTimeout(timer);
  }, [toast, dismiss]);
  return (
    <div className={`toast toast--${toast.tone}`}>
      <Icon className="toast__icon" aria-hidden="true" />
      <p className="toast__message">{toast.message}</p>
      {toast.action ? (
        <button
          type="button"
          className="toast__action"
          onClick={() => {
            toast.action?.run();
            dismiss(toast.id);
          }}
        >
          {toast.action.label}
        </button>
      ) : null}
      <button type="button" className="toast__close" onClick={() => dismiss(toast.id)} aria-label={t('toast.close')}>
        <X aria-hidden="true" />
      </button>
    </div>
  );
}
