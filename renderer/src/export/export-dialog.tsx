import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { AppError } from '../../../shared/contracts/result';
import { ReportOptions, TABLE_FORMATS, type ReportFormat } from '../../../shared/report/options';
import { describedBy, Field } from '../components/field';
import { AlertIcon } from '../components/icons';
import { LanguageSelect } from '../components/language-select';
import { Modal } from '../components/modal';
import { errorText } from '../format/issues';
import { useStore } from '../state/store';
import { BrandColorField } from './brand-color-field';
import { CoverPreview } from './cover-preview';
import type { ExportRequest } from './export-dialog-store';
import { ExportProgress } from './export-progress';
import { FontFields } from './font-fields';
import { FormatChoice } from './format-choice';
import { LogoField } from './logo-field';
import { PaperChoice } from './paper-choice';
import { ChangesSinceField } from './changes-since-field';
import { PartsPicker } from './parts-picker';
import { isPdfUnavailable, runExport, type ExportOutcome, type ExportStage } from './run-export';
import { useReportOptions } from './use-report-options';
import { errorMessage } from '../../../shared/error-message';

export type PlanLabel = { name: string; client: string };

type Failure = { step: 'export' | 'save'; error: AppError };

type ExportDialogProps = {
  request: ExportRequest;
  plan: PlanLabel;
  onFormatUsed: (format: ReportFormat) => void;
  onClose: () => void;
};

/**
 * File → Export: the report's format, language, parts and look, remembered per plan. While the
 * report is built and saved the dialog stays open with its choices, and Esc waits; a failure is
 * shown here with its reason, a success as a toast once the dialog has closed.
 */
