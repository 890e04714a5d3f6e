import { madeMessage } from '../contracts/message-ref';
/**
 * What the file reader says about a file as a whole, in English with `{{name}}` placeholders.
 * Each problem made from one carries its key (`planFiles.problems.<key>`), which the UI translates;
 * a parameter that is itself such a message (notJson's reason) is translated too.
 */
export const FILE_MESSAGES = {
  tooLarge: 'the file is larger than {{max}} MB',
  empty: 'the file is empty',
  utf16: 'the file is saved as UTF-16 text; plan files are UTF-8. Save it as UTF-8 and import it again',
  notUtf8:
    'the file is not UTF-8 text (byte {{offset}} is not valid UTF-8; it may be saved as Latin-1, Windows-1252 or GBK). Save it as UTF-8 and import it again',
  notJson: 'not valid JSON at line {{line}}, column {{column}}: {{reason}}',
  notObject: 'not a Planwright plan file: the file holds no JSON object',
  notPlanFile: 'not a Planwright plan file: format is not “planwright-plan”',
  noVersion: 'the file does not say which version of the format it uses',
  newerVersion: 'made by a newer Planwright (format version {{version}}); this app reads version {{supported}}. Update Planwright to open it',
  unknownVersion: 'format version {{version}} does not exist; this app reads version {{supported}}',
  versionAsText: 'the format version is written as text ("{{version}}"); it must be the number {{supported}}, without quotes',
  moreProblems: '{{count}} more problems are not listed',
  versionsNeedV2: 'saved versions are only in files of format version 2; this file says version 1',
  actualsNeedV3:
    'scenarios, actual sales and spend, KPIs linked to the forecast and a kept customer list are only in files of format version 3; this file says version {{version}}',
  // Why a file is not JSON; each fills the {{reason}} of notJson.
  jsonEnd: 'the file ends too early',
  jsonUnexpected: 'unexpected {{character}}',
  jsonExpectedKey: 'expected a property name in double quotes',
  jsonExpectedColon: 'expected “:”',
  jsonExpectedCommaOrBrace: 'expected “,” or “}”',
  jsonExpectedCommaOrBracket: 'expected “,” or “]”',
  jsonBadEscape: 'a string has an invalid escape',
  jsonControlCharacter: 'a string holds a control character',
  jsonUnclosedString: 'a string is not closed',
  jsonTrailing: 'more text follows the end of the JSON value',
} as const;

export type FileMessageKey = keyof typeof FILE_MESSAGES;

/** The English text of a file problem; the problem carries `planFiles.problems.<key>` for the UI. */
export function fileMessage(key: FileMessageKey, params?: Record<string, string | number>): string {
  return madeMessage(`planFiles.problems.${key}`, FILE_MESSAGES[key], params);
}
