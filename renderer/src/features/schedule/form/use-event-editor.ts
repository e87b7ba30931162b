import { useCallback, useState } from 'react';
import type { EditorRequest, EventDialogProps } from './EventDialog';

/** The event dialog's state for a page: open it with a request; each opening starts a fresh form. */
export function useEventEditor(): { open(request: EditorRequest): void; dialog: EventDialogProps } {
  const [state, setState] = useState<{ request: EditorRequest | null; session: number }>({ request: null, session: 0 });
  const open = useCallback((request: EditorRequest) => setState((s) => ({ request, session: s.session + 1 })), []);
  const onClose = useCallback(() => setState((s) => ({ ...s, request: null })), []);
  return { open, dialog: { request: state.request, session: state.session, onClose } };
}
