/**
 * A user's org units: their own entry, their groups' entries and everyone's, joined,
 * then limited to ALLOWED_ORG_UNIT_IDS when the deployment sets it.
 */
import type { AccessRules } from './access-file';

export interface Identity {
  user: string;
  groups: readonly string[];
}

/** The user's units, sorted and each once; empty when the user may see none. */
export function unitsOf(rules: AccessRules, { user, groups }: Identity, allowed: readonly number[] | undefined): number[] {
  const units = new Set<number>(rules.everyone);
  for (const id of rules.users.get(user.toLowerCase()) ?? []) units.add(id);
  for (const group of groups) for (const id of rules.groups.get(group) ?? []) units.add(id);
  const permitted = allowed === undefined ? [...units] : [...units].filter((id) => allowed.includes(id));
  return permitted.sort((a, b) => a - b);
}
