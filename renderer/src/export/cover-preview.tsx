import { useTranslation } from '../i18n/use-translation';
import type { ReportOptions } from '../../../shared/report/options';
import { logoDataUrl } from './logo-file';

type CoverPreviewProps = { options: ReportOptions; planName: string; client: string };

/**
 * The report's cover in miniature, laid out as the Word builder lays it out (logo, kind in the
 * brand colour, title, a brand-coloured rule, who it is for), on the chosen paper's proportions,
 * so colour, fonts, logo and paper can be judged before exporting. Decorative: every choice it
 * shows has its own labelled control.
 */
export function CoverPreview({ options, planName, client }: CoverPreviewProps) {
  const { t, i18n } = useTranslation();
  const inReport = i18n.getFixedT(options.language);
  const fontFamily = `"${options.font.latin}", "${options.font.eastAsia}", var(--font-sans)`;
  return (
    <figure className="export-preview" aria-hidden="true">
      <div className={`export-preview__page export-preview__page--${options.paperSize}`} style={{ fontFamily }} lang={options.language}>
        <div className="export-preview__logo">{options.logo ? <img src={logoDataUrl(options.logo)} alt="" /> : null}</div>
        <p className="export-preview__kind" style={{ color: options.brandColor }}>
          {inReport('report.cover.kind')}
        </p>
        <p className="export-preview__title">{planName}</p>
        <span className="export-preview__rule" style={{ backgroundColor: options.brandColor }} />
        {client ? (
          <dl className="export-preview__lines">
            <dt>{inReport('report.cover.preparedFor')}</dt>
            <dd>{client}</dd>
          </dl>
        ) : null}
        <span className="export-preview__paper">{options.paperSize}</span>
      </div>
      <figcaption className="export-preview__caption">{t('exportDialog.preview')}</figcaption>
    </figure>
  );
}
