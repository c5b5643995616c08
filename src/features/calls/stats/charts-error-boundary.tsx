/**
 * Keeps a failure inside the charts: if their code cannot be loaded (a deploy replaced
 * the chunk, the network dropped) or they fail to draw, the charts' place says so and
 * the tiles and the table keep working, instead of the whole page going blank.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Button } from '../../../components/button';

export class ChartsErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('The summary charts failed', error, info.componentStack);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div role="alert" className="call-summary__note">
        <p>The charts could not be shown. Reloading the page usually helps.</p>
        <Button variant="secondary" onClick={() => window.location.reload()}>
          Reload the page
        </Button>
      </div>
    );
  }
}
