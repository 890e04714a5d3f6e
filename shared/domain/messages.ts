import { madeMessage } from '../contracts/message-ref';

/**
 * Every message the schemas and the store give about a value, in English, with `{{name}}`
 * placeholders. The English UI resource is this object itself, and each issue made from one carries
 * its key (`validation.<key>`), so a refusal made in Node reads in the user's language beside the field.
 */
export const VALIDATION_MESSAGES = {
  empty: 'must not be empty',
  tooLong: 'must be at most {{max}} characters',
  tooLarge: 'is too large',
  notNegative: 'must not be negative',
  beforeStart: 'before start',
  id: 'must be an id (UUID)',
  amount: 'must be an amount',
  wholeMinorUnits: 'must be a whole number of minor units (cents)',
  number: 'must be a number',
  finite: 'must be a finite number',
  percent: 'must be a percentage',
  percentMin: 'must be at least -1000%',
  percentMax: 'must be at most 1000%',
  score: 'must be a score from 1 to 5',
  wholeScore: 'must be a whole score from 1 to 5',
  currencyFormat: 'must be a three-letter ISO 4217 currency code, e.g. USD',
  currencyUnknown: 'is not a currency this system knows',
  language: 'must be en or zh-CN',
  date: 'must be a date (YYYY-MM-DD)',
  month: 'must be a month (YYYY-MM)',
  period: 'must be a month (YYYY-MM) or a quarter (YYYY-Qn)',
  timestamp: 'must be a UTC timestamp',
  likelihoodExternalOnly: 'only opportunities and threats have a likelihood',
  selfDependency: 'an action cannot depend on itself',
  periodTwice: 'a period appears twice',
  periodKind: 'periods must match the KPI’s period kind',
  makesLoop: 'makes a loop',
  missingRow: 'links to a missing row of {{collection}}',
  idTwice: 'this id is used twice',
  scoredTwice: 'this segment is scored twice',
  controlCharacter: 'contains an invisible control character ({{code}}) that cannot be saved; delete it',
  listFull: 'the list is full: a plan holds at most {{max}} rows in each list',
  nestedList: 'lists inside lists are not supported; make the inner list part of the outer one',
  brokenCharacter: 'contains a broken character ({{code}}, half of a pair); type it again',
  playbookId: 'must be a playbook id (lower-case letters, digits and hyphens)',
  playbookTwice: 'a playbook is attached twice',
  playbookUnknown: 'is not a playbook this app knows',
  overrideOneLine: 'an override names one line: a product, a budget line or an action',
  actualEmpty: 'an actual needs a figure',
  actualTarget: 'an actual spend belongs to one action or one budget line',
  resultsActionOnly: 'only an action has results',
  actualTwice: 'this month already has an actual for the same row',
  resultTwice: 'this action already names a result',
} as const;

export type ValidationMessageKey = keyof typeof VALIDATION_MESSAGES;

/** The English message for a key, its placeholders filled; the issue built from it carries `validation.<key>`. */
export function message(key: ValidationMessageKey, params?: Record<string, string | number>): string {
  return madeMessage(`validation.${key}`, VALIDATION_MESSAGES[key], params);
}
