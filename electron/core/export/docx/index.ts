import { Packer } from 'docx';
import { stripXmlInvalidDeep } from '../../../../shared/domain/characters';
import type { ReportModel } from '../../../../shared/report/types';
import { fontTableXml } from './font-table';
import { renderDocx, type DocxRenderOptions } from './render';

export type { ChartRasterizer, ChartRequest, DocxRenderOptions, PageNumbers } from './render';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The report model as the bytes of a .docx file. */
export async function buildDocx(model: ReportModel, options: DocxRenderOptions): Promise<Buffer> {
  // The docx library escapes markup but writes control characters as they are, which Word refuses.
  return Packer.toBuffer(await renderDocx(stripXmlInvalidDeep(model), options), false, [
    { path: 'word/fontTable.xml', data: fontTableXml(model.options.font) },
  ]);
}
