/** What middleware shares with the handlers of one request. */
export interface AppEnv {
  Variables: {
    requestId: string;
    /** Set by handlers that reached the upstream, for the request's log line. */
    upstreamRequestId?: string;
    /** The signed-in user the portal's SSO proxy named (TRUSTED_AUTH_HEADER), when configured. */
    user?: string;
    /** The org units this user may see (ACCESS_FILE), when configured: the routes read within them only. */
    orgUnits?: readonly number[];
    /** Who the request's upstream cost is charged to (see client-key.ts), set before any route runs. */
    client?: string;
  };
}
