import type { Language } from '../../../shared/domain';
import { formatPlanTimestamp } from '../../../shared/format/dates';
import type { TeamVersionInfo } from '../../../shared/team/views';

/**
 * The saved version that holds the team's copy after a clash is named in the plan's language,
 * like the plan's other contents: it is data, read later by whoever opens the plan.
 */
export function teamCopyName(version: Pick<TeamVersionInfo, 'version' | 'publishedBy'>, language: Language): string {
  return language === 'zh-CN' ? `团队版本 ${version.version}（${version.publishedBy}）` : `Team version ${version.version} (${version.publishedBy})`;
}

export function teamCopyNote(version: Pick<TeamVersionInfo, 'version' | 'publishedBy' | 'publishedAt'>, language: Language): string {
  const at = formatPlanTimestamp(version.publishedAt, language);
  return language === 'zh-CN'
    ? `${version.publishedBy} 于 ${at} 发布到团队库。与本机的更改冲突，因此两者都已保留：请比较后选择。`
    : `Published to the team library by ${version.publishedBy} on ${at}. It clashed with changes made on this laptop, so both are kept: compare them and choose.`;
}
