/** zod issues as the scenario format's errors: a JSON path and a message each. */
import type { z } from 'zod';
import { formatPath, type ScenarioError } from './scenario.js';

export function zodErrors(error: z.ZodError): ScenarioError[] {
  const out: ScenarioError[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const k of issue.keys) out.push({ path: formatPath([...issue.path, k]), message: 'unknown key' });
    } else out.push({ path: formatPath(issue.path), message: issue.message });
  }
  return out;
}
