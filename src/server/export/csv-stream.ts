/**
 * The CSV body as a pull stream: the next upstream page is fetched only when the reader
 * (the socket, as it drains) asks for more, so memory holds one page whatever the size
 * of the export, and a cancelled download stops the paging at once.
 */
import type { Call } from '../../contract/call';
import { csvRecord } from './csv';

export interface CsvStreamParts {
  /** BOM and header row, and the first page (already read, so errors before it become a proper error answer). */
  head: string;
  first: readonly Call[];
  rest: AsyncIterator<readonly Call[], void>;
  row: (call: Call) => string[];
  /** The download was cancelled: stop what feeds `rest`. */
  onCancel: () => void;
  /** A page failed midway: the connection is cut, so the file is visibly incomplete, not silently short. */
  onError: (error: unknown) => void;
}

export function csvStream(parts: CsvStreamParts): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const rows = (calls: readonly Call[]) => calls.map((call) => csvRecord(parts.row(call))).join('');
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        controller.enqueue(encoder.encode(parts.head + rows(parts.first)));
      },
      async pull(controller) {
        try {
          const next = await parts.rest.next();
          if (next.done) controller.close();
          else controller.enqueue(encoder.encode(rows(next.value)));
        } catch (error) {
          parts.onError(error);
          try {
            controller.error(error);
          } catch {
            // Already cancelled: nobody is reading.
          }
        }
      },
      cancel() {
        parts.onCancel();
      },
    },
    // Nothing is read ahead of the reader.
    { highWaterMark: 0 },
  );
}
