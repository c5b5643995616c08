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
    // TLS is the reverse proxy's business; HSTS from here could lock out plain-HTTP intranets.
    strictTransportSecurity: false,
  });
}
