/**
 * Security headers for every answer. The page loads only its own code; audio may come
 * from the recording hosts (signed upstream URLs are played directly). The referrer is
 * kept to our own origin because our URLs carry filters with phone numbers.
 */
import { secureHeaders } from 'hono/secure-headers';

export function securityHeaders(recordingOrigins: string[], frameAncestors: string[]) {
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
      // FRAME_ANCESTORS: the portals allowed to show the app in a frame.
      frameAncestors,
    },
    referrerPolicy: 'same-origin',
    xFrameOptions: legacyFrameOptions(frameAncestors),
    // TLS is the reverse proxy's business; HSTS from here could lock out plain-HTTP intranets.
    strictTransportSecurity: false,
  });
}

/**
 * X-Frame-Options for browsers without frame-ancestors. It cannot name other origins:
 * when portals are allowed it is left out rather than contradict the CSP.
 */
function legacyFrameOptions(frameAncestors: string[]): 'DENY' | 'SAMEORIGIN' | false {
  if (frameAncestors.length === 1 && frameAncestors[0] === "'none'") return 'DENY';
  if (frameAncestors.every((source) => source === "'self'")) return 'SAMEORIGIN';
  return false;
}
