import type { Plan } from '../domain';
import { message } from '../domain/messages';
import type { PlanProblem } from '../domain/references';

/**
 * Actions whose dependencies lead back to themselves. The editor refuses such a link one row
 * at a time (plan-store); a file brings all rows at once, so the whole graph is checked here.
 * Each action on a loop is named once, at the link that closes it.
 */
export function findDependencyLoops(plan: Plan): PlanProblem[] {
  const actions = plan.collections.actions;
  const index = new Map(actions.map((a, i) => [a.id, i]));
  const state = new Array<0 | 1 | 2>(actions.length).fill(0); // 0 unseen, 1 on the current path, 2 done
  const problems: PlanProblem[] = [];
  for (let root = 0; root < actions.length; root += 1) {
    if (state[root] !== 0) continue;
    // Iterative depth-first search: a long chain of dependencies must not overflow the stack.
    const stack: { node: number; next: number }[] = [{ node: root, next: 0 }];
    state[root] = 1;
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const deps = actions[frame.node]!.dependsOn;
      if (frame.next >= deps.length) {
        state[frame.node] = 2;
        stack.pop();
        continue;
      }
      const j = frame.next;
      frame.next += 1;
      const target = index.get(deps[j]!);
      // Self-links are the Action schema's to report; links to missing rows are findReferenceProblems'.
      if (target === undefined || target === frame.node) continue;
      if (state[target] === 1) problems.push({ path: `collections.actions[${frame.node}].dependsOn[${j}]`, message: message('makesLoop') });
      else if (state[target] === 0) {
        state[target] = 1;
        stack.push({ node: target, next: 0 });
      }
    }
  }
  return problems;
}
