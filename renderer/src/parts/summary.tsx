import { useRef } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { PartRichText } from '../components/form';
import { PartPage } from './part-page';
import { DraftPanel } from './summary/draft-panel';
import { SummaryChecks } from './summary/summary-checks';
import type { PartProps } from './types';
import './summary/summary.css';

/** Part 1, the executive summary (计划实施概要): the narrative, its health checks, and a draft built from the rest of the plan. */
export function SummaryPart({ plan, number, readOnly }: PartProps) {
  const { t } = useTranslation();
  const mainRef = useRef<HTMLDivElement>(null);
  return (
    <PartPage part="summary" plan={plan} number={number}>
      <div className="summary-layout">
        <div className="editor-section summary-main" ref={mainRef}>
          <PartRichText
            part="summary"
            path="narrative"
            label={t('summaryEditor.narrative')}
            placeholder={t('summaryEditor.narrativePlaceholder')}
            hint={t('summaryEditor.narrativeHint')}
            readOnly={readOnly}
            size="lg"
            className="summary-narrative"
          />
          <SummaryChecks plan={plan} />
        </div>
        <DraftPanel plan={plan} readOnly={readOnly} narrativeRef={mainRef} />
      </div>
    </PartPage>
  );
}
