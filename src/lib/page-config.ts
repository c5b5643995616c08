/**
 * The page's runtime configuration, from the meta tag the server puts in index.html.
 * Read once; absent or unreadable (a test page, a server that did not inject it), the
 * page runs as if served at its origin's root with no portal around it.
 */
import { DEFAULT_PAGE_CONFIG, PAGE_CONFIG_META_NAME, pageConfigSchema, type PageConfig } from '../contract/page-config';

export function readPageConfig(doc: Document): PageConfig {
  const content = doc.querySelector(`meta[name="${PAGE_CONFIG_META_NAME}"]`)?.getAttribute('content');
  if (content === null || content === undefined) return DEFAULT_PAGE_CONFIG;
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch {
    return warnedDefault('it is not JSON');
  }
  const parsed = pageConfigSchema.safeParse(json);
  return parsed.success ? parsed.data : warnedDefault(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
}

function warnedDefault(why: string): PageConfig {
  console.warn(`The page configuration was ignored (${why}); running with defaults.`);
  return DEFAULT_PAGE_CONFIG;
}

let cached: PageConfig | undefined;

export function pageConfig(): PageConfig {
  return (cached ??= readPageConfig(document));
}

/**
 * The router's basename: the prefix, when the address is under it (a server reached
 * directly, without the prefix its reverse proxy adds, still shows the app). Kept with
 * its trailing slash: the router then links the home view as `/call-log/`, not
 * `/call-log`, which would put the page's relative URLs one level up.
 */
export function routerBasename(config: PageConfig, pathname: string): string {
  return pathname.startsWith(config.basePath) ? config.basePath : '/';
}
