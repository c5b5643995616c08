/**
 * Security headers for every answer. The page loads only its own code; audio may come
 * from the recording hosts (signed upstream URLs are played directly). The referrer is
 * kept to our own origin because our URLs carry filters with phone numbers.
 *
 * Who may frame the app is the CSP's `frame-ancestors` (FRAME_ANCESTORS). X-Frame-Options
 * is sent only where it can say the same thing: it cannot name origins, so for a list of
 * portals it would forbid in older browsers what the CSP allows in newer ones.
 */
import { secureHeaders } from 'hono/secure-headers';

export interface SecurityHeaderOptions {
  /** Hosts recordings may be played from (media-src). */
  recordingOrigins: readonly string[];
  /** CSP frame-ancestors sources, as parsed from FRAME_ANCESTORS. */
  frameAncestors: readonly string[];
}

export function securityHeaders({ recordingOrigins, frameAncestors }: SecurityHeaderOptions) {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      // Chart and layout libraries set inline style attributes.
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      mediaSrc: ["'self'", 'blob:', ...recordingOrigins],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: [...frameAncestors],
    },
    xFrameOptions: xFrameOptionsFor(frameAncestors),
    referrerPolicy: 'same-origin',
    // TLS is the reverse proxy's business; HSTS from here could lock out plain-HTTP intranets.
    strictTransportSecurity: false,
  });
}

/** The X-Frame-Options equal to these frame-ancestors, or false when there is none. */
export function xFrameOptionsFor(frameAncestors: readonly string[]): 'SAMEORIGIN' | 'DENY' | false {
  if (frameAncestors.length !== 1) return false;
  if (frameAncestors[0] === "'self'") return 'SAMEORIGIN';
  if (frameAncestors[0] === "'none'") return 'DENY';
  return false;
}
