import { Fragment, useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { ArrowRightLeft, ChevronDown } from 'lucide-react';
import { CLOSED_STAGES, STAGE_ICON, STAGES, stageLabel, type StageId } from '../stages';
import './move-menu.css';

export interface MoveMenuProps {
  current: StageId;
  onMove(stage: StageId): void;
  /** Ids of elements that name the job, read after "Move to…" (cards list many jobs). */
  jobLabelId?: string;
  /** -1 keeps it out of the Tab order (inactive board cards). */
  tabIndex?: number;
  className?: string;
}

/**
 * "Move to…": a button and a menu of stages, for everyone who can't or won't drag.
 * Arrow keys, Home and End move in the menu, Enter chooses, Esc closes and returns to the button.
 */
export function MoveMenu({ current, onMove, jobLabelId, tabIndex, className }: MoveMenuProps) {
  const { t } = useTranslation();
  const buttonId = useId();
  const menuId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);
  const [place, setPlace] = useState<{ top: number; left: number } | null>(null);
  const choices = STAGES.filter((s) => s !== current);

  const close = useCallback((refocus: boolean) => {
    setOpen(false);
    setPlace(null);
    if (refocus) button.current?.focus();
  }, []);

  // Fixed to the window, beside the button, so a scrolling column can't clip it; it follows the
  // button when something scrolls, and closes once the button is out of sight.
  const placeMenu = useCallback(() => {
    if (!button.current || !menu.current) return;
    const from = button.current.getBoundingClientRect();
    if (from.bottom < 0 || from.top > window.innerHeight) return close(false);
    const size = menu.current.getBoundingClientRect();
    const below = from.bottom + 4 + size.height <= window.innerHeight;
    const top = below ? from.bottom + 4 : Math.max(4, from.top - 4 - size.height);
    const left = Math.max(4, Math.min(from.right - size.width, window.innerWidth - size.width - 4));
    setPlace({ top, left });
  }, [close]);
  useLayoutEffect(() => {
    if (open) placeMenu();
  }, [open, placeMenu]);
  // The first choice takes the focus once the menu is where it belongs (hidden things can't take focus).
  const placed = place !== null;
  useEffect(() => {
    if (open && placed) menu.current?.querySelector<HTMLElement>('[role=menuitem]')?.focus({ preventScroll: true });
  }, [open, placed]);

  useEffect(() => {
    if (!open) return;
    const outside = (event: Event) => {
      const target = event.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) close(false);
    };
    const follow = (event: Event) => {
      if (!menu.current?.contains(event.target as Node)) placeMenu();
    };
    document.addEventListener('pointerdown', outside, true);
    window.addEventListener('scroll', follow, true);
    window.addEventListener('resize', follow);
    return () => {
      document.removeEventListener('pointerdown', outside, true);
      window.removeEventListener('scroll', follow, true);
      window.removeEventListener('resize', follow);
    };
  }, [open, close, placeMenu]);

  const onMenuKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = Array.from(menu.current?.querySelectorAll<HTMLElement>('[role=menuitem]') ?? []);
    const at = items.indexOf(document.activeElement as HTMLElement);
    const go = (i: number) => items[(i + items.length) % items.length]?.focus();
    if (event.key === 'ArrowDown') go(at + 1);
    else if (event.key === 'ArrowUp') go(at - 1);
    else if (event.key === 'Home') go(0);
    else if (event.key === 'End') go(items.length - 1);
    else if (event.key === 'Escape') close(true);
    else if (event.key === 'Tab') return close(false);
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  const choose = (stage: StageId) => {
    close(true);
    onMove(stage);
  };

  return (
    <>
      <button
        ref={button}
        id={buttonId}
        type="button"
        className={['move-menu__button', className].filter(Boolean).join(' ')}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-labelledby={jobLabelId ? `${buttonId}-text ${jobLabelId}` : undefined}
        tabIndex={tabIndex}
        onClick={() => (open ? close(false) : setOpen(true))}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && !open) {
            event.preventDefault();
            event.stopPropagation();
            setOpen(true);
          }
        }}
      >
        <ArrowRightLeft aria-hidden="true" />
        <span id={`${buttonId}-text`}>{t('jobs.move.button')}</span>
        <ChevronDown aria-hidden="true" />
      </button>
      {open
        ? createPortal(
            <div
              ref={menu}
              id={menuId}
              role="menu"
              aria-labelledby={buttonId}
              className="move-menu"
              style={place ? { top: place.top, left: place.left } : { visibility: 'hidden', top: 0, left: 0 }}
              onKeyDown={onMenuKey}
            >
              {choices.map((stage, index) => {
                const Icon = STAGE_ICON[stage];
                const firstClosed = stage === choices.find((s) => (CLOSED_STAGES as readonly string[]).includes(s));
                return (
                  <Fragment key={stage}>
                    {firstClosed && index > 0 ? <div role="separator" className="move-menu__separator" /> : null}
                    <button type="button" role="menuitem" tabIndex={-1} className={`move-menu__item stage--${stage}`} onClick={() => choose(stage)}>
                      <Icon aria-hidden="true" />
                      <span>{stageLabel(t, stage)}</span>
                    </button>
                  </Fragment>
                );
              })}
            </div>,
            document.body,
          )
        : null}
    </>
  );
}
