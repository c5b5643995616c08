/**
 * What the app posts to the window around it (documented in the README): its content
 * height, so the portal can size the frame, and the view's address, so the portal can
 * mirror it. `source` and `version` let a listener ignore everything else. What the
 * portal may send back is in host-messages.ts.
 */
export type ParentMessage =
  | { source: 'call-log'; version: 1; type: 'resize'; height: number }
  | {
      source: 'call-log';
      version: 1;
      type: 'location';
      /** The frame's own address, embed parameter included: what to load in the frame again. */
      url: string;
      /** The address to share: the portal-facing one when PUBLIC_URL is set; never with embed. */
      publicUrl: string;
    };

export const resizeMessage = (height: number): ParentMessage => ({ source: 'call-log', version: 1, type: 'resize', height });

export const locationMessage = (url: string, publicUrl: string): ParentMessage => ({
  source: 'call-log',
  version: 1,
  type: 'location',
  url,
  publicUrl,
});
