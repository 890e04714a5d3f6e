import {
  boardCsv,
  boardMarkdown,
  partDigest,
  type PartDigest,
  BOARD_MIME,
  classBoard,
  sortBoard,
  type BoardColumn,
  type BoardFormat,
  type SortDirection,
} from '../../../shared/class-board';
import type { ClassBoardView } from '../../../shared/contracts/class-views';
import type { Language, PartKey, Plan } from '../../../shared/domain';
import { DomainError } from '../errors';
import { UNSAFE_FILE_NAME_RUNS } from '../../../shared/file-name';
import { createTranslate } from '../../../shared/i18n/translate';
import type { ClassStore } from '../storage/class-store';
import type { PlanStore } from '../storage/plan-store';

/** The class's plans, read whole (the board needs their rows): in one read, each plan as it stands. */
function classPlans(store: PlanStore, classes: ClassStore, classId: string): Plan[] {
  return classes.planIds(classId).map((id) => store.get(id));
}

const today = () => new Date().toISOString().slice(0, 10);

/** The board of one class: shared/class-board over its plans, derived on each ask and never stored. */
export function readClassBoard(store: PlanStore, classes: ClassStore, classId: string, day: string = today()): ClassBoardView {
  const summary = classes.get(classId);
  return { class: summary, ...classBoard(classPlans(store, classes, classId), day) };
}

export type BoardExport = { fileName: string; mime: string; data: Buffer };

/** A safe file name from the class's name: "Spring cohort 2027 — board.csv". */
export function boardFileName(title: string, format: BoardFormat, language: Language): string {
  const base = title.replace(UNSAFE_FILE_NAME_RUNS, ' ').replace(/\s+/g, ' ').trim().slice(0, 120) || 'class';
  return `${base} — ${createTranslate(language)('classes.board')}.${format}`;
}

/** Writes a board (already made) in one of the formats; Word reads the plans again for the participants' pages. */
export async function writeBoard(
  board: Pick<ClassBoardView, 'rows' | 'median' | 'currency'>,
  plans: ReadonlyMap<string, Plan>,
  options: { title: string; format: BoardFormat; language: Language; today: string },
): Promise<BoardExport> {
  const t = createTranslate(options.language);
  const fileName = boardFileName(options.title, options.format, options.language);
  const mime = BOARD_MIME[options.format];
  if (options.format === 'csv') return { fileName, mime, data: Buffer.from(boardCsv(board, t), 'utf8') };
  if (options.format === 'md') return { fileName, mime, data: Buffer.from(boardMarkdown(board, options.title, t, options.language), 'utf8') };
  // Loaded on first use, as the report's Word writer is.
  const { buildBoardDocx } = await import('../export/board-docx');
  return { fileName, mime, data: await buildBoardDocx({ title: options.title, board, plans, language: options.language, today: options.today }) };
}

/** The board of a class as a file, its rows in the order the board shows them. */
export async function exportClassBoard(
  store: PlanStore,
  classes: ClassStore,
  request: { classId: string; format: BoardFormat; language: Language; today?: string; column?: BoardColumn; direction?: SortDirection },
): Promise<BoardExport> {
  const day = request.today ?? today();
  // Read now, in one go: edits made while the file is written belong to the next export.
  const summary = classes.get(request.classId);
  const plans = classPlans(store, classes, request.classId);
  const board = classBoard(plans, day);
  const rows = request.column ? sortBoard(board.rows, request.column, request.direction ?? 'asc', request.language) : board.rows;
  return writeBoard({ ...board, rows }, new Map(plans.map((p) => [p.meta.id, p])), {
    title: summary.name,
    format: request.format,
    language: request.language,
    today: day,
  });
}

/** One part of 2–4 of the class's plans, side by side, in the order asked; a plan outside the class is refused. */
export function compareParticipants(
  store: PlanStore,
  classes: ClassStore,
  request: { classId: string; planIds: string[]; part: PartKey; language: Language },
): { planId: string; name: string; author: string; digest: PartDigest }[] {
  const members = new Set(classes.planIds(request.classId));
  if (request.planIds.some((id) => !members.has(id)))
    throw new DomainError('not_found', 'A plan to compare is not in this class.', [], { reason: 'notFound' });
  const t = createTranslate(request.language);
  return request.planIds.map((id) => {
    const plan = store.get(id);
    return { planId: id, name: plan.meta.name, author: plan.meta.author, digest: partDigest(plan, request.part, t, request.language) };
  });
}
