/**
 * Runs the sandbox on its own (`npx tsx src/sandbox/main.ts`), configured by SANDBOX_*
 * variables, for poking at the upstream contract with curl.
 */
import { SANDBOX_CREDENTIALS, sandboxOptionsFromEnv, startSandbox } from './index';

const sandbox = await startSandbox(sandboxOptionsFromEnv(process.env));
console.log(`sandbox listening on ${sandbox.origin}`);
console.log(`login: POST ${sandbox.origin}/oauth/token ${JSON.stringify(SANDBOX_CREDENTIALS)}`);
const stop = () => void sandbox.close().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
