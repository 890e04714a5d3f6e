import 'i18next';
import type { LocaleResource } from '../../../shared/i18n/types';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: LocaleResource };
    returnNull: false;
  }
}
