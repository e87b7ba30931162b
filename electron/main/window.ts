import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';
import type { WindowBounds } from '../../shared/contract';

export const MIN_WIDTH = 900;
export const MIN_HEIGHT = 600;
const DEFAULT_SIZE = { width: 1280, height: 820 };

/**
 * The main window's options: the security settings of ARCHITECTURE.md are fixed here
 * and nowhere else, so a test can read them off.
 */
export function mainWindowOptions(
  bounds: WindowBounds | null,
  displays: Rectangle[],
  preloadPath: string,
): BrowserWindowConstructorOptions {
  const placed = placeOnScreen(bounds, displays);
  return {
    ...placed,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    show: false,
    title: 'Career Organizer',
    backgroundColor: '#f7f7f5',
    autoHideMenuBar: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
      navigateOnDragDrop: false,
    },
  };
}

/**
 * Uses the remembered size and place when it still fits a connected screen; a window
 * saved on a monitor that is gone reopens centred instead of off-screen.
 */
export function placeOnScreen(
  bounds: WindowBounds | null,
  displays: Rectangle[],
): { width: number; height: number; x?: number; y?: number } {
  if (!bounds) return { ...DEFAULT_SIZE };
  const width = Math.max(MIN_WIDTH, bounds.width);
  const height = Math.max(MIN_HEIGHT, bounds.height);
  if (bounds.x === undefined || bounds.y === undefined) return { width, height };
  const { x, y } = bounds;
  const visible = displays.some(
    (d) => x + 100 <= d.x + d.width && x + width - 100 >= d.x && y >= d.y && y + 50 <= d.y + d.height,
  );
  return visible ? { width, height, x, y } : { width, height };
}

/** The parts of a BrowserWindow that bounds tracking reads. */
export interface BoundsSource {
  on(event: 'resize' | 'move' | 'close', listener: () => void): unknown;
  getNormalBounds(): Rectangle;
  isMaximized(): boolean;
}

/** Saves the window's size, place and maximised state shortly after it settles, and on close. */
export function trackWindowBounds(win: BoundsSource, save: (bounds: WindowBounds) => void, delayMs = 500): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const saveNow = () => {
    clearTimeout(timer);
    const { x, y, width, height } = win.getNormalBounds();
    save({ x, y, width, height, maximized: win.isMaximized() });
  };
  const saveSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(saveNow, delayMs);
  };
  win.on('resize', saveSoon);
  win.on('move', saveSoon);
  win.on('close', saveNow);
}
