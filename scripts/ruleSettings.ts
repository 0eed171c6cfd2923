/** The `contributes.configuration` entries for the rules; shared by the update script and its test. */
import { RULES, ruleDocsUrl } from '../server/src/service';

export interface RuleSettingContribution {
  readonly type: 'string';
  readonly enum: readonly string[];
  readonly enumDescriptions: readonly string[];
  readonly default: string;
  readonly scope: 'resource';
  readonly markdownDescription: string;
}

export function ruleSettingsContribution(): Record<string, RuleSettingContribution> {
  const result: Record<string, RuleSettingContribution> = {};
  for (const rule of RULES) {
    result[`orgManifest.rules.${rule.code}`] = {
      type: 'string',
      enum: ['error', 'warning', 'information', 'hint', 'off'],
      enumDescriptions: ['Report as an error.', 'Report as a warning.', 'Report as information.', 'Report as a hint (shown faintly).', 'Do not check this rule.'],
      default: rule.defaultSeverity,
      scope: 'resource',
      markdownDescription: `**${rule.code}** — ${rule.title}. [Documentation](${ruleDocsUrl(rule.code)})`,
    };
  }
  return result;
}
