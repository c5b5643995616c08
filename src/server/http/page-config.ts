/**
 * Tells the page where it lives: `<base href>` first in <head>, so the built page's
 * relative URLs (assets, `api/…`) resolve under the prefix from any client route; then
 * the runtime settings as a meta tag the browser reads (an inline script would be
 * refused by the CSP).
 */
import { PAGE_CONFIG_META_NAME, type PageConfig } from '../../contract/page-config';
import type { ServerConfig } from '../config/load-config';

/** What the page is told: the settings above, and whether the calls come from the sandbox. */
type PageSettings = Pick<ServerConfig, 'basePath' | 'publicUrl' | 'embed' | 'frameAncestors'> & { upstream: 'sandbox' | 'convirza' };

export function pageConfigOf(config: PageSettings): PageConfig {
  return {
    basePath: config.basePath,
    publicUrl: config.publicUrl ?? null,
    embed: config.embed,
    frameAncestors: config.frameAncestors,
    sandbox: config.upstream === 'sandbox',
  };
}

export function injectPageConfig(html: string, page: PageConfig): string {
  const tags =
    `<base href="${escapeHtml(page.basePath)}">` +
    `<meta name="${PAGE_CONFIG_META_NAME}" content="${escapeHtml(JSON.stringify(page))}">`;
  // Without a <head> tag the head is implied: tags before any content still land in it.
  const opening = /<head(\s[^>]*)?>/i.exec(html) ?? /^\s*<!doctype[^>]*>/i.exec(html);
  const at = opening === null ? 0 : opening.index + opening[0].length;
  return html.slice(0, at) + tags + html.slice(at);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
