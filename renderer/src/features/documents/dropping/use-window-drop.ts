import { useEffect, useEffectEvent, useState } from 'react';
import type { PickedFile } from '../../../api/transport';
import { collectDropped, snapshotDrop } from './collect-dropped';
import { clearDragOut, isDragOut } from './internal-drag';

// Browsers repeat dragover while a drag is over the page; if they stop, the drag ended
// somewhere we were not told about (Esc outside the window, a lost dragleave).
const WATCHDOG_MS = 1500;

function carriesFiles(event: DragEvent): boolean {
  return !isDragOut() && Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

/**
 * Makes the whole window a drop target for files and folders while the page is open.
 * Returns whether files are being dragged over it (to show the overlay).
 */
export function useWindowDrop(onDrop: (files: PickedFile[], folderFailed: boolean) => void, walkFolders: boolean): boolean {
  const [active, setActive] = useState(false);
  // The listeners stay put for the page's life; the count below must not reset when the page re-renders.
  const deliver = useEffectEvent((files: PickedFile[], failed: boolean) => onDrop(files, failed));
  useEffect(() => {
    // dragenter/dragleave fire for every element crossed; the count tells when the drag really left.
    let depth = 0;
    let watchdog: ReturnType<typeof setTimeout> | undefined;
    const reset = () => {
      depth = 0;
      clearTimeout(watchdog);
      setActive(false);
    };
    const keepAlive = () => {
      clearTimeout(watchdog);
      watchdog = setTimeout(reset, WATCHDOG_MS);
    };
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth += 1;
      setActive(true);
      keepAlive();
    };
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault(); // says "you may drop here"
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
      setActive(true);
      keepAlive();
    };
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) reset();
    };
    const drop = (event: DragEvent) => {
      const ours = isDragOut();
      clearDragOut();
      if (ours || !event.dataTransfer || !Array.from(event.dataTransfer.types ?? []).includes('Files')) return;
      event.preventDefault(); // or the browser opens the file in place of the app
      reset();
      const snapshot = snapshotDrop(event.dataTransfer, walkFolders);
      void collectDropped(snapshot).then(({ files, failed }) => deliver(files, failed));
    };
    const end = () => {
      clearDragOut();
      reset();
    };
    // A drag out of the app on the desktop ends outside our events; a free pointer means it is over.
    const pointer = (event: MouseEvent) => {
      if (event.buttons === 0) clearDragOut();
    };
    const options = { capture: true };
    window.addEventListener('dragenter', enter, options);
    window.addEventListener('dragover', over, options);
    window.addEventListener('dragleave', leave, options);
    window.addEventListener('drop', drop, options);
    window.addEventListener('dragend', end, options);
    window.addEventListener('mousemove', pointer, options);
    return () => {
      clearTimeout(watchdog);
      window.removeEventListener('dragenter', enter, options);
      window.removeEventListener('dragover', over, options);
      window.removeEventListener('dragleave', leave, options);
      window.removeEventListener('drop', drop, options);
      window.removeEventListener('dragend', end, options);
      window.removeEventListener('mousemove', pointer, options);
    };
  }, [walkFolders]);
  return active;
}
