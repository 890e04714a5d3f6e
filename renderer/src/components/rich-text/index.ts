/**
 * RichTextEditor: a labelled narrative field (bold, italic, bulleted and numbered lists) whose
 * value is the stored RichText JSON.
 *
 *   <RichTextEditor
 *     label={t('situation.fields.market')}
 *     value={fields.market}
 *     onChange={(market) => setPartFields('situation', { market })}
 *     onBlur={() => void flushEdits()}
 *     error={useFieldError('situation.market')}
 *     placeholder={t('situation.fields.marketPlaceholder')}
 *   />
 *
 * Or bound to a part's field with `PartRichText` from components/form.
 */
export { RichTextEditor, type RichTextEditorProps } from './rich-text-editor';
export { sanitizeRichText } from './sanitize';
