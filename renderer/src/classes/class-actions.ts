import type { Result } from '../../../shared/contracts/result';
import type { ClassSummary } from '../../../shared/contracts/class-views';
import { getApi } from '../api';
import { appTranslate } from '../i18n/as-translate';
import { errorText } from '../format/issues';
import { useStore } from '../state/store';

const t = appTranslate;

/** Every change to a class goes through here: the command, then the library's lists again. */
async function refreshAfter<T>(result: Result<T>, toast?: (value: T) => string): Promise<Result<T>> {
  const store = useStore.getState();
  if (result.ok) {
    await store.loadClasses();
    if (store.classFilter !== null) await store.loadPlans();
    if (toast) store.showToast({ message: toast(result.value) });
  } else store.showToast({ message: errorText(result.error) });
  return result;
}

export async function createClass(name: string, planIds: string[] = []): Promise<Result<ClassSummary>> {
  const result = await getApi().invoke('classes.create', planIds.length > 0 ? { name, planIds } : { name });
  if (result.ok) await useStore.getState().loadClasses();
  return result;
}

export async function renameClass(classId: string, name: string): Promise<Result<ClassSummary>> {
  const result = await getApi().invoke('classes.rename', { classId, name });
  if (result.ok) await refreshAfter(result, (c) => t('classes.classRenamed', { name: c.name }));
  return result;
}

export async function deleteClass(klass: ClassSummary): Promise<Result<{ classId: string }>> {
  if (useStore.getState().classFilter === klass.id) useStore.getState().setClassFilter(null);
  return refreshAfter(await getApi().invoke('classes.delete', { classId: klass.id }), () => t('classes.classDeleted', { name: klass.name }));
}

export async function addToClass(klass: ClassSummary, plan: { id: string; name: string }): Promise<Result<ClassSummary>> {
  return refreshAfter(await getApi().invoke('classes.addPlans', { classId: klass.id, planIds: [plan.id] }), (c) =>
    t('classes.addedToClass', { name: plan.name, className: c.name }),
  );
}

export async function removeFromClass(klass: ClassSummary, plan: { id: string; name: string }): Promise<Result<ClassSummary>> {
  return refreshAfter(await getApi().invoke('classes.removePlans', { classId: klass.id, planIds: [plan.id] }), (c) =>
    t('classes.removedFromClass', { name: plan.name, className: c.name }),
  );
}
