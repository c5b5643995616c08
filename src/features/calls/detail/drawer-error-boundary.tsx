/**
 * Keeps a failure inside the drawer: if its code cannot be loaded (a deploy replaced the
 * chunk, the network dropped) or it fails to render, the drawer says so, with a Retry
 * that loads it again, and the table behind it keeps working, instead of the whole page
 * going blank.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Button } from '../../../components/button';
import { CallDrawerShell } from './call-drawer-shell';

interface Props {
  callId: number;
  onClose: () => void;
  /** Makes the drawer's code load again (its `retryableLazy`'s `retry`) before it renders anew. */
  onRetry?: () => void;
  children: ReactNode;
}

export class DrawerErrorBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidUpdate(previous: Props) {
    // Another call (Back, Forward, a new link) gets a fresh try.
    if (previous.callId !== this.props.callId && this.state.error !== null) this.retry();
  }

  retry = () => {
    this.props.onRetry?.();
    this.setState({ error: null });
  };

  override componentWillUnmount() {
    if (this.state.error !== null) this.props.onRetry?.();
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('The call drawer failed', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    return (
      <CallDrawerShell title={`Call ${this.props.callId}`} onClose={this.props.onClose}>
        <div role="alert" className="drawer-failure">
          <p>This call could not be shown. Retry, or reload the page if that does not help.</p>
          <p className="drawer-failure__actions">
            <Button onClick={this.retry}>Retry</Button>
            <Button variant="secondary" onClick={() => window.location.reload()}>
              Reload the page
            </Button>
          </p>
        </div>
      </CallDrawerShell>
    );
  }
}
