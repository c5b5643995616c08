/**
 * The upstream's body as it came, kept beside the value parsed from it, so a route that
 * passes that value on unchanged can send those bytes instead of serialising the value
 * again: on a page of 200 calls that is the largest cost the proxy adds after parsing.
 *
 * Only an envelope checked against the contract is kept, and it is keyed by the very
 * object that was checked: an answer rebuilt from it (merged, filtered, re-totalled)
 * is another object, has no body here, and is serialised as usual. That holds only
 * while the checked value is what the body says: the contract's envelope schema
 * transforms nothing (a test keeps it so), and no reader mutates an answer.
 */
const bodies = new WeakMap<object, Uint8Array<ArrayBuffer>>();

/** Records that `value` is exactly what `body` (JSON) says. */
export function keepVerbatim(value: object, body: Uint8Array<ArrayBuffer>): void {
  bodies.set(value, body);
}

/** The JSON `value` was parsed from, when it is still exactly that. */
export function verbatimBody(value: object): Uint8Array<ArrayBuffer> | undefined {
  return bodies.get(value);
}
