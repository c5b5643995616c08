/**
 * The address to give someone for what is on screen. Inside a portal the frame's own
 * address is the wrong one (another host, no portal around it): with a public URL the
 * link is that URL with the view's query added to its own, and, when the URL is a
 * folder (ends in `/`), the view's path under the prefix. A portal page addressed as a
 * file or by its query (`…/Calls.aspx`, `index.php?page=calls`) keeps its address
 * as it is. `embed` never goes along: whoever opens the link gets the page as its
 * setting shows it.
 */
import type { PageConfig } from '../contract/page-config';
import { EMBED_PARAM } from './embed-param';

export function shareLink(current: string, config: Pick<PageConfig, 'basePath' | 'publicUrl'>): string {
  const url = new URL(current);
  const search = withoutParam(url.search, EMBED_PARAM);
  if (config.publicUrl === null) return `${url.origin}${url.pathname}${search}`;
  const path = `${url.pathname}/` === config.basePath ? config.basePath : url.pathname;
  const inside = path.startsWith(config.basePath) ? path.slice(config.basePath.length) : path.replace(/^\/+/, '');
  const portal = new URL(config.publicUrl);
  const portalPath = portal.pathname.endsWith('/') ? `${portal.pathname}${inside}` : portal.pathname;
  const query = [portal.search, search].map((q) => q.replace(/^\?/, '')).filter((q) => q !== '').join('&');
  return `${portal.origin}${portalPath}${query === '' ? '' : `?${query}`}${portal.hash}`;
}

/** The query without one parameter, the rest exactly as written (URLSearchParams would re-encode `,` and `:`). */
function withoutParam(search: string, name: string): string {
  const kept = search
    .replace(/^\?/, '')
    .split('&')
    .filter((pair) => pair !== '' && keyOf(pair) !== name);
  return kept.length === 0 ? '' : `?${kept.join('&')}`;
}

/** A pair's decoded key; a malformed escape (`%zz`, typed into an address) is kept as written. */
function keyOf(pair: string): string {
  const raw = (pair.split('=')[0] ?? '').replace(/\+/g, ' ');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
