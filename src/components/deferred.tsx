/**
 * A part of the page whose code is a chunk of its own (`React.lazy`), not needed for the
 * first rows. Until the chunk arrives, `fallback` holds its place. If it cannot be loaded
 * (a deploy replaced the chunk, the network dropped) or fails to render, `failure` shows
 * (else the fallback stays) and the rest of the page keeps working, instead of the whole
 * page going blank.
 */
import { Component, Suspense, type ErrorInfo, type ReactNode } from 'react';

interface DeferredProps {
  /** What shows while the code loads, and if it fails when no `failure` is given: nothing unless given. */
  fallback?: ReactNode;
  /** What shows if it fails, handed a retry that calls `onRetry` and renders the part anew. */
  failure?: (retry: () => void) => ReactNode;
  /** Makes the part's code load again (`retryableLazy`'s `retry`). */
  onRetry?: () => void;
  children: ReactNode;
}

export function Deferred({ fallback = null, failure, onRetry, children }: DeferredProps) {
  return (
    <DeferredBoundary fallback={fallback} failure={failure} onRetry={onRetry}>
      <Suspense fallback={fallback}>{children}</Suspense>
    </DeferredBoundary>
  );
}

class DeferredBoundary extends Component<DeferredProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('A part of the page could not be shown', error, info.componentStack);
  }

  // A part that failed gets a fresh try the next time it is shown (a call opened again).
  override componentWillUnmount() {
    if (this.state.failed) this.props.onRetry?.();
  }

  retry = () => {
    this.props.onRetry?.();
    this.setState({ failed: false });
  };

  override render() {
    const { failed } = this.state;
    const { failure, fallback, children } = this.props;
    if (!failed) return children;
    return failure === undefined ? fallback : failure(this.retry);
  }
}
