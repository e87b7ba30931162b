/**
 * A document being dragged out of the app. On the desktop that drag carries real files,
 * so without this mark it could land back on the window and be imported again.
 */
let dragging = false;

/** Called when a drag out of the app starts. */
export function markDragOut(): void {
  dragging = true;
}

/** True while a drag that started in the app is going on. */
export function isDragOut(): boolean {
  return dragging;
}

/** Called when that drag is over (a drop, dragend, or the pointer moving freely again). */
export function clearDragOut(): void {
  dragging = false;
}
