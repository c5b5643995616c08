/**
 * The upstream's fixed vocabularies and limits, named once so the proxy, the sandbox
 * and the browser cannot drift apart.
 */
import * as z from 'zod/mini';

export const DISPOSITIONS = [
  'ANSWERED',
  'NO ANSWER',
  'BUSY',
  'FAILED',
  'VOICEMAIL',
  'ABANDONED',
  'TRANSFERRED',
] as const;
export const dispositionSchema = z.enum(DISPOSITIONS);
export type Disposition = z.infer<typeof dispositionSchema>;

export const INCLUDES = [
  'tags',
  'comments',
  'custom_sources',
  'call_flow',
  'recordings',
  'transcription',
] as const;
export const includeSchema = z.enum(INCLUDES);
export type Include = z.infer<typeof includeSchema>;

export const PAGE_LIMIT_MIN = 1;
export const PAGE_LIMIT_MAX = 200;
/** Longest range the upstream accepts in one request. */
export const MAX_RANGE_DAYS = 31;
/** What the upstream shows when neither start nor end is given. */
export const DEFAULT_RANGE_DAYS = 7;
export const DAY_MS = 86_400_000;
