/**
 * Paths as a person reads them, relative to the plan: `actions[3].end`, `meta.name`,
 * `budget.fixedCosts`. Inside the file these are `plan.collections.actions[3].end` and
 * `plan.fields.budget.fixedCosts`; the two wrappers say nothing a reader needs, and no
 * collection is named like a part, so dropping them is unambiguous. Keys outside the plan
 * (`format`, `version`, `app.name`) keep their own names.
 */
export function readablePath(path: readonly PropertyKey[]): string {
  let keys = [...path];
  if (keys[0] === 'plan' && keys.length > 1) keys = keys.slice(1);
  if ((keys[0] === 'collections' || keys[0] === 'fields') && keys.length > 1) keys = keys.slice(1);
  let out = '';
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/** The same for a plan-relative path already written out (`collections.actions[0].dependsOn[1]`). */
export function readablePlanPath(path: string): string {
  return path.replace(/^(collections|fields)\./, '');
}
