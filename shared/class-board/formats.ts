/** What a class board exports to: a Word report, a spreadsheet's CSV, or Markdown (the command line's). */
export const BOARD_FORMATS = ['docx', 'csv', 'md'] as const;
export type BoardFormat = (typeof BOARD_FORMATS)[number];

export const BOARD_MIME: Record<BoardFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  csv: 'text/csv;charset=utf-8',
  md: 'text/markdown;charset=utf-8',
};
