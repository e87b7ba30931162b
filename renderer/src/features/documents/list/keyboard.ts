/**
 * Where a key moves the active item in a list of `count` items laid out in `columns`
 * (1 for a list): arrows, Home/End and Page Up/Down; null for any other key.
 */
export function moveIndex(key: string, index: number, count: number, columns: number, pageRows: number): number | null {
  const last = count - 1;
  const clamp = (i: number) => Math.max(0, Math.min(last, i));
  switch (key) {
    case 'ArrowDown':
      return clamp(index + columns);
    case 'ArrowUp':
      return clamp(index - columns);
    case 'ArrowRight':
      return columns > 1 ? clamp(index + 1) : null;
    case 'ArrowLeft':
      return columns > 1 ? clamp(index - 1) : null;
    case 'Home':
      return 0;
    case 'End':
      return last;
    case 'PageDown':
      return clamp(index + pageRows * columns);
    case 'PageUp':
      return clamp(index - pageRows * columns);
    default:
      return null;
  }
}
