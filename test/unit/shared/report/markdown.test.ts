import { describe, expect, it } from 'vitest';
import { PART_KEYS } from '../../../../shared/domain';
import { createTranslate } from '../../../../shared/i18n/translate';
import { reportToMarkdown, richTextToMarkdown } from '../../../../shared/report/markdown';
import { emptyPlan, modelOf, reportPlan, RICH_SUMMARY } from './report-fixtures';

describe('reportToMarkdown', () => {
  const md = reportToMarkdown(modelOf(reportPlan()));
  const lines = md.split('\n');

  it('has the title, the contents and all eight part titles as headings', () => {
    expect(lines[0]).toBe('# Spring enrolment 2027');
    expect(md).toContain('## Contents');
    const en = createTranslate('en');
    PART_KEYS.forEach((key, i) => {
      expect(lines).toContain(`## ${i + 1}\u2003${en(`parts.${key}`)}`);
      expect(lines).toContain(`- ${i + 1}\u2003${en(`parts.${key}`)}`);
    });
    expect(lines).toContain('### 2.1\u2003Market');
    expect(lines).toContain('#### 2.1.1\u2003Segments');
  });

  it('writes the tables as GitHub tables, numbers right-aligned, totals bold', () => {
    expect(md).toContain(
      '| Segment | Size | Growth | Needs |\n| --- | ---: | ---: | --- |\n| **Working parents** | 52,000 | 4.2% | Reliable after-school care |',
    );
    expect(md).toContain('| **Total** | **—** | **8,000** | **—** | **11,000** | **19,000** |');
    expect(md).toContain('| **Open day**<br>*Wang · Promotion · objective 1* |');
    expect(md).toContain(
      '| **Enrolments**<br>*Annual-plan control · Admissions · objective 1* | Mar 2027 | 40 students | 35 students | **Off track** |',
    );
  });

  it('writes the SWOT matrix as four lists and each chart as its caption and message', () => {
    expect(md).toContain('**Threats** (External)\n\n- **T1** Price war (impact 5, likelihood 3)');
    expect(md).toContain('**Weaknesses** (Internal)\n\n*None listed yet.*');
    expect(md).toMatch(/\*Chart: Marketing spend by mix element\* \S.*/);
  });

  it('carries narratives over with their bold, italic, breaks and lists', () => {
    expect(richTextToMarkdown(RICH_SUMMARY)).toBe(
      'We grow by **keeping** families, *not discounting*.\\\nSecond line\n\n- Call within 48 hours\n\n3. Third step\n4. Fourth step',
    );
  });

  it('escapes text that Markdown would read as syntax', () => {
    const text = richTextToMarkdown({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: '# not a heading | *nor* [a link](x)' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: ' spaced ', marks: [{ type: 'bold' }] },
            { type: 'text', text: 'out' },
          ],
        },
        { type: 'paragraph', content: [{ type: 'text', text: '1. not a list' }] },
      ],
    });
    expect(text).toBe('\\# not a heading \\| \\*nor\\* \\[a link\\](x)\n\n **spaced** out\n\n1\\. not a list');
  });

  it('says an empty part has not been written yet', () => {
    const empty = reportToMarkdown(modelOf(emptyPlan('zh-CN')));
    expect(empty.match(/\*此部分尚未撰写。\*/g)).toHaveLength(8);
    expect(empty).toContain('## 第一部分\u3000计划实施概要');
    expect(empty).toContain('- **委托方：** Bright Minds');
  });
});
