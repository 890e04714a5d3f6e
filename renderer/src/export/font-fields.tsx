import { useTranslation } from '../i18n/use-translation';
import { EAST_ASIAN_FONTS, LATIN_FONTS, type ReportOptions } from '../../../shared/report/options';

type Font = ReportOptions['font'];
type EastAsianFont = Font['eastAsia'];

// Chinese fonts go by their Chinese names in a Chinese UI (微软雅黑, 宋体); the keys find them.
const EAST_ASIAN_LABEL_KEYS: Record<EastAsianFont, string> = {
  'Microsoft YaHei': 'microsoftYaHei',
  SimSun: 'simSun',
  'PingFang SC': 'pingFangSC',
  'Noto Sans CJK SC': 'notoSansCJKSC',
};

/** The report's two fonts: one for Latin text, one for Chinese, as Word pairs them. */
export function FontFields({ id, value, onChange }: { id: string; value: Font; onChange: (font: Font) => void }) {
  const { t } = useTranslation();
  const latinId = `${id}-latin`;
  const eastAsiaId = `${id}-east-asia`;
  return (
    <div className="export-fonts">
      <div className="export-font">
        <label className="export-font__label" htmlFor={latinId}>
          {t('exportDialog.latinFont')}
        </label>
        <select id={latinId} className="select" value={value.latin} onChange={(e) => onChange({ ...value, latin: e.target.value as Font['latin'] })}>
          {LATIN_FONTS.map((font) => (
            <option key={font} value={font}>
              {font}
            </option>
          ))}
        </select>
      </div>
      <div className="export-font">
        <label className="export-font__label" htmlFor={eastAsiaId}>
          {t('exportDialog.eastAsiaFont')}
        </label>
        <select
          id={eastAsiaId}
          className="select"
          value={value.eastAsia}
          onChange={(e) => onChange({ ...value, eastAsia: e.target.value as EastAsianFont })}
        >
          {EAST_ASIAN_FONTS.map((font) => (
            <option key={font} value={font}>
              {t(`exportDialog.fonts.${EAST_ASIAN_LABEL_KEYS[font]}` as never)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
