import { bytesToBase64, imageInfo } from '../../../shared/report/image-info';
import { LOGO_MIMES, MAX_LOGO_BYTES, type ReportLogo } from '../../../shared/report/options';
import { errorMessage } from '../../../shared/error-message';

export type LogoProblem =
  { kind: 'tooLarge'; file: string; bytes: number } | { kind: 'wrongType'; file: string } | { kind: 'unreadable'; file: string; reason: string };

export type LogoRead = { ok: true; logo: ReportLogo } | { ok: false; problem: LogoProblem };

export const LOGO_ACCEPT = 'image/png,image/jpeg,.png,.jpg,.jpeg';

/**
 * A chosen image as the report's logo. The size is checked before reading; the type from the
 * bytes, not the name or the browser's guess, because the backend checks the bytes too.
 */
export async function readLogoFile(file: File): Promise<LogoRead> {
  if (file.size > MAX_LOGO_BYTES) return { ok: false, problem: { kind: 'tooLarge', file: file.name, bytes: file.size } };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    return { ok: false, problem: { kind: 'unreadable', file: file.name, reason: errorMessage(error) } };
  }
  const info = imageInfo(bytes);
  if (!info || !(LOGO_MIMES as readonly string[]).includes(info.mime)) return { ok: false, problem: { kind: 'wrongType', file: file.name } };
  return { ok: true, logo: { mime: info.mime, base64: bytesToBase64(bytes), width: info.width, height: info.height } };
}

export const logoDataUrl = (logo: Pick<ReportLogo, 'mime' | 'base64'>) => `data:${logo.mime};base64,${logo.base64}`;