export function ExportDialog({ request, plan, onFormatUsed, onClose }: ExportDialogProps) {
  const { t } = useTranslation();
  const base = useId();
  const { loaded, reload } = useReportOptions(request.planId);
  const [format, setFormat] = useState<ReportFormat>(request.format);
  const [options, setOptions] = useState<ReportOptions | null>(null);
  const [hexValid, setHexValid] = useState(true);
  const [stage, setStage] = useState<ExportStage | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const submitRef = useRef<HTMLButtonElement>(null);
  // State arrives with the next render; a second click or Enter before it must not export twice.
  const running = useRef(false);

  useEffect(() => {
    if (loaded.state === 'ready') setOptions(loaded.options);
  }, [loaded]);

  const busy = stage !== null;
  const close = useCallback(() => {
    // The export cannot be called back once asked for: the dialog waits for it, keeping every choice.
    if (!busy) onClose();
  }, [busy, onClose]);
  const update = (patch: Partial<ReportOptions>) => setOptions((current) => (current ? { ...current, ...patch } : current));
  const onHexValidity = useCallback((valid: boolean) => setHexValid(valid), []);

  const ready = options !== null && options.parts.length > 0 && hexValid;

  async function exportAs(chosen: ReportFormat) {
    if (busy || running.current || !options || !ready) return;
    const parsed = ReportOptions.safeParse(options);
    if (!parsed.success) {
      setFailure({
        step: 'export',
        error: { code: 'invalid', message: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') },
      });
      return;
    }
    setFailure(null);
    running.current = true;
    const outcome = await runExport(request.planId, chosen, parsed.data, setStage)
      .catch((error: unknown): ExportOutcome => ({ kind: 'failed', step: 'export', error: { code: 'internal', message: errorMessage(error) } }))
      .finally(() => {
        running.current = false;
        setStage(null);
      });
    if (outcome.kind === 'failed') {
      setFailure({ step: outcome.step, error: outcome.error });
      return;
    }
    onFormatUsed(chosen);
    if (outcome.kind === 'cancelled') return;
    const toast = useStore.getState().showToast;
    const where = outcome.path ? t('exportDialog.saved', { path: outcome.path }) : t('exportDialog.downloaded', { file: outcome.fileName });
    // Without LibreOffice the contents carry docx's estimate of the page numbers: say so.
    toast({ message: outcome.pagesEstimated ? `${where} ${t('exportDialog.pagesEstimated')}` : where });
    onClose();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void exportAs(format);
  }

  const languageId = `${base}-language`;
  const pdfMissing = failure !== null && isPdfUnavailable(failure.error);
  const lookIgnored = format === 'md';
  // A workbook or CSV carries the plan's tables, not the report: no parts, paper or look to choose.
  const tablesOnly = TABLE_FORMATS.includes(format);

  return (
    <Modal title={t('exportDialog.title')} description={t('exportDialog.description', { name: plan.name })} onClose={close} size="lg">
      <form className="form export-dialog" onSubmit={submit} noValidate aria-busy={busy}>
        {/* The div scrolls, not the fieldset: a fieldset does not clip and scroll its content as a div does, so a
            long dialog ran on under the footer, over the buttons of a failure's alert. */}
        <div className="modal__body export-dialog__scroller">
          <fieldset className={`export-dialog__body${lookIgnored ? ' export-dialog__body--plain' : ''}`} disabled={busy}>
            <div className="export-dialog__content">
              <FormatChoice name={`${base}-format`} value={format} onChange={setFormat} />
              {loaded.state === 'error' ? (
                <div className="banner banner--danger" role="alert">
                  <AlertIcon />
                  <span>{t('exportDialog.loadFailed', { reason: errorText(loaded.error) })}</span>
                  <button type="button" className="button button--sm button--secondary" onClick={reload}>
                    {t('common.retry')}
                  </button>
                </div>
              ) : options === null ? (
                <p className="loading-text export-dialog__loading" aria-busy="true">
                  {t('exportDialog.loading')}
                </p>
              ) : (
                <>
                  <div className="export-row">
                    <Field id={languageId} label={t('exportDialog.language')} hint={t('exportDialog.languageHint')}>
                      <LanguageSelect
                        id={languageId}
                        value={options.language}
                        onChange={(language) => update({ language })}
                        ariaProps={describedBy(languageId, null, t('exportDialog.languageHint'))}
                      />
                    </Field>
                    {/* Slides are 16:9 whatever the paper. */}
                    {format === 'pptx' || tablesOnly ? null : (
                      <PaperChoice name={`${base}-paper`} value={options.paperSize} onChange={(paperSize) => update({ paperSize })} />
                    )}
                  </div>
                  {tablesOnly ? (
                    <p className="export-dialog__note" role="note">
                      {t('exportDialog.tablesNote')}
                    </p>
                  ) : (
                    <>
                      <PartsPicker id={`${base}-parts`} value={options.parts} onChange={(parts) => update({ parts })} />
                      <div className="export-part">
                        <input
                          id={`${base}-methods`}
                          type="checkbox"
                          className="export-part__check"
                          checked={options.methodsUsed}
                          onChange={(e) => update({ methodsUsed: e.target.checked })}
                        />
                        <label htmlFor={`${base}-methods`} className="export-part__label">
                          {t('exportDialog.methodsUsed')}
                        </label>
                      </div>
                      <div className="export-part">
                        <input
                          id={`${base}-scenarios`}
                          type="checkbox"
                          className="export-part__check"
                          checked={options.scenarioTable}
                          onChange={(e) => update({ scenarioTable: e.target.checked })}
                        />
                        <label htmlFor={`${base}-scenarios`} className="export-part__label">
                          {t('exportDialog.scenarioTable')}
                        </label>
                      </div>
                      <ChangesSinceField planId={request.planId} value={options.changesSince} onChange={(changesSince) => update({ changesSince })} />
                    </>
                  )}
                </>
              )}
              {failure ? (
                <div className="export-dialog__failure banner banner--danger" role="alert">
                  <AlertIcon />
                  <span>
                    {pdfMissing ? (
                      <>
                        <strong>{t('exportDialog.pdfUnavailable')}</strong> {t('exportDialog.pdfUnavailableHint')}
                      </>
                    ) : (
                      t(failure.step === 'save' ? 'exportDialog.saveFailed' : 'exportDialog.failed', { reason: errorText(failure.error) })
                    )}
                  </span>
                  {pdfMissing ? (
                    <button
                      type="button"
                      className="button button--sm button--secondary"
                      onClick={() => {
                        // This button goes with the message; focus waits on Export, where the outcome shows.
                        submitRef.current?.focus();
                        setFormat('docx');
                        void exportAs('docx');
                      }}
                    >
                      {t('exportDialog.useWord')}
                    </button>
                  ) : null}
                </div>
              ) : null}
            </div>
            {options && !tablesOnly ? (
              <section className="export-dialog__look" aria-labelledby={`${base}-look`}>
                <h3 className="export-dialog__look-title" id={`${base}-look`}>
                  {t('exportDialog.sectionLook')}
                </h3>
                {lookIgnored ? (
                  <p className="export-dialog__note" role="note">
                    {t('exportDialog.lookIgnored')}
                  </p>
                ) : null}
                <div className="export-dialog__cover">
                  <CoverPreview options={options} planName={plan.name} client={plan.client} />
                  <LogoField id={`${base}-logo`} value={options.logo} onChange={(logo) => update({ logo })} />
                </div>
                <BrandColorField
                  id={`${base}-color`}
                  value={options.brandColor}
                  onChange={(brandColor) => update({ brandColor })}
                  onValidity={onHexValidity}
                />
                <FontFields id={`${base}-font`} value={options.font} onChange={(font) => update({ font })} />
              </section>
            ) : null}
          </fieldset>
        </div>
        <div className="modal__footer export-dialog__footer">
          {stage ? (
            <ExportProgress
              label={t(
                stage === 'saving'
                  ? 'exportDialog.progress.saving'
                  : format === 'pdf'
                    ? 'exportDialog.progress.pdf'
                    : 'exportDialog.progress.building',
              )}
            />
          ) : null}
          <button type="button" className="button button--secondary" onClick={close} disabled={busy}>
            {t('common.cancel')}
          </button>
          {/* Not disabled while busy: the button keeps focus (and Esc stays inside the dialog). */}
          <button
            ref={submitRef}
            type="submit"
            className="button button--primary export-dialog__submit"
            disabled={!ready}
            aria-disabled={busy || undefined}
          >
            {t(`exportDialog.submit.${format}`)}
          </button>
        </div>
      </form>
    </Modal>
  );
}
