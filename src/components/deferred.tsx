/**
 * A part of the page whose code is a chunk of its own (`React.lazy`), not needed for the
 * first rows. Until the chunk arrives, `fallback` holds its place. If it cannot be loaded
 * (a deploy replaced the chunk, the network dropped) or fails to render, the fallback
 * stays and the rest of the page keeps working, instead of the whole page going blank.
 */
import { Component, Suspense, type ErrorInfo, type ReactNode } from 'react';

interface DeferredProps {
  /** What shows while the code loads and if it fails: nothing unless given. */
  fallback?: ReactNode;
  children: ReactNode;
}

export function Deferred({ fallback = null, children }: DeferredProps) {
  return (
    <DeferredBoundary fallback={fallback}>
      <Suspense fallback={fallback}>{children}</Suspense>
    </DeferredBoundary>
  );
}

class DeferredBoundary extends Component<Required<DeferredProps>, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('A part of the page could not be shown', error, info.componentStack);
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
