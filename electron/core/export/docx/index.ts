import type { ReportModel } from '../../../../shared/report/types';
import { packageDocx } from './package';
import { renderDocx, type DocxRenderOptions } from './render';

export type { ChartRasterizer, ChartRequest, DocxRenderOptions } from './render';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The report model as the bytes of a .docx file. */
export async function buildDocx(model: ReportModel, options: DocxRenderOptions): Promise<Buffer> {
  return packageDocx(await renderDocx(model, options));
}
