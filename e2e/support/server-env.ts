/**
 * The environment the built server runs under in the e2e suite and the benches: the
 * built-in sandbox with its default seed and no injected faults, whatever a developer's
 * shell or `.env` says (a variable set here, even empty, wins over `.env`). Tests compute
 * expected answers from the sandbox's `Dataset` with that same default seed.
 */
export function sandboxServerEnv(port: number): Record<string, string> {
  return {
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    // No credentials: the server starts its built-in sandbox.
    CONVIRZA_TOKEN: '',
    CONVIRZA_EMAIL: '',
    CONVIRZA_PASSWORD: '',
    SANDBOX_SEED: '',
    SANDBOX_LATENCY_MS: '',
    SANDBOX_ERROR_RATE: '',
    SANDBOX_RATE_LIMIT_RATE: '',
    SANDBOX_MALFORMED_RATE: '',
    SANDBOX_DROP_RATE: '',
  };
}
