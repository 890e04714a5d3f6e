import type { Language } from '../../shared/domain/primitives';
import { errorMessage } from '../../shared/error-message';

const TITLE: Record<Language, string> = {
  en: 'Planwright cannot open your plans',
  'zh-CN': 'Planwright 无法打开您的计划',
};

const TOO_NEW_HINT: Record<Language, string> = {
  en: 'Your plans were left untouched.',
  'zh-CN': '您的计划未被改动。',
};

/**
 * What the user reads when the data cannot be opened. The backend's own message leads (it says
 * what is wrong and that nothing changed); the folder follows so they can find their file.
 */
export function startupErrorMessage(
  error: unknown,
  context: { dataDir: string; language: Language; isPackaged: boolean; tooNew: boolean },
): { title: string; message: string } {
  const text = errorMessage(error);
  const lines = [text];
  if (context.tooNew) lines.push(TOO_NEW_HINT[context.language]);
  // A Node build of better-sqlite3 in an Electron run: the developer forgot the Electron build step.
  if (!context.isPackaged && /NODE_MODULE_VERSION|different Node\.js version/.test(text)) {
    lines.push('Development: run `node scripts/ensure-native.mjs electron` to build better-sqlite3 for Electron.');
  }
  lines.push('', `${context.language === 'zh-CN' ? '数据文件夹' : 'Data folder'}: ${context.dataDir}`);
  return { title: TITLE[context.language], message: lines.join('\n') };
}

/** The backend's refusal of a newer app's data: by class, or by code when it crossed a boundary. */
export function isDatabaseTooNew(error: unknown, tooNewClass: abstract new (...args: never[]) => unknown): boolean {
  if (error instanceof tooNewClass) return true;
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'database_too_new';
}
