import type { KeyboardEvent } from 'react';

/** Up/Down move focus between the links of a list, Home/End jump to the ends; Tab still leaves it. */
export function moveBetweenLinks(event: KeyboardEvent<HTMLElement>): void {
  if (!['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(event.key)) return;
  const links = Array.from(event.currentTarget.querySelectorAll<HTMLAnchorElement>('a.pick-option'));
  const index = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (index < 0 || links.length === 0) return;
  event.preventDefault();
  const last = links.length - 1;
  const next = event.key === 'Home' ? 0 : event.key === 'End' ? last : event.key === 'ArrowDown' ? Math.min(last, index + 1) : Math.max(0, index - 1);
  links[next].focus();
  links[next].scrollIntoView?.({ block: 'nearest' });
}
