/** The browser went away; nothing is left to answer (logged as 499, client closed request). */
export class ClientGoneError extends Error {
  override name = 'ClientGoneError';
}
