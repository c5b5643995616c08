/**
 * A program's environment variables, declared once each in a table: the schema that
 * reads the variable, its default, and what the docs say of it. The parser, the types
 * and the operator's docs (README tables, .env.example: see env-docs.ts) all come from
 * that one table.
 */
import * as z from 'zod';

export interface EnvVariable {
  /** Reads the variable's text; it never sees a blank one (see `default`). */
  schema: z.ZodType;
  /**
   * The text an unset or blank variable stands for, as an operator would write it; it is
   * read by `schema` like any other value. Without one, an unset variable reads as undefined.
   */
  default?: string;
  /** The default in words (markdown), where it is not a fixed text: computed, or chosen by the program. */
  defaultDoc?: string;
  /** A value worth showing, as written in the environment. */
  example?: string;
  /** What to put instead, in words, where no value is worth showing (a secret). */
  exampleDoc?: string;
  /** What the variable does (markdown: a clause or a few, for a table cell). */
  description: string;
  /** The heading it is documented under. */
  group: string;
}

export type EnvTable = Readonly<Record<string, EnvVariable>>;

/** A variable's value once read: what its schema gives, or undefined when unset with no default. */
export type EnvValue<V extends EnvVariable> = V extends { default: string }
  ? z.output<V['schema']>
  : z.output<V['schema']> | undefined;

export type EnvValues<T extends EnvTable> = { -readonly [N in keyof T]: EnvValue<T[N]> };

/** The one rule for blanks: `FOO=` in a shell or a .env file means "the default", as if FOO were unset. */
function orDefault(fallback: string | undefined) {
  return (value: unknown) => (value === undefined || (typeof value === 'string' && value.trim() === '') ? fallback : value);
}

/** Reads every variable of `table` from an environment; other variables are ignored. */
export function envSchemaOf<T extends EnvTable>(table: T): z.ZodType<EnvValues<T>> {
  const shape: Record<string, z.ZodType> = {};
  for (const [name, variable] of Object.entries(table)) {
    const schema = variable.default === undefined ? variable.schema.optional() : variable.schema;
    shape[name] = z.preprocess(orDefault(variable.default), schema);
  }
  // The shape holds exactly one field per variable of T, each read as EnvValue says; the
  // loop cannot tell TypeScript so.
  return z.object(shape) as unknown as z.ZodType<EnvValues<T>>;
}

/** `NAME: problem` for each variable that could not be read, for a message that names them all. */
export function envProblems(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${String(issue.path[0] ?? 'environment')}: ${issue.message}`);
}
