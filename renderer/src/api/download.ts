import type { SaveFileRequest, SaveFileResult } from '../../../shared/contracts/api';
import type { Result } from '../../../shared/contracts/result';

/** The bytes of a save request; null when base64 text is damaged (a broken file must not look saved). */
export function requestBytes(request: Pick<SaveFileRequest, 'data' | 'encoding'>): BlobPart | null {
  if (request.encoding === 'utf8') return request.data;
  if (request.data.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(request.data)) return null;
  const binary = atob(request.data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

type DownloadEnv = {
  document: Pick<Document, 'createElement' | 'body'>;
  createObjectURL(blob: Blob): string;
  revokeObjectURL(url: string): void;
  /** The browser needs a moment to start reading the blob before its URL may go. */
  later(fn: () => void): void;
};

const browserEnv = (): DownloadEnv => ({
  document,
  createObjectURL: (blob) => URL.createObjectURL(blob),
  revokeObjectURL: (url) => URL.revokeObjectURL(url),
  later: (fn) => setTimeout(fn, 60_000),
});

/**
 * Browser mode has no save dialog: the file becomes a download, and the browser decides where it
 * goes, so the path stays unknown. The CSP allows the blob: URL (a navigation, not a fetch).
 */
export function downloadFile(request: SaveFileRequest, env: DownloadEnv = browserEnv()): Result<SaveFileResult> {
  const bytes = requestBytes(request);
  if (bytes === null) {
    return {
      ok: false,
      error: {
        code: 'invalid',
        message: 'The file cannot be saved: its contents are not valid base64.',
        issues: [{ path: 'data', message: 'Not valid base64.' }],
      },
    };
  }
  const url = env.createObjectURL(new Blob([bytes], { type: request.mime }));
  const link = env.document.createElement('a');
  link.href = url;
  link.download = request.suggestedName;
  link.rel = 'noopener';
  link.style.display = 'none';
  env.document.body.append(link);
  link.click();
  link.remove();
  env.later(() => env.revokeObjectURL(url));
  return { ok: true, value: { saved: true, path: null } };
}
