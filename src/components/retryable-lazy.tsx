/**
 * `React.lazy` that can be tried again. A lazy component whose import failed stays failed
 * (React keeps the rejected promise), so `retry()` makes a fresh one for the next render;
 * the loader must not keep a failed promise either (a plain `import()` does not).
 */
import { lazy, type ComponentType } from 'react';

export function retryableLazy<P extends object>(load: () => Promise<{ default: ComponentType<P> }>) {
  let Current = lazy(load);
  function Retryable(props: P) {
    return <Current {...props} />;
  }
  return Object.assign(Retryable, {
    retry: () => {
      Current = lazy(load);
    },
  });
}
