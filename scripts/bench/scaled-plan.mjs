// The `stress` sample grown to a given number of actions, for measuring how the export's cost
// grows with a plan's size: the extra actions are copies of the sample's (new ids, the same
// objectives, no dependencies), so every other part stays as the performance budget defines it.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';

export function scalePlanFile(stressFile, actions, outFile) {
  const file = JSON.parse(fs.readFileSync(stressFile, 'utf8'));
  const original = file.plan.collections.actions;
  const grown = [...original];
  for (let i = original.length; i < actions; i++) {
    const source = original[i % original.length];
    grown.push({ ...source, id: randomUUID(), title: `${source.title.replace(/ \(#\d+\)$/, '')} (#${i + 1})`, dependsOn: [] });
  }
  file.plan.collections.actions = grown.slice(0, actions);
  fs.writeFileSync(outFile, JSON.stringify(file));
  return outFile;
}
