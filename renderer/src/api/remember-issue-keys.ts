import type { PlanwrightApi } from '../../../shared/contracts/api';
import { rememberMessage } from '../../../shared/contracts/message-ref';

/**
 * The API with one addition: the key and parameters of every refused value that comes back are
 * remembered by its text, so wherever the UI keeps only the text (a field's error under its
 * key in the store) it still translates from the key the Node side sent, never from the English.
 */
export function rememberingIssueKeys(api: PlanwrightApi): PlanwrightApi {
  return {
    ...api,
    invoke: async (name, request) => {
      const result = await api.invoke(name, request);
      if (!result.ok) {
        for (const issue of result.error.issues ?? []) {
          if (issue.key) rememberMessage(issue.message, issue.params ? { key: issue.key, params: issue.params } : { key: issue.key });
        }
      }
      return result;
    },
  };
}
