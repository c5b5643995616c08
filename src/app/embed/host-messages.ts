/**
 * What the portal page may post to the app (documented in the README). Anything that
 * does not match is ignored: any window can post to the frame, and a portal that sends
 * nothing leaves the app as it is.
 */
import * as z from 'zod/mini';

/** Far more than any frame is tall; a larger number is a mistake, not a page. */
const MAX_PIXELS = 1_000_000;

/** CSS pixels of the frame; z.number already refuses NaN and the infinities. */
const framePixels = z.number().check(z.gte(0), z.lte(MAX_PIXELS));

/**
 * The part of the frame the portal's viewport shows, in the frame's own CSS pixels: from
 * `top` (0 when the frame's top edge is in view) down `height` pixels. Sized to its
 * content, the frame is taller than the screen and cannot see this for itself.
 */
export const viewportMessageSchema = z.object({
  source: z.literal('call-log-host'),
  version: z.literal(1),
  type: z.literal('viewport'),
  top: framePixels,
  height: framePixels,
});

export type FrameViewport = Pick<z.infer<typeof viewportMessageSchema>, 'top' | 'height'>;
