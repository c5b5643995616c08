import { describe, expect, it } from 'vitest';
import type { EnvVariable } from '../../env-table/env-variable';
import { SANDBOX_VARIABLES, sandboxOptionsFromEnv } from '../../sandbox/config';
import { loadConfig } from './load-config';
import { SERVER_VARIABLES } from './variables';

const every: [string, EnvVariable][] = [...Object.entries(SERVER_VARIABLES), ...Object.entries(SANDBOX_VARIABLES)];

describe('the variable tables', () => {
  it('describe every variable and show an example, as a value or in words', () => {
    for (const [name, variable] of every) {
      expect(variable.description, name).not.toBe('');
      expect(variable.example !== undefined || variable.exampleDoc !== undefined, name).toBe(true);
    }
  });

  it.each(every.filter(([, v]) => v.example !== undefined))('show an example of %s that it accepts', (name, variable) => {
    expect(variable.schema.safeParse(variable.example).success).toBe(true);
  });

  it('have each documented example accepted where it is read, credentials aside', () => {
    const credentials = ['CONVIRZA_TOKEN', 'CONVIRZA_EMAIL', 'CONVIRZA_PASSWORD', 'CONVIRZA_ORG_UNIT_ID'];
    const examples = (variables: [string, EnvVariable][]) =>
      Object.fromEntries(variables.filter(([name, v]) => v.example !== undefined && !credentials.includes(name)).map(([name, v]) => [name, v.example]));
    expect(() => loadConfig(examples(Object.entries(SERVER_VARIABLES)))).not.toThrow();
    expect(() => sandboxOptionsFromEnv(examples(Object.entries(SANDBOX_VARIABLES)))).not.toThrow();
  });

  it('give each server variable its own field in the configuration', () => {
    const keys = Object.values(SERVER_VARIABLES).map((v) => v.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
