import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { stripXmlInvalidDeep } from '../../../../shared/domain/characters';
import type { Translate } from '../../../../shared/i18n/translate';
import type { ReportModel } from '../../../../shared/report/types';
import { layOutDeck } from './deck-layout';
import { deckLook, renderDeck } from './render';

export const PPTX_MIME = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

export type PptxBuildOptions = {
  t: Translate;
  /** Each chart's PNG by its block id (the same pictures, and cache, as the Word report's). */
  charts: ReadonlyMap<string, Uint8Array>;
};

/**
 * pptxgenjs names one typeface for a run's Latin, East Asian and complex scripts alike. The
 * report's options name two: the Latin font for Latin text and the Chinese font for Chinese, as
 * PowerPoint, WPS and Impress choose per character by these slots. The slides' and the theme's
 * East Asian slots are rewritten to the Chinese font.
 */
function declareEastAsianFont(pptx: Uint8Array, latin: string, eastAsia: string): Uint8Array {
  const files = unzipSync(pptx);
  const out: Zippable = {};
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const slot = new RegExp(`<a:ea typeface="${esc(latin)}"`, 'g');
  for (const [name, data] of Object.entries(files)) {
    if (/^ppt\/(slides|slideLayouts|slideMasters)\/[^/]+\.xml$/.test(name)) {
      // No hanging punctuation: Impress hangs a Chinese comma at a line's end past the box's edge.
      out[name] = strToU8(
        strFromU8(data)
          .replace(slot, `<a:ea typeface="${eastAsia}"`)
          .replace(/<a:pPr(?=[\s>/])/g, '<a:pPr hangingPunct="0"'),
      );
    } else if (/^ppt\/theme\/[^/]+\.xml$/.test(name)) {
      out[name] = strToU8(strFromU8(data).replace(/<a:ea typeface=""\s*\/>/g, `<a:ea typeface="${eastAsia}"/>`));
    } else {
      out[name] = data;
    }
  }
  return zipSync(out, { level: 6 });
}

/** The report model as the slides of a 16:9 .pptx for the client meeting. */
export async function buildPptx(source: ReportModel, options: PptxBuildOptions): Promise<Buffer> {
  // pptxgenjs escapes markup but not control characters, which PowerPoint refuses.
  const model = stripXmlInvalidDeep(source);
  const { t } = options;
  const slides = layOutDeck(model, {
    agenda: t('report.deck.agenda'),
    continued: (title) => t('report.deck.continued', { title }),
  });
  const logo = model.options.logo;
  const look = deckLook(model.options);
  const pptx = renderDeck(
    slides,
    look,
    {
      chart: (id) => options.charts.get(id),
      logo: logo ? { data: `${logo.mime};base64,${logo.base64}`, width: logo.width, height: logo.height } : null,
    },
    { footer: model.cover.title, slideNumber: (slide, count) => t('report.deck.slide', { slide, slides: count }) },
    model.info,
  );
  const written = (await pptx.write({ outputType: 'uint8array', compression: false })) as Uint8Array;
  return Buffer.from(declareEastAsianFont(written, model.options.font.latin, model.options.font.eastAsia));
}
