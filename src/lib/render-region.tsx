/**
 * A named part of the page whose renders can be counted: in the profiling build
 * (`vite build --mode profiling`, which also swaps in React's profiling renderer; see
 * bench/renders-per-change.ts) each commit that renders anything inside it is counted in
 * `window.renderCounts`. In every other build it is its children and nothing more: the
 * counting code is left out of the bundle.
 */
import { Profiler, type ProfilerOnRenderCallback, type ReactNode } from 'react';

export type RenderRegionName = 'heading' | 'toolbar' | 'tiles' | 'charts' | 'table' | 'pagination' | 'drawer';

/** Per region: commits that rendered something in it, by phase. */
export type RenderCounts = Partial<Record<RenderRegionName, { mount: number; update: number }>>;

declare global {
  interface Window {
    renderCounts?: RenderCounts;
    /** `performance.now()` of the latest counted commit. */
    lastRenderAt?: number;
  }
}

const countRender: ProfilerOnRenderCallback = (id, phase) => {
  const counts = (window.renderCounts ??= {});
  const region = (counts[id as RenderRegionName] ??= { mount: 0, update: 0 });
  if (phase === 'mount') region.mount += 1;
  else region.update += 1;
  window.lastRenderAt = performance.now();
};

export function RenderRegion({ name, children }: { name: RenderRegionName; children: ReactNode }) {
  if (import.meta.env.MODE !== 'profiling') return children;
  return (
    <Profiler id={name} onRender={countRender}>
      {children}
    </Profiler>
  );
}
