/**
 * The address to give someone for what is on screen. Inside a portal the frame's own
 * address is the wrong one (another host, no portal around it): with a public URL the
 * link is that URL plus the view's path under the prefix and its query. `embed` never
 * goes along: whoever opens the link gets the page as its setting shows it.
 */
import type { PageConfig } from '../contract/page-config';

export const EMBED_PARAM = 'embed';

export function shareLink(current: string, config: Pick<PageConfig, 'basePath' | 'publicUrl'>): string {
  const url = new URL(current);
  const search = withoutParam(url.search, EMBED_PARAM);
  if (config.publicUrl === null) return `${url.origin}${url.pathname}${search}`;
  const path = `${url.pathname}/` === config.basePath ? config.basePath : url.pathname;
  const inside = path.startsWith(config.basePath) ? path.slice(config.basePath.length) : path.replace(/^\/+/, '');
  return `${config.publicUrl}${inside}${search}`;
}

/** The query without one parameter, the rest exactly as written (URLSearchParams would re-encode `,` and `:`). */
function withoutParam(search: string, name: string): string {
  const kept = search
    .replace(/^\?/, '')
    .split('&')
    .filter((pair) => pair !== '' && decodeURIComponent(pair.split('=')[0]?.replace(/\+/g, ' ') ?? '') !== name);
  return kept.length === 0 ? '' : `?${kept.join('&')}`;
}

/** Whether the page runs embedded: set for the server, or asked for by the address. */
export function embedRequested(config: Pick<PageConfig, 'embed'>, search: string): boolean {
  const value = new URLSearchParams(search).get(EMBED_PARAM);
  return config.embed || value === '1' || value === 'true';
}
