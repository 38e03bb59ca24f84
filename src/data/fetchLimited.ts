// Fetches a text with a time limit and a size cap, reading the body in chunks so progress can be
// shown and an oversized answer is cut off as soon as it passes the cap. Nothing hangs: a server
// that never answers, or answers forever, gives a clear message.
export interface FetchLimits {
  /** Milliseconds before giving up on the whole transfer. */
  readonly timeoutMs: number;
  /** Bytes accepted at most. */
  readonly maxBytes: number;
  /** Told the bytes received so far and the total when the server gave one. */
  readonly onProgress?: (received: number, total: number | null) => void;
}

export const DEFAULT_FETCH_LIMITS: FetchLimits = { timeoutMs: 30_000, maxBytes: 50 * 1024 * 1024 };

export type Fetched = { ok: true; text: string; bytes: Uint8Array; contentType: string } | { ok: false; message: string };

/** How long the body is read before the page is given back. */
const READ_SLICE_MS = 8;

const megabytes = (bytes: number) => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;

export async function fetchLimited(url: URL, fetcher: typeof fetch, limits: Partial<FetchLimits> = {}): Promise<Fetched> {
  const { timeoutMs, maxBytes, onProgress } = { ...DEFAULT_FETCH_LIMITS, ...limits };
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const tooBig = { ok: false as const, message: `is larger than the ${megabytes(maxBytes)} accepted` };
  try {
    const response = await fetcher(url, { signal: controller.signal });
    if (!response.ok) return { ok: false, message: `could not be loaded (HTTP ${response.status})` };
    const declared = Number(response.headers.get('content-length'));
    const total = Number.isFinite(declared) && declared > 0 ? declared : null;
    if (total !== null && total > maxBytes) {
      controller.abort();
      return tooBig;
    }
    const contentType = response.headers.get('content-type') ?? '';
    if (!response.body) {
      const bytes = new Uint8Array(await response.arrayBuffer());
      return bytes.byteLength > maxBytes ? tooBig : { ok: true, text: new TextDecoder().decode(bytes), bytes, contentType };
    }
    const reader = response.body.getReader();
    const chunks: Uint8Array[] = [];
    // Decoded as it arrives, a chunk at a time: decoding 10 MB at the end was one long task.
    const decoder = new TextDecoder();
    const texts: string[] = [];
    let received = 0;
    // A body already arrived (a local or fast server) is read chunk after chunk in one task: a
    // large one held the page for a tenth of a second. The reading gives the page back now and then.
    let sliceStart = performance.now();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.byteLength;
      if (received > maxBytes) {
        controller.abort();
        return tooBig;
      }
      chunks.push(value);
      texts.push(decoder.decode(value, { stream: true }));
      onProgress?.(received, total);
      if (performance.now() - sliceStart >= READ_SLICE_MS) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        sliceStart = performance.now();
      }
    }
    const bytes = new Uint8Array(received);
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.byteLength;
    }
    texts.push(decoder.decode());
    return { ok: true, text: texts.join(''), bytes, contentType };
  } catch (error) {
    if (timedOut) return { ok: false, message: `did not arrive within ${Math.round(timeoutMs / 1000)} s` };
    return { ok: false, message: `could not be loaded (${String(error).slice(0, 200)})` };
  } finally {
    clearTimeout(timer);
  }
}
