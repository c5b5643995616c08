import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { envProblems, envSchemaOf } from './env-variable';

const TABLE = {
  PORT: { group: 'G', schema: z.coerce.number().int().min(1), default: '8080', description: 'port' },
  NAME: { group: 'G', schema: z.string().trim().min(2, 'too short'), description: 'name' },
  ORIGINS: {
    group: 'G',
    schema: z.string().transform((v) => v.split(',')),
    default: 'a,b',
    description: 'list',
  },
};

describe('envSchemaOf', () => {
  const schema = envSchemaOf(TABLE);

  it('reads an unset or blank variable as its default, read by its schema like any value', () => {
    for (const blank of [{}, { PORT: '', NAME: '  ', ORIGINS: '\t' }]) {
      expect(schema.parse(blank)).toEqual({ PORT: 8080, NAME: undefined, ORIGINS: ['a', 'b'] });
    }
  });

  it('reads a set variable with its schema, and ignores variables it does not declare', () => {
    expect(schema.parse({ PORT: '3000', NAME: ' ops ', ORIGINS: 'x', PATH: '/usr/bin' })).toEqual({
      PORT: 3000,
      NAME: 'ops',
      ORIGINS: ['x'],
    });
  });

  it('names each variable it cannot read', () => {
    const parsed = schema.safeParse({ PORT: '0', NAME: 'x' });
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(envProblems(parsed.error).map((p) => p.split(':')[0])).toEqual(['PORT', 'NAME']);
  });
});
