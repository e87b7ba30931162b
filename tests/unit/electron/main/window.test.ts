import type { Rectangle } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  MIN_HEIGHT,
  MIN_WIDTH,
  mainWindowOptions,
  placeOnScreen,
  trackWindowBounds,
  type BoundsSource,
} from '../../../../electron/main/window';
import type { WindowBounds } from '../../../../shared/contract';

const PRIMARY: Rectangle = { x: 0, y: 0, width: 1920, height: 1080 };
const LEFT_MONITOR: Rectangle = { x: -1920, y: 0, width: 1920, height: 1080 };
const saved = (b: Partial<WindowBounds>): WindowBounds => ({ x: 100, y: 80, width: 1000, height: 700, maximized: false, ...b });

describe('mainWindowOptions', () => {
  const options = mainWindowOptions(saved({}), [PRIMARY], '/app/out/preload/index.cjs');

  it('fixes the security settings of ARCHITECTURE.md', () => {
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    });
  });

  it('sets the minimum size and starts hidden (shown on ready-to-show)', () => {
    expect(MIN_WIDTH).toBe(900);
    expect(MIN_HEIGHT).toBe(600);
    expect(options).toMatchObject({ minWidth: 900, minHeight: 600, show: false });
  });

  it('opens at the remembered place', () => {
    expect(options).toMatchObject({ x: 100, y: 80, width: 1000, height: 700 });
  });
});

describe('placeOnScreen', () => {
  it('uses the default size, and no position, when nothing was saved', () => {
    expect(placeOnScreen(null, [PRIMARY])).toEqual({ width: 1280, height: 820 });
  });

  it('keeps the saved size and place on a connected display', () => {
    expect(placeOnScreen(saved({}), [PRIMARY])).toEqual({ x: 100, y: 80, width: 1000, height: 700 });
  });

  it('keeps a place on a second monitor at negative coordinates while it is connected', () => {
    const onLeft = saved({ x: -1500, y: 200 });
    expect(placeOnScreen(onLeft, [LEFT_MONITOR, PRIMARY])).toEqual({ x: -1500, y: 200, width: 1000, height: 700 });
  });

  it.each<[string, Partial<WindowBounds>]>([
    ['on a monitor to the left that was unplugged', { x: -1500, y: 200 }],
    ['far to the right of every display', { x: 3000, y: 100 }],
    ['below every display', { x: 100, y: 2000 }],
    ['with its title bar above the top edge', { x: 100, y: -40 }],
    ['with only a sliver showing on the right', { x: 1900, y: 100 }],
  ])('drops x/y for a window saved %s, keeping its size', (_case, b) => {
    const placed = placeOnScreen(saved(b), [PRIMARY]);
    expect(placed).toEqual({ width: 1000, height: 700 });
    expect(placed).not.toHaveProperty('x');
    expect(placed).not.toHaveProperty('y');
  });

  it('drops x/y when no display is reported at all', () => {
    expect(placeOnScreen(saved({}), [])).toEqual({ width: 1000, height: 700 });
  });

  it('enforces the minimum size', () => {
    expect(placeOnScreen(saved({ width: 400, height: 300 }), [PRIMARY])).toEqual({ x: 100, y: 80, width: 900, height: 600 });
  });

  it('uses the saved size without a position when none was saved', () => {
    expect(placeOnScreen(saved({ x: undefined, y: undefined, width: 1100 }), [PRIMARY])).toEqual({ width: 1100, height: 700 });
  });
});

describe('trackWindowBounds', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  /** A BrowserWindow stand-in whose events the test fires by hand. */
  function fakeWindow() {
    const listeners = new Map<string, () => void>();
    const state = { bounds: { x: 10, y: 20, width: 1000, height: 700 }, maximized: false };
    const win: BoundsSource = {
      on: (event, listener) => listeners.set(event, listener),
      getNormalBounds: () => ({ ...state.bounds }),
      isMaximized: () => state.maximized,
    };
    const fire = (event: 'resize' | 'move' | 'close') => {
      const listener = listeners.get(event);
      if (!listener) throw new Error(`nothing listens to ${event}`);
      listener();
    };
    return { win, state, fire };
  }

  it('saves once, shortly after a burst of resizes and moves, with the latest bounds', () => {
    const { win, state, fire } = fakeWindow();
    const save = vi.fn();
    trackWindowBounds(win, save);
    fire('resize');
    vi.advanceTimersByTime(300);
    state.bounds = { x: 50, y: 60, width: 1200, height: 800 };
    fire('move');
    vi.advanceTimersByTime(499);
    expect(save).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(save).toHaveBeenCalledExactlyOnceWith({ x: 50, y: 60, width: 1200, height: 800, maximized: false });
    vi.advanceTimersByTime(5000);
    expect(save).toHaveBeenCalledOnce();
  });

  it('honours a custom delay', () => {
    const { win, fire } = fakeWindow();
    const save = vi.fn();
    trackWindowBounds(win, save, 100);
    fire('move');
    vi.advanceTimersByTime(99);
    expect(save).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(save).toHaveBeenCalledOnce();
  });

  it('saves immediately on close with the maximised flag, and drops the pending save', () => {
    const { win, state, fire } = fakeWindow();
    const save = vi.fn();
    trackWindowBounds(win, save);
    fire('resize');
    state.maximized = true;
    fire('close');
    expect(save).toHaveBeenCalledExactlyOnceWith({ x: 10, y: 20, width: 1000, height: 700, maximized: true });
    vi.advanceTimersByTime(5000);
    expect(save).toHaveBeenCalledOnce();
  });
});
