/**
 * ACCESS_FILE: which org units each portal user may see, by their own name, by their
 * groups, and for everyone. The file is read with zod; a problem is reported with the
 * place in the file it is at, so an operator can fix it from the message alone.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import * as z from 'zod';

const unitIds = z.array(z.int({ message: 'must be an org unit id (a positive whole number)' }).positive({ message: 'must be an org unit id (a positive whole number)' }), {
  message: 'must be a list of org unit ids, such as [1210, 1220]',
});

export const accessFileSchema = z.strictObject(
  {
    users: z.record(z.string().trim().min(1, { message: 'a user name cannot be blank' }), unitIds).default({}),
    groups: z.record(z.string().trim().min(1, { message: 'a group name cannot be blank' }), unitIds).default({}),
    everyone: unitIds.default([]),
  },
  { error: (issue) => (issue.code === 'invalid_type' ? 'must be a JSON object with "users", "groups" and "everyone"' : undefined) },
);

/** The file as looked up: user names lower-cased (they match in any case), groups as written. */
export interface AccessRules {
  users: ReadonlyMap<string, readonly number[]>;
  groups: ReadonlyMap<string, readonly number[]>;
  everyone: readonly number[];
}

export class AccessFileError extends Error {
  override name = 'AccessFileError';
}

/** The rules in `text`, or an AccessFileError naming the first problems and where they are. */
export function parseAccessFile(text: string, path: string): AccessRules {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new AccessFileError(`ACCESS_FILE ${path} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = accessFileSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 5).map((issue) => {
      const at = issue.path.length === 0 ? 'the file' : issue.path.map(String).join('.');
      return `${at}: ${issue.message}`;
    });
    throw new AccessFileError(`ACCESS_FILE ${path} is not valid:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  }
  const users = new Map<string, number[]>();
  // "Alice@corp.example" and "alice@corp.example" are one user: their units are joined.
  for (const [name, units] of Object.entries(parsed.data.users)) {
    const key = name.toLowerCase();
    users.set(key, [...(users.get(key) ?? []), ...units]);
  }
  return { users, groups: new Map(Object.entries(parsed.data.groups)), everyone: parsed.data.everyone };
}

/** Reads the file at start, when the server cannot serve without it. */
export function readAccessFileSync(path: string): AccessRules {
  try {
    return parseAccessFile(readFileSync(path, 'utf8'), path);
  } catch (error) {
    throw asAccessFileError(error, path);
  }
}

/** Reads the file again while the server runs. */
export async function readAccessFile(path: string): Promise<AccessRules> {
  try {
    return parseAccessFile(await readFile(path, 'utf8'), path);
  } catch (error) {
    throw asAccessFileError(error, path);
  }
}

function asAccessFileError(error: unknown, path: string): AccessFileError {
  if (error instanceof AccessFileError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  return new AccessFileError(`ACCESS_FILE ${path} cannot be read${code ? ` (${code})` : ''}`);
}
