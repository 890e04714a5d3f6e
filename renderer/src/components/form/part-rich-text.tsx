import type { FieldsPartKey } from '../../../../shared/domain';
import type { RichText } from '../../../../shared/domain/rich-text';
import { RichTextEditor, type RichTextEditorProps } from '../rich-text/rich-text-editor';
import { usePartField } from './use-part-field';

type PartRichTextProps = Omit<RichTextEditorProps, 'value' | 'onChange' | 'onBlur' | 'error' | 'fieldPath'> & { part: FieldsPartKey; path: string };

/** A rich-text narrative bound to one of a part's fields (`<PartRichText part="situation" path="market" … />`). */
export function PartRichText({ part, path, ...props }: PartRichTextProps) {
  const field = usePartField<RichText>(part, path);
  return (
    <RichTextEditor {...props} value={field.value} onChange={field.onChange} onBlur={field.onBlur} error={field.error} fieldPath={field.fieldPath} />
  );
}
