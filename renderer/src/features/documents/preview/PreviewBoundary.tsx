import { Component, type ReactNode } from 'react';

/** Catches a previewer that crashed (a broken file, a failed chunk load) and shows `fallback` instead of a blank pane. */
export class PreviewBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    // Technical detail for whoever reads the log; the user sees the plain fallback.
    console.warn('Preview failed.', error);
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
