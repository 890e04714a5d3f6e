import { useCallback } from 'react';
import type { FieldsPartKey } from '../../../../shared/domain';
import { getIn, setIn } from '../../state/plan-edits';
import { useStore } from '../../state/store';
import { useFieldError } from '../../state/use-field-error';

/**
 * Binds a form field to one value of a part's fields: `path` is dotted below the part
 * (`marketSize`, `buyingBehaviour.cultural`, `positioning.statement`). Spread the result into
 * a field: `<TextField label=… {...usePartField<string>('strategy', 'positioning.statement')} />`.
 * Each keystroke updates the plan at once; the save follows a pause, or the blur.
 */
export function usePartField<T>(part: FieldsPartKey, path: string) {
  const value = useStore((s) => getIn(s.plan?.fields[part], path.split('.'))) as T;
  const error = useFieldError(`${part}.${path}`);
  const onChange = useCallback(
    (next: T) => {
      const store = useStore.getState();
      const current = store.plan?.fields[part] as Record<string, unknown> | undefined;
      if (!current) return;
      const [head, ...rest] = path.split('.') as [string, ...string[]];
      const patch = { [head]: rest.length > 0 ? setIn(current[head], rest, next) : next };
      store.setPartFields(part, patch as never, { key: `fields:${part}:${path}` });
    },
    [part, path],
  );
  const onBlur = useCallback(() => void useStore.getState().flushEdits(), []);
  return { value, onChange, onBlur, error, fieldPath: `${part}.${path}`, changeAfterPaint: true };
}
